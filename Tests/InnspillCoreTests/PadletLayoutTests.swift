import Foundation
import XCTest
@testable import InnspillCore

/// A board laid out as the issue describes exports the project has not seen: posts that start with a
/// group header in any of its forms (no author lines), a question box before each column's posts,
/// headers that name their theme, and a post with no header after a permalink. Read post by post.
final class PadletLayoutTests: XCTestCase {
    static let board = """

        Dialogseminar Fremtidens kulturskole

        TORKEL ØIEN 9. FEBRUAR 2023, 08:38 UTC

        Her skriver gruppene inn svarene sine.

        Dialogtema 1

        Hvordan svarer vi?
        1. Hva er kulturskolens viktigste rolle i kommunen?
        2. Hvilke samarbeidspartnere trenger vi?

        Dialogtema 1 - AskØygarden

        1. Kulturskolen er en viktig del av oppvekstsektoren.
        2. Skole, barnehage og frivillige lag.

        https://padlet.com/torkel/dialog2023/wish/1

        Stranda, Stryn Valle, Inderøy

        1./2. Vi må jobbe mer på tvers av sektorer.

        https://padlet.com/torkel/dialog2023/wish/2

        Trondheim, Gruppe 3

        Vi trenger flere lærere med bred kompetanse.

        https://padlet.com/torkel/dialog2023/wish/3

        Dialogtema 2 - Gruppeoppgaver

        Hvordan svarer vi?
        1. Hva kan vi gjøre sammen?
        2. Hva trenger vi fra Kulturskolerådet?

        GRUPPE 5
        Kommunar: Sogndal, Luster, Førde

        1. Vi kan dele lærere mellom kommunene.
        2. Kurs og nettverk.

        https://padlet.com/torkel/dialog2023/wish/4

        Svar fra Rom 8.

        Del 2, spørsmål 1: Felles talentprogram.
        Del 2, spørsmål 2: Hjelp med søknader.

        https://padlet.com/torkel/dialog2023/wish/5

        Gruppe 4 - Tema 1

        Vi glemte å svare på tema 1: kulturskolen skal være for alle.

        https://padlet.com/torkel/dialog2023/wish/6

        Dette innlegget har ingen overskrift. Det handler om
        samarbeid med biblioteket.

        https://padlet.com/torkel/dialog2023/wish/7

        """

    private func load() throws -> Corpus {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-layout-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("board-2023.txt")
        try Data(PadletLayoutTests.board.utf8).write(to: url)
        return try CorpusLoader.loadFile(url.path, options: LoadOptions())
    }

    func testEveryPostWithItsGroupSectionMunicipalitiesAndURL() throws {
        let corpus = try load()
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.url), (1...7).map { "https://padlet.com/torkel/dialog2023/wish/\($0)" })
        XCTAssertEqual(posts.map(\.group), ["AskØygarden", "Stranda, Stryn Valle, Inderøy", "Gruppe 3", "Gruppe 5", "Rom 8",
                                            "Gruppe 4", nil])
        XCTAssertEqual(posts.map(\.section), ["Dialogtema 1", "Dialogtema 1", "Dialogtema 1", "Dialogtema 2 - Gruppeoppgaver",
                                              "Dialogtema 2 - Gruppeoppgaver", "Dialogtema 1", "Dialogtema 2 - Gruppeoppgaver"],
                       "a header's theme names its column wherever the post stands")
        XCTAssertEqual(posts.map(\.municipalities), [["Askøy", "Øygarden"], ["Stranda", "Stryn", "Valle", "Inderøy"], ["Trondheim"],
                                                     ["Sogndal", "Luster", "Sunnfjord"], [], [], []])
        XCTAssertEqual(posts.last?.text, "Dette innlegget har ingen overskrift. Det handler om samarbeid med biblioteket.",
                       "text after a permalink that ends a post is a post of its own")
        XCTAssertEqual(posts[2].text, "Vi trenger flere lærere med bred kompetanse.")
    }

    func testTheQuestionBoxEndsWhereTheNextPostStarts() throws {
        let corpus = try load()
        let prompts = corpus.units.filter { $0.kind == .prompt && $0.title == "Hvordan svarer vi?" }
        XCTAssertEqual(prompts.map(\.text), ["Hva er kulturskolens viktigste rolle i kommunen?", "Hvilke samarbeidspartnere trenger vi?",
                                             "Hva kan vi gjøre sammen?", "Hva trenger vi fra Kulturskolerådet?"])
        XCTAssertEqual(prompts.map(\.section), ["Dialogtema 1", "Dialogtema 1", "Dialogtema 2 - Gruppeoppgaver",
                                                "Dialogtema 2 - Gruppeoppgaver"])
    }

    func testAnswersAreLinkedToTheQuestionsOfTheirColumn() throws {
        let corpus = try load()
        let segments = corpus.units.filter { $0.kind == .segment }
        func questions(ofGroup group: String) -> [String?] { segments.filter { $0.group == group }.map(\.question) }
        XCTAssertEqual(questions(ofGroup: "AskØygarden"), ["Hva er kulturskolens viktigste rolle i kommunen?",
                                                           "Hvilke samarbeidspartnere trenger vi?"])
        XCTAssertEqual(questions(ofGroup: "Rom 8"), ["Hva kan vi gjøre sammen?", "Hva trenger vi fra Kulturskolerådet?"],
                       "'Del 2, spørsmål 1:' answers question 1")
    }

    /// Names that share letters ("AskØygarden": Askøy and Øygarden share the "ø") in a header line.
    func testRunTogetherNamesInAHeader() {
        let found = GazetteerPlaces.shared.headerMunicipalities("AskØygarden")
        XCTAssertEqual(found.municipalities, ["Askøy", "Øygarden"])
        XCTAssertTrue(found.complete)
    }
}
