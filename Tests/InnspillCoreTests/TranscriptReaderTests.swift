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
        XCTAssertEqual(GroupMention.number("Gruppe fire, Austevoll og Fitjar."), 4)
        XCTAssertNil(GroupMention.number("Vi var en god gruppe."))
        XCTAssertEqual(CorpusLoader.sniff("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHei.\n", path: "x.txt"), .transcript)
    }
}
