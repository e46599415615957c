import Foundation
import InnspillTestSupport
import XCTest
@testable import InnspillCore

/// Web pages read as the Markdown of their text, then as any text is.
final class HTMLDocumentTests: XCTestCase {
    /// What a browser does not show is left out; blocks, headings, lists, tables and line breaks are kept.
    func testThePageAsMarkdown() {
        let page = """
            <!DOCTYPE html><html><head><title>Ikke tekst</title><style>p{color:red}</style></head><body>
            <nav><a href="/">Hjem</a></nav><script>var a = 1 < 2;</script>
            <h1>Økt 1 &amp; 2</h1><p>Første linje<br>andre
               linje&nbsp;her</p>
            <ol start="3"><li>Tre</li><li>Fire<ul><li>under</li></ul></li><li><div role="presentation">Fem</div></li></ol>
            <table><tr><th>Gruppe</th><th>Svar</th></tr><tr><td>1</td><td><p>Mer</p><p>tid | rom</p></td></tr></table>
            <button>Legg til</button><p class=MsoFooter>Kulturskolerådet</p><footer>Laget med Padlet</footer></body></html>
            """
        XCTAssertEqual(HTMLDocument.markdown(Data(page.utf8)), """
            # Økt 1 & 2

            Første linje
            andre linje her

            3. Tre
            4. Fire
              - under
            5. Fem

            | Gruppe | Svar |
            | --- | --- |
            | 1 | Mer tid \\| rom |

            """)
    }

    /// A Google Docs summary downloaded as a web page: question headings over groups' headings and lists, and a table.
    func testAGoogleDocsPageReadsAsItsSummary() throws {
        let page = """
            <html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style>.c1{font-size:11pt}</style></head>
            <body class="doc-content"><p class="title"><span>Kulturskoledagen 2025</span></p>
            <p><span>Bergen, 6. mars 2025. Referent: Ingrid Hauge</span></p>
            <h1><span>Økt 1: Kulturskolen og grunnskolen</span></h1>
            <h2><span>Gruppe 1: Bergen og Askøy</span></h2><ol start="1"><li><span>Faste avtaler om SFO.</span></li>
            <li><span>Rom etter skoletid.</span></li></ol>
            <h2><span>Gruppe 2: Voss og Vaksdal</span></h2><ul><li><span class="c7">Voss:</span><span>&nbsp;Felles valgfag.</span></li></ul>
            </body></html>
            """
        let corpus = try loadFixture(data: Data(page.utf8), name: "oppsummering.html")
        XCTAssertEqual(corpus.format, "html")
        XCTAssertEqual(corpus.date.map(ISODate.string), "2025-03-06", "the place and date under the title, before who wrote it")
        XCTAssertNil(PlainTextReader.placeAndDate("Vi startet i 2025. Mer tid trengs."))
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.municipalities), [["Bergen", "Askøy"], ["Voss", "Vaksdal"]])
        XCTAssertEqual(posts.map(\.section), ["Økt 1: Kulturskolen og grunnskolen", "Økt 1: Kulturskolen og grunnskolen"])
        XCTAssertEqual(posts[1].text, "- Voss: Felles valgfag.")
        XCTAssertFalse(corpus.units.contains { $0.text.contains("font-size") || $0.raw.contains("<") })
    }

    /// Word's "filtered web page" in Windows-1252, as its meta tag says: Symbol-font bullets are list items, and the
    /// groups under a question heading answer it.
    func testAWordFilteredPageInWindows1252() throws {
        let page = """
            <html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body lang=NO-BOK>
            <p class=MsoTitle>Oppsummering – Salten</p>
            <p class=MsoNormal>Fauske, 14. november 2024</p>
            <h1>Spørsmål 1: Hvordan kan kulturskolen nå flere barn?</h1>
            <p class=MsoNormal><b>Gruppe 1 – Bodø og Gildeskål</b></p>
            <p class=MsoListParagraph><span style='font-family:Symbol'>·<span>&nbsp;&nbsp;&nbsp;</span></span>Bodø: SFO på alle skolene.</p>
            <h1>Spørsmål 2: Hva trenger dere fra fylket?</h1>
            <p class=MsoNormal><b>Gruppe 1 – Bodø og Gildeskål</b></p>
            <p class=MsoNormal>Et nettverk for små kulturskoler.</p>
            </body></html>
            """
        let corpus = try loadFixture(data: page.data(using: .windowsCP1252)!, name: "salten.htm")
        XCTAssertEqual(corpus.title, "Oppsummering – Salten")
        XCTAssertEqual(corpus.date.map(ISODate.string), "2024-11-14", "the date in the paragraph under the title")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["- Bodø: SFO på alle skolene.", "Et nettverk for små kulturskoler."])
        XCTAssertEqual(posts.map(\.municipalities), [["Bodø", "Gildeskål"], ["Bodø", "Gildeskål"]])
        XCTAssertEqual(posts.map(\.question), ["Hvordan kan kulturskolen nå flere barn?", "Hva trenger dere fra fylket?"])
        XCTAssertEqual(Set(corpus.units.filter { $0.kind == .prompt }.compactMap(\.question)),
                       ["Hvordan kan kulturskolen nå flere barn?", "Hva trenger dere fra fylket?"])
    }

    /// A board saved from the browser: each post's `<time datetime>` (UTC) is its Norwegian time beside its author,
    /// its permalink its url, and the page's navigation, buttons and footer are no text.
    func testABoardSavedFromTheBrowser() throws {
        func post(_ author: String, _ time: String, _ title: String, _ body: String, _ id: Int) -> String {
            """
            <article><div class="post-header"><span>\(author)</span>
              <time datetime="\(time)">12. feb.</time></div><div class="post-subject">\(title)</div>
            <div class="post-body"><p>\(body)</p></div><div class="post-footer"><button>thumb_up 0</button><span>0 kommentarer</span>
            <a href="https://padlet.com/kari/seminar/wish/\(id)">Lenke til innlegg</a></div></article>
            """
        }
        let page = """
            <!DOCTYPE html><html><head><title>Samling</title></head><body><nav><a href="https://padlet.com/auth/login">Logg inn</a></nav>
            <header><div class="wall-author"><span>Kari Vold</span> · <span>12. feb. 2025</span></div>
            <h1>Regional samling Trøndelag</h1><p>Her skriver gruppene.</p></header>
            <h2 class="section-title">Gruppedialog 1: Utenforskap</h2>
            \(post("Anonym", "2025-02-12T08:14:00.000Z", "Gruppe 1: Orkland og Skaun", "Friplasser for alle.", 1))
            \(post("Kari Vold", "2025-06-12T08:17:00.000Z", "Gruppe 2 – Levanger, Verdal", "Vi mangler tall.", 2))
            <footer>Laget med Padlet · Personvern</footer></body></html>
            """
        let corpus = try loadFixture(data: Data(page.utf8), name: "tavle.html")
        XCTAssertEqual(corpus.format, "padlet-html")
        XCTAssertEqual(corpus.title, "Regional samling Trøndelag")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 2"])
        XCTAssertEqual(posts.map(\.text), ["Friplasser for alle.", "Vi mangler tall."])
        // Winter time (UTC+1) and summer time (UTC+2).
        XCTAssertEqual(posts.map { $0.posted.map(ISODate.string) }, ["2025-02-12T09:14:00", "2025-06-12T10:17:00"])
        XCTAssertEqual(posts.map(\.url), ["https://padlet.com/kari/seminar/wish/1", "https://padlet.com/kari/seminar/wish/2"])
        XCTAssertEqual(posts.map(\.section), ["Gruppedialog 1: Utenforskap", "Gruppedialog 1: Utenforskap"])
        XCTAssertFalse(corpus.units.contains { ["Logg inn", "Padlet", "thumb_up", "kommentarer", "Lenke til"].contains(where: $0.text.contains) })
    }

    /// A form tool's page of results saved from the browser: the site's header, a cookie dialog, the navigation, the
    /// tabs drawn as a list of the site's links, the count of answers and the pager under the table are no text; the table's rows are the answers to the question over it, at the time each was delivered ("Levert"), and
    /// an unanswered row ("Ikke besvart") is none. (The date in the line over the table made it a board before.)
    func testAFormsPageOfResults() throws {
        let page = """
            <!DOCTYPE html><html><head><title>Resultater</title></head><body>
            <div id="cookie-banner" role="dialog"><p>Vi bruker informasjonskapsler.</p></div>
            <header class="site"><a class="logo" href="/">Nettskjema</a></header>
            <main><h1>Innspill fra gruppene</h1>
            <ul class="tabs"><li><a href="../edit">Rediger</a></li><li class="active"><a href="#">Resultater</a></li></ul>
            <p class="meta">Antall svar: 3 · Sist oppdatert 18.09.2025 kl. 11:20</p>
            <section><h2>Hvordan kan kulturskolen nå flere barn?</h2>
            <table><thead><tr><th>Levert</th><th>Gruppe</th><th>Kommuner</th><th>Svar</th></tr></thead><tbody>
            <tr><td>18.09.2025 11:02</td><td>Gruppe 1</td><td>Stavanger og Sola</td><td>Bruke skolegårdene.</td></tr>
            <tr><td>18.09.2025 11:06</td><td>Gruppe 3</td><td>Sauda, Suldal</td><td><em>Ikke besvart</em></td></tr>
            <tr><td>18.09.2025 11:09</td><td>Gruppe 3</td><td>Sauda, Suldal</td><td>Samkjøre med skoleskyssen.</td></tr>
            </tbody></table><div class="pagination"><span>Viser 1–3 av 3</span></div></section></main></body></html>
            """
        let corpus = try loadFixture(data: Data(page.utf8), name: "resultater.html")
        XCTAssertEqual(corpus.format, "html")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.text), ["Bruke skolegårdene.", "Samkjøre med skoleskyssen."])
        XCTAssertEqual(posts.map(\.municipalities), [["Stavanger", "Sola"], ["Sauda", "Suldal"]])
        XCTAssertEqual(posts.map { $0.posted.map(ISODate.string) }, ["2025-09-18T11:02:00", "2025-09-18T11:09:00"])
        XCTAssertEqual(posts.map(\.question), ["Hvordan kan kulturskolen nå flere barn?", "Hvordan kan kulturskolen nå flere barn?"])
        XCTAssertTrue(corpus.units.contains { $0.kind == .prompt && $0.question == "Hvordan kan kulturskolen nå flere barn?" })
        XCTAssertFalse(corpus.units.contains { unit in
            ["informasjonskapsler", "Nettskjema", "Rediger", "Resultater", "Antall svar", "Viser 1"].contains(where: unit.text.contains)
        })
    }

    /// A list of links to other sites (the sources a summary names) is text, as is a list whose items say more than
    /// their link; only a row of the site's own links is furniture.
    func testListsOfLinksThatAreText() {
        let markdown = HTMLDocument.markdown(Data("""
            <html><body><h2>Kilder</h2><ul><li><a href="https://kulturradet.no/rapport">Kulturrådets rapport</a></li>
            <li><a href="https://udir.no/rammeplan">Rammeplanen</a></li></ul>
            <ul><li>Se <a href="../notat">notatet</a> fra Bodø</li><li><a href="../bilder">Bilder</a></li></ul></body></html>
            """.utf8))
        XCTAssertEqual(markdown, "## Kilder\n\n- Kulturrådets rapport\n- Rammeplanen\n- Se notatet fra Bodø\n- Bilder\n")
    }

    /// The count of answers a form tool prints over its results, and lines that only start like one.
    func testAnswerCounts() {
        for line in ["Antall svar: 5", "Antall svar: 5 · Sist oppdatert 18.09.2025 kl. 11:20", "12 responses", "Tal på svar: 7", "5 svar"] {
            XCTAssertTrue(PageFurniture.isAnswerCount(Substring(line)), line)
        }
        for line in ["Antall svar: for få fra de minste kommunene", "5 svar fra Bodø kom sent", "Svar: 5 kommuner deltok", "responses"] {
            XCTAssertFalse(PageFurniture.isAnswerCount(Substring(line)), line)
        }
    }

    /// A page whose posts are drawn by scripts has no text of its own: one error that says so.
    func testAPageWithoutTextIsRefused() {
        let page = "<!DOCTYPE html><html><head><script>render()</script></head><body><div id=app></div></body></html>"
        XCTAssertThrowsError(try loadFixture(data: Data(page.utf8), name: "tom.html")) { error in
            XCTAssertTrue("\(error)".contains("is a web page with no text"), "\(error)")
        }
    }
}
