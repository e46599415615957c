import Foundation
import XCTest
@testable import InnspillCore

/// An e-mail thread where the groups mailed their answers: a post per reply, the organiser's questions as prompts.
final class EmailReaderTests: XCTestCase {
    func testAThreadOfTheGroupsReplies() throws {
        let corpus = try loadFixture("""
            Fra: Kari Nilsen <kari.nilsen@kulturskoleradet.no>
            Sendt: mandag 9. september 2024 08:14
            Til: Lise Hansen <lise.hansen@vefsn.kommune.no>
            Emne: Svar fra gruppene – dialogmøte Helgeland

            Hei alle,

            1. Hva er den viktigste endringen kulturskolen bør gjøre?
            2. Hvordan kan kommunene samarbeide bedre?

            Vennlig hilsen
            Kari Nilsen

            Fra: Mona Berg <mona.berg@hemnes.kommune.no>
            Sendt: mandag 9. september 2024 08:15
            Til: Kari Nilsen <kari.nilsen@kulturskoleradet.no>
            Emne: Automatisk svar: Svar fra gruppene – dialogmøte Helgeland

            Jeg er på ferie til 16. september.

            Fra: Lise Hansen <lise.hansen@vefsn.kommune.no>
            Sendt: onsdag 11. september 2024 15:42
            Til: Kari Nilsen <kari.nilsen@kulturskoleradet.no>
            Emne: SV: Svar fra gruppene – dialogmøte Helgeland

            Hei Kari,

            Her kommer svarene fra gruppe 2 (Vefsn, Grane og Hattfjelldal).

            1. Vi må ut av kulturskolebygget og inn i skolene.
            2. Felles fagnettverk for lærerne.

            Mvh
            Lise Hansen
            Tlf. 751 01 000

            ________________________________
            Fra: Kari Nilsen <kari.nilsen@kulturskoleradet.no>
            Sendt: mandag 9. september 2024 08:14
            Til: Lise Hansen <lise.hansen@vefsn.kommune.no>
            Emne: Svar fra gruppene – dialogmøte Helgeland

            1. Hva er den viktigste endringen kulturskolen bør gjøre?

            Fra: Tor Eriksen <tor.eriksen@rana.kommune.no>
            Sendt: torsdag 12. september 2024 21:07
            Til: Kari Nilsen <kari.nilsen@kulturskoleradet.no>
            Emne: Re: Svar fra gruppene – dialogmøte Helgeland

            Svar fra gruppe 1 – Rana, Hemnes og Nesna.

            Den man. 9. sep. 2024 kl. 08:14 skrev Kari Nilsen <kari.nilsen@kulturskoleradet.no>:
            > 1. Hva er den viktigste endringen kulturskolen bør gjøre?

            Hemnes trenger en rektor i full stilling.

            > 2. Hvordan kan kommunene samarbeide bedre?

            Rana kan tilby lærere til Nesna.

            --
            Tor Eriksen
            """, name: "epost.txt")
        XCTAssertEqual(corpus.format, "email")
        XCTAssertEqual(corpus.title, "Svar fra gruppene – dialogmøte Helgeland")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["Lise Hansen", "Tor Eriksen"])
        XCTAssertEqual(posts.map(\.group), ["Gruppe 2", "Gruppe 1"])
        XCTAssertEqual(posts.map(\.municipalities), [["Vefsn", "Grane", "Hattfjelldal"], ["Rana", "Hemnes", "Nesna"]])
        XCTAssertEqual(posts.compactMap(\.posted).map(ISODate.string), ["2024-09-11T15:42:00", "2024-09-12T21:07:00"])
        XCTAssertFalse(posts.contains { $0.text.contains("Mvh") || $0.text.contains("Tlf.") || $0.text.contains("skrev") || $0.text.contains("Hei") })
        let prompts = corpus.units.filter { $0.kind == .prompt && $0.question != nil }
        XCTAssertEqual(prompts.map(\.question), ["Hva er den viktigste endringen kulturskolen bør gjøre?", "Hvordan kan kommunene samarbeide bedre?"])
        let answers = corpus.units.filter { $0.kind == .segment && $0.group == "Gruppe 1" }
        XCTAssertEqual(answers.map(\.text), ["Hemnes trenger en rektor i full stilling.", "Rana kan tilby lærere til Nesna."])
        XCTAssertEqual(answers.map(\.prompt), prompts.map(\.id), "an answer written under the quoted question answers it")
    }

    func testHeaderFieldsAndDates() {
        XCTAssertEqual(EmailReader.headerField("From: Kari <k@x.no>")?.field, .from)
        XCTAssertNil(EmailReader.headerField("Fravær: hele uka"))
        XCTAssertEqual(EmailReader.date("Monday, September 9, 2024 8:14 AM").map(ISODate.string), "2024-09-09T08:14:00")
        XCTAssertEqual(EmailReader.withoutReplyMarks("SV: Re: Svar fra gruppene"), "Svar fra gruppene")
        XCTAssertTrue(EmailReader.isSignOff("Med vennlig hilsen"))
    }
}
