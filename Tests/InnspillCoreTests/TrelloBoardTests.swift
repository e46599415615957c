import Foundation
import XCTest
@testable import InnspillCore

/// A Trello board's JSON: a post per open card, grouped by its list, by the member who made it.
final class TrelloBoardTests: XCTestCase {
    private let board = #"""
    {"id": "67a4c1000000000000000001", "name": "Dialogseminar", "closed": false,
     "labels": [{"id": "L1", "name": "Samarbeid", "color": "green"}],
     "lists": [{"id": "Q", "name": "Spørsmål til gruppene", "closed": false},
               {"id": "G1", "name": "Gruppe 1 – Ålesund og Giske", "closed": false},
               {"id": "A", "name": "Arkiv", "closed": true}],
     "cards": [{"id": "67a4c10000000000000000c8", "name": "Hvordan kan kulturskolen bli en ressurs for skolen?", "desc": "",
                "idList": "Q", "closed": false, "idMembers": [], "idLabels": []},
               {"id": "67a4c10000000000000000c9", "name": "Kulturskolelærer i skolen", "desc": "Faste timer i **5. trinn**.",
                "idList": "G1", "closed": false, "idMembers": ["M2"], "idLabels": ["L1"]},
               {"id": "67a4c10000000000000000ca", "name": "Felles planleggingsdag", "desc": "",
                "idList": "G1", "closed": false, "idMembers": ["M2"], "idLabels": []},
               {"id": "67a4c10000000000000000cb", "name": "Gammelt kort – slett", "desc": "test",
                "idList": "G1", "closed": true, "idMembers": [], "idLabels": []},
               {"id": "67a4c10000000000000000cc", "name": "Ideer fra i fjor", "desc": "",
                "idList": "A", "closed": false, "idMembers": [], "idLabels": []}],
     "members": [{"id": "M2", "fullName": "Arne Ulstein", "username": "arneulstein3"}],
     "actions": [{"type": "createCard", "date": "2025-02-06T08:41:05.085Z", "idMemberCreator": "M2",
                  "data": {"card": {"id": "67a4c10000000000000000c9"}}, "memberCreator": {"fullName": "Arne Ulstein"}}]}
    """#

    func testOpenCardsInOpenListsAreThePosts() throws {
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(board.utf8)) as? [String: Any])
        let records = try XCTUnwrap(TrelloBoard.records(object))
        XCTAssertEqual(records.map(\.index), [1, 2], "the question, the archived card and the closed list's card are no posts")
        XCTAssertEqual(records.map { $0.record["group"] as? String }, ["Gruppe 1 – Ålesund og Giske", "Gruppe 1 – Ålesund og Giske"])
        XCTAssertEqual(records.map { $0.record["author"] as? String }, ["Arne Ulstein", "Arne Ulstein"], "the maker, else a member")
        XCTAssertEqual(records.map { $0.record["posted"] as? String }, ["2025-02-06T08:41:05.085Z", "2025-02-06T14:02:40Z"],
                       "the createCard action's time, else the time in the card's id")
        XCTAssertEqual(records.first?.record["labels"] as? String, "Samarbeid")
        XCTAssertNil(TrelloBoard.records(["cards": [["name": "x"]], "lists": []]), "cards without lists are no Trello board")
    }

    func testTheBoardLoadsWithItsGroupsAndQuestion() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("trello-\(UUID().uuidString).json")
        try board.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let corpus = try CorpusLoader.loadFile(file.path, options: LoadOptions())
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.group), ["Gruppe 1", "Gruppe 1"])
        XCTAssertEqual(posts.first?.municipalities, ["Ålesund", "Giske"])
        XCTAssertEqual(posts.first.map { $0.posted.map(ISODate.string) }, "2025-02-06T09:41:05")
        XCTAssertEqual(posts.first?.text, "Kulturskolelærer i skolen\nFaste timer i 5. trinn.", "Markdown's marks are read")
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.text), ["Hvordan kan kulturskolen bli en ressurs for skolen?"])
    }
}
