import XCTest
@testable import InnspillCore

final class QuestionWordingsTests: XCTestCase {
    func testWordingsThatOpenAlikeAreOneQuestionUnderTheCommonestWording() {
        let wordings = QuestionWordings(["Hva trenger vi svar på før vi søker?", "Hva trenger vi svar på?",
                                         "Hva trenger vi svar på før vi søker?", "Hva trenger vi å vite?"], prompts: [])
        XCTAssertEqual(wordings.wording(of: "Hva trenger vi svar på?"), "Hva trenger vi svar på før vi søker?")
        XCTAssertEqual(wordings.wording(of: "Hva trenger vi svar på før vi søker?"), "Hva trenger vi svar på før vi søker?")
        XCTAssertEqual(wordings.wording(of: "Hva trenger vi å vite?"), "Hva trenger vi å vite?")
    }

    func testWordingsWithThreeQuartersOfTheirWordsInCommonAreOneQuestion() {
        let wordings = QuestionWordings(["Hva tenker vi prosjektet kan bidra med i vår kommune?",
                                         "Hva kan prosjektet bidra med i vår kommune",
                                         "Hva tenker vi prosjektet kan bidra med i vår kommune?"], prompts: [])
        XCTAssertEqual(wordings.wording(of: "Hva kan prosjektet bidra med i vår kommune"),
                       "Hva tenker vi prosjektet kan bidra med i vår kommune?")
        // Two words of three in common are two questions.
        let apart = QuestionWordings(["Hva kan prosjektet bidra med?", "Hva kan kommunen bidra med i prosjektet?"], prompts: [])
        XCTAssertTrue(apart.isEmpty)
        XCTAssertEqual(apart.wording(of: "Hva kan prosjektet bidra med?"), "Hva kan prosjektet bidra med?")
    }

    func testAPromptsQuestionNamesItsWordingsAndTwoPromptsStayTwo() {
        let wordings = QuestionWordings(["Hva trenger dere svar på?", "Hva trenger dere svar på?", "Hva trenger dere svar på før dere søker?"],
                                        prompts: ["Hva trenger dere svar på før dere søker?", "Hva trenger dere svar på i løpet av våren?"])
        XCTAssertEqual(wordings.wording(of: "Hva trenger dere svar på?"), "Hva trenger dere svar på før dere søker?")
        XCTAssertEqual(wordings.wording(of: "Hva trenger dere svar på i løpet av våren?"), "Hva trenger dere svar på i løpet av våren?")
    }

    func testSimilarPairsFindsEveryPairThatCloseAndNoOther() {
        // Prefix filtering against comparing every pair, on sets made from a small vocabulary so many pairs are close.
        let vocabulary = ["a", "b", "c", "d", "e", "f", "g"]
        var sets: [Set<String>] = []
        var seed: UInt64 = 42
        for _ in 0 ..< 200 {
            var set = Set<String>()
            for word in vocabulary {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                if seed >> 62 == 0 { set.insert(word) }
            }
            sets.append(set)
        }
        var expected: [String] = []
        for i in sets.indices where !sets[i].isEmpty {
            for j in 0 ..< i where !sets[j].isEmpty && 4 * sets[i].intersection(sets[j]).count >= 3 * sets[i].union(sets[j]).count {
                expected.append("\(j)-\(i)")
            }
        }
        let found = QuestionWordings.similarPairs(sets).map { "\($0.0)-\($0.1)" }
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(found.sorted(), expected.sorted())
    }
}
