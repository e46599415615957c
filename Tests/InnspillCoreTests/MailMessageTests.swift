import Foundation
import XCTest
@testable import InnspillCore

/// E-mails saved as files (.eml), read as the thread they hold.
final class MailMessageTests: XCTestCase {
    /// Outlook's reply: an encoded subject, a plain and an HTML alternative in quoted-printable, an image attached,
    /// and the organisers' message quoted under it. One post by the sender at the Date (in Norwegian time), the
    /// quoted questions as prompts, and nothing of the MIME wrapping in any unit.
    func testAnOutlookReplyWithAlternativesAndAnAttachment() throws {
        let eml = """
            Received: from AM0PR08MB5345.outlook.com; Thu, 20 Mar 2025 13:37:14 +0000
            From: Hilde Berg <hilde.berg@halden.kommune.no>
            To: Ellen Strand <ellen.strand@kulturskoleradet.no>
            Subject: =?utf-8?Q?SV:_Sp=C3=B8rsm=C3=A5l_til_gruppene?=
            Date: Thu, 20 Mar 2025 13:37:12 +0000
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="mixed"

            --mixed
            Content-Type: multipart/alternative; boundary="alt"

            --alt
            Content-Type: text/plain; charset="utf-8"
            Content-Transfer-Encoding: quoted-printable

            Her er svarene fra gruppe 3 (Halden og Aremark).

            1. Hva trenger dere?
            En koordinator i 50 % stilling som kan jobbe p=C3=A5 tvers av skole og kul=
            turskole.

            -----Opprinnelig melding-----
            Fra: Ellen Strand <ellen.strand@kulturskoleradet.no>
            Sendt: onsdag 19. mars 2025 16:02
            Til: Hilde Berg <hilde.berg@halden.kommune.no>
            Emne: Sp=C3=B8rsm=C3=A5l til gruppene

            1. Hva trenger dere?

            --alt
            Content-Type: text/html; charset="utf-8"
            Content-Transfer-Encoding: quoted-printable

            <html><body><p class=3D"MsoNormal">Her er svarene</p></body></html>
            --alt--

            --mixed
            Content-Type: image/png; name="logo.png"
            Content-Disposition: inline; filename="logo.png"
            Content-Transfer-Encoding: base64

            iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk
            --mixed--

            """
        let corpus = try loadFixture(data: Data(eml.replacingOccurrences(of: "\n", with: "\r\n").utf8), name: "svar.eml")
        XCTAssertEqual(corpus.format, "eml")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.count, 1)
        XCTAssertEqual(posts.first?.author, "Hilde Berg")
        XCTAssertEqual(posts.first?.posted.map(ISODate.string), "2025-03-20T14:37:00")
        XCTAssertEqual(posts.first?.group, "Gruppe 3")
        XCTAssertEqual(posts.first?.municipalities, ["Halden", "Aremark"])
        XCTAssertTrue(posts.first?.text.contains("på tvers av skole og kulturskole.") == true, posts.first?.text ?? "")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.compactMap(\.question), ["Hva trenger dere?"])
        for noise in ["=C3", "Content-Type", "iVBOR", "MsoNormal", "--alt", "Opprinnelig melding"] {
            XCTAssertFalse(corpus.units.contains { $0.text.contains(noise) }, noise)
        }
    }

    /// Thunderbird's reply: one plain part in ISO-8859-1, base64, and the organisers' questions quoted under a "skrev:"
    /// line: the quoted questions are the prompts the numbered answers link to.
    func testAThunderbirdReplyQuotingTheQuestions() throws {
        let body = """
            Her kommer svarene fra gruppe 2 (Vefsn, Hemnes og Grane).

            1) Mer undervisning i skoletiden.

            2) Felles ansettelser.

            Den 13.01.2025 16:20, skrev Tone Moe:
            > 1. Hva bør kulturskolen endre?
            > 2. Hvordan kan kommunene samarbeide?
            """
        let latin1 = try XCTUnwrap(body.data(using: .isoLatin1)).base64EncodedString(options: .lineLength76Characters)
        let eml = """
            From: Siri Nordvik <siri@vefsn.kommune.no>
            Subject: =?ISO-8859-1?B?UmU6IFNw+HJzbeVs?=
            Date: Tue, 14 Jan 2025 10:42:00 +0100
            Message-ID: <1@vefsn.kommune.no>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=ISO-8859-1; format=flowed
            Content-Transfer-Encoding: base64

            \(latin1)
            """
        let corpus = try loadFixture(data: Data(eml.utf8), name: "svar.eml")
        XCTAssertEqual(corpus.title, "Spørsmål")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.compactMap(\.question),
                       ["Hva bør kulturskolen endre?", "Hvordan kan kommunene samarbeide?"])
        let post = try XCTUnwrap(corpus.units.first { $0.kind == .post })
        XCTAssertEqual(post.posted.map(ISODate.string), "2025-01-14T10:42:00")
        XCTAssertEqual(post.municipalities, ["Vefsn", "Hemnes", "Grane"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .segment }.map(\.question),
                       ["Hva bør kulturskolen endre?", "Hvordan kan kommunene samarbeide?"])
    }

    /// A group that mails its answer in a message of its own (no reply): a post by the sender, with the group and
    /// municipalities before the answer on its line, and without the greeting or "Hilsen Kari". A message that names
    /// its group only in the subject is that group's. (Both were read as the organisers' prompt, with no post.)
    func testAGroupsOwnMessageIsItsPost() throws {
        func message(subject: String, body: String) -> String {
            "From: Kari <kari@example.no>\nTo: seminar@example.no\nSubject: \(subject)\nDate: Mon, 5 May 2025 10:12:00 +0000\n"
                + "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n\(body)"
        }
        let corpus = try loadFixture(message(subject: "=?UTF-8?Q?Svar_fra_gruppe_4?=",
                                             body: "Hei!\n\nGruppe 4 (Vefsn og Alstahaug): Vi =C3=B8nsker mer samarbeid med barnehagen.\n\nHilsen Kari\n"),
                                     name: "svar.eml")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.count, 0)
        let post = try XCTUnwrap(corpus.units.first { $0.kind == .post })
        XCTAssertEqual(post.text, "Vi ønsker mer samarbeid med barnehagen.")
        XCTAssertEqual(post.group, "Gruppe 4")
        XCTAssertEqual(post.author, "Kari")
        XCTAssertEqual(post.municipalities, ["Vefsn", "Alstahaug"])
        let bySubject = try loadFixture(message(subject: "Innspill fra gruppe 7", body: "Vi trenger mer tid til samarbeid.\n\nMvh Kari Nilsen\n"),
                                        name: "gruppe7.eml")
        XCTAssertEqual(bySubject.units.filter { $0.kind == .post }.map(\.group), ["Gruppe 7"])
        XCTAssertEqual(bySubject.units.filter { $0.kind == .post }.map(\.text), ["Vi trenger mer tid til samarbeid."])
        let questions = try loadFixture(message(subject: "Spørsmål til gruppene", body: "1. Hva trenger dere?\n2. Hvem samarbeider dere med?\n"),
                                        name: "sporsmal.eml")
        XCTAssertEqual(questions.units.map(\.kind), [.prompt, .prompt], "the organisers' message, naming no group, gives prompts")
    }

    /// Encoded words in headers (Q and B, joined where they follow each other), and dates with their zones.
    func testHeaderWordsAndDates() {
        XCTAssertEqual(MailMessage.decodedWords("=?utf-8?Q?Sp=C3=B8rsm=C3=A5l?= =?UTF-8?B?IHRpbCBncnVwcGVuZQ==?= (Østfold)"),
                       "Spørsmål til gruppene (Østfold)")
        XCTAssertEqual(MailMessage.decodedWords("=?iso-8859-1?Q?Kl=E6r?="), "Klær")
        XCTAssertEqual(MailMessage.norwegianTime("Thu, 20 Mar 2025 13:37:12 +0000"), "20. mars 2025 14:37")
        XCTAssertEqual(MailMessage.norwegianTime("Tue, 3 Jun 2025 09:05:00 +0200"), "3. juni 2025 09:05", "summer time")
        XCTAssertEqual(MailMessage.norwegianTime("Mon, 6 Jan 2025 23:30:00 -0500"), "7. januar 2025 05:30")
        XCTAssertNil(MailMessage.norwegianTime("i går"))
    }

    /// A text that only starts like a header is not a message: a thread saved as text ("Fra:", "Sendt:") is read as one.
    func testOnlyASentMessageIsOne() {
        XCTAssertFalse(MailMessage.isMessage(Data("Fra: Kari\nSendt: mandag 9. september 2024 08:14\n\nHei".utf8)))
        XCTAssertFalse(MailMessage.isMessage(Data("From: Kari\nDate: i dag\nSvar: Mer tid\n\nHei".utf8)))
        XCTAssertTrue(MailMessage.isMessage(Data("From: Kari\nDate: Thu, 20 Mar 2025 13:37:12 +0000\nMIME-Version: 1.0\n\nHei".utf8)))
    }
}
