import Foundation
import XCTest
@testable import InnspillCore

/// Transcripts of a plenary where the groups report back: a post per rapporteur's turn, the chair's words the
/// organisers'.
final class TranscriptReaderTests: XCTestCase {
    /// WebVTT as Teams downloads it: a speaker's cues are one turn, the chair's "Mhm." does not split a report, groups
    /// said in words are read, and no timing or markup is left in the text.
    func testAWebVTTTranscript() throws {
        let corpus = try loadFixture("""
            WEBVTT

            8c4f/12-0
            00:00:04.880 --> 00:00:12.237
            <v Marte Lie>Spørsmålet dere har snakket om er: Hva skal til for at kulturskolen blir et ressurssenter?</v>

            8c4f/14-0
            00:00:22.651 --> 00:00:28.437
            <v Eirik Vik>Ja, hei. Gruppe én, det var Askøy, Øygarden og Alver.</v>

            8c4f/15-0
            00:00:29.037 --> 00:00:37.537
            <v Eirik Vik>Vi vil ha folk i skolen hver dag.</v>

            00:00:45.880 --> 00:00:48.737
            <v Marte Lie>Flott, takk.</v>

            00:01:07.894 --> 00:01:13.537
            <v Ingrid Myhre (Osterøy kommune)>Eh, ja, gruppe tre var Osterøy, Vaksdal og Modalen.</v>

            00:01:24.094 --> 00:01:26.380
            <v Marte Lie>Mhm.</v>

            00:01:26.980 --> 00:01:34.909
            <v Ingrid Myhre (Osterøy kommune)>Og så ønsker vi en oversikt over gode eksempler.</v>

            00:01:47.109 --> 00:01:53.537
            <v Marte Lie>Tusen takk til alle.</v>
            """, name: "plenum.vtt")
        XCTAssertEqual(corpus.format, "transcript")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["Eirik Vik", "Ingrid Myhre"])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 3"])
        XCTAssertEqual(posts.map(\.municipalities), [["Askøy", "Øygarden", "Alver"], ["Osterøy", "Vaksdal", "Modalen"]])
        XCTAssertEqual(posts.last?.text, "Eh, ja, gruppe tre var Osterøy, Vaksdal og Modalen. Og så ønsker vi en oversikt over gode eksempler.")
        let prompts = corpus.units.filter { $0.kind == .prompt }
        XCTAssertEqual(prompts.map(\.question), ["Hva skal til for at kulturskolen blir et ressurssenter?"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.prompt), [prompts[0].id, prompts[0].id],
                       "the one question asked is what every report answers")
        XCTAssertFalse(corpus.units.contains { $0.text.contains("-->") || $0.text.contains("<v") || $0.text.contains("takk") })
    }

    /// Teams' transcript saved as text: speaker lines with offsets under the meeting's start give each report its
    /// time; a group the chair calls on ("Gruppe 2?") is the next report's when it names none.
    func testATeamsTranscriptSavedAsText() throws {
        let corpus = try loadFixture("""
            Dialogseminar Agder-20241023_110212-Møteopptak
            23. oktober 2024, 11:02
            24 min 31 s

            Ingvild Sørensen startet transkripsjon

            Ingvild Sørensen   0:05
            Spørsmålet dere har diskutert er: Hvordan kan kulturskolen bidra til mestring?

            Tom Andersen (Arendal kommune)   1:12
            Ja. Eh, gruppe 1, det var Arendal, Froland og Tvedestrand.

            Ingvild Sørensen   2:40
            Takk, Tom. Gruppe 2?

            Kari Lunde   2:44
            Hei, Kari fra Kristiansand. Vi var Kristiansand, Vennesla og Lillesand.

            Ingvild Sørensen stoppet transkripsjon
            """, name: "transkripsjon.txt")
        XCTAssertEqual(corpus.format, "transcript")
        XCTAssertEqual(corpus.title, "Dialogseminar Agder")
        XCTAssertEqual(corpus.date.map(ISODate.string), "2024-10-23")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["Tom Andersen", "Kari Lunde"])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Arendal", "Froland", "Tvedestrand"], ["Kristiansand", "Vennesla", "Lillesand"]])
        XCTAssertEqual(posts.compactMap(\.posted).map(ISODate.string), ["2024-10-23T11:03:12", "2024-10-23T11:04:44"])
        XCTAssertFalse(corpus.units.contains { $0.text.contains("transkripsjon") })
    }

    func testSpeakerLinesAndOffsets() {
        XCTAssertEqual(TranscriptReader.speakerLine("Tom Andersen (Arendal kommune)   1:12")?.offset, 72)
        XCTAssertEqual(TranscriptReader.speakerLine("Kari Lunde   1:02:44")?.speaker, "Kari Lunde")
        XCTAssertNil(TranscriptReader.speakerLine("Vi møtes kl.  10:30"), "a sentence is no speaker")
        XCTAssertEqual(TranscriptReader.seconds("00:01:26.980"), 86)
        XCTAssertEqual(GroupMention.label("Gruppe fire, Austevoll og Fitjar."), "Gruppe 4")
        XCTAssertEqual(GroupMention.label("Gruppe A – Tromsø og Karlsøy."), "Gruppe A")
        XCTAssertNil(GroupMention.label("Vi var en god gruppe."))
        XCTAssertNil(GroupMention.label("Det var gruppe i dag."), "a word after 'gruppe' that is no number or capital letter")
        XCTAssertEqual(CorpusLoader.sniff("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHei.\n", path: "x.txt"), .transcript)
    }

    /// A Zoom chat saved in a folder named by the meeting's day: a message per post by its sender at that day's clock
    /// time; the host's question a prompt; a reaction, a reply's quote and a direct message are not what was said.
    func testAZoomChat() throws {
        let text = """
            10:02:15 From  Marit Olsen  to  Everyone:
            \tVelkommen! Spørsmål: Hva er den største utfordringen for kulturskolen nå?
            10:14:33 From  Kari Lunde  to  Everyone:
            \tGruppe 1 (Bø, Øksnes og Sortland): Vi mangler lærere i dans.
            \tOg lokaler.
            10:15:40 From  Per Hansen  to  Everyone:
            \tReacted to "Gruppe 1 (Bø, Øks..." with 👍
            10:16:02 From  Per Hansen  to  Marit Olsen(Direct Message):
            \tKan du sende lysarkene?
            10:18:10 From  Per Hansen  to  Everyone:
            \tReplying to "Gruppe 1 (Bø, Øks..."

            \tGruppe 2 – Vefsn og Grane: Det samme hos oss.
            10:30:00 From  Marit Olsen  to  Everyone:
            \tTakk for alle innspill!

            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-zoom-\(getpid())/2025-03-18 10.00.00 Dialogseminar")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let file = folder.appendingPathComponent("meeting_saved_chat.txt")
        try Data(text.utf8).write(to: file)
        let corpus = try CorpusLoader.loadFile(file.path, options: LoadOptions())
        XCTAssertEqual(corpus.format, "chat")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["Kari Lunde", "Per Hansen"])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Bø", "Øksnes", "Sortland"], ["Vefsn", "Grane"]])
        XCTAssertEqual(posts.map { $0.posted.map(ISODate.string) }, ["2025-03-18T10:14:33", "2025-03-18T10:18:10"])
        XCTAssertEqual(posts[0].text, "Gruppe 1 (Bø, Øksnes og Sortland): Vi mangler lærere i dans. Og lokaler.")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.question), ["Hva er den største utfordringen for kulturskolen nå?"])
        XCTAssertFalse(corpus.units.contains { $0.text.contains("Reacted") || $0.text.contains("Replying") || $0.text.contains("lysarkene") })
    }

    /// An older Zoom chat: a group's header, then its answers by number on the same line ("Gruppe C: Harstad og
    /// Kvæfjord. 1) ... 2) ..."), a segment per answer, linked to the host's numbered questions. (A header over one
    /// answer, "Gruppe A ... Spm 1: ...", is not linked yet: one marker after other text makes no segments.)
    func testAnswersByNumberAfterTheGroupOnOneLine() throws {
        let text = """
            09:31:05\t From  Ingrid Berg : Spørsmål 1: Hvordan kan kulturskolen bidra i arbeidet med inkludering?
            09:31:40\t From  Ingrid Berg : Spørsmål 2: Hva trenger dere av kompetanse?
            09:52:12\t From  Hilde Nilsen : Gruppe A – Tromsø og Karlsøy. Spm 1: Vi har åpen hall for ungdom i Tromsø.
            09:57:20\t From  Sara Pedersen : Gruppe C: Harstad og Kvæfjord. 1) Kulturskolen som møteplass. 2) Mer kompetanse på dans.

            """
        XCTAssertNotNil(TranscriptReader.answersAfterHeader("Gruppe C: Harstad og Kvæfjord. 1) Kulturskolen som møteplass."))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-oldzoom-\(getpid()).txt")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let corpus = try CorpusLoader.loadFile(file.path, options: LoadOptions())
        let post = try XCTUnwrap(corpus.units.last { $0.kind == .post })
        let segments = corpus.units.filter { $0.kind == .segment && $0.parent == post.id }
        XCTAssertEqual(segments.compactMap(\.question), ["Hvordan kan kulturskolen bidra i arbeidet med inkludering?",
                                                         "Hva trenger dere av kompetanse?"], "\(segments.map(\.text))")
        XCTAssertEqual(segments.last?.text, "Mer kompetanse på dans.")
        XCTAssertEqual(post.municipalities, ["Harstad", "Kvæfjord"])
    }

    /// Google Meet's chat (.sbv): a time into the meeting over "Name : message"; a rapporteur's second message goes on
    /// with their group's answers.
    func testAGoogleMeetChat() throws {
        let corpus = try loadFixture("""
            00:01:12.400,00:01:12.400
            Randi Aune : Spørsmålet: Hvordan kan kulturskolen jobbe med frivilligheten?

            00:18:44.120,00:18:44.120
            Einar Røe : Gruppe 1, Steinkjer: Korpsene har ingen dirigent lenger.

            00:19:02.000,00:19:02.000
            Einar Røe : Vi vil også samarbeide med husflidslaget.

            00:25:00.000,00:25:00.000
            Randi Aune : Takk skal dere ha. Flere innspill?

            00:26:00.000,00:26:00.000
            Randi Aune : Da runder vi av.

            """, name: "chat.sbv")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Gruppe 1, Steinkjer: Korpsene har ingen dirigent lenger.", "Vi vil også samarbeide med husflidslaget."])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 1"])
        XCTAssertEqual(posts.map(\.author), ["Einar Røe", "Einar Røe"])
        XCTAssertEqual(posts.first?.municipalities, ["Steinkjer"])
    }
}
