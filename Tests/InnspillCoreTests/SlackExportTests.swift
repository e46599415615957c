import Foundation
import XCTest
@testable import InnspillCore

/// A Slack channel's day file: the messages people wrote, in plain text, by name, with the question of their thread.
final class SlackExportTests: XCTestCase {
    private let channel = #"""
    [
      {"type": "message", "subtype": "channel_join", "ts": "1738054503.000200", "user": "U05OHOPE5",
       "text": "<@U05OHOPE5> has joined the channel"},
      {"type": "message", "user": "U05HVIK01", "ts": "1738054930.000100", "thread_ts": "1738054930.000100", "reply_count": 2,
       "text": "Hei alle! :wave: Her er spørsmålet:\n*Hva betyr «kulturskole for alle» i deres kommune?*\nSvar i tråd.",
       "team": "T04KSRVL1", "user_profile": {"real_name": "Hanne Vik", "display_name": "hanne.vik", "team": "T04KSRVL1"}},
      {"type": "message", "user": "U05SDALE2", "ts": "1738056258.000100", "thread_ts": "1738054930.000100",
       "text": "Gruppe 1 – Sunnfjord og Kinn: Prisen stopper ingen. Friplasser &amp; moderasjon, og <@U05KMYKL3> kan fortelle mer.",
       "team": "T04KSRVL1", "user_profile": {"real_name": "Sunniva Dale", "team": "T04KSRVL1"}},
      {"type": "message", "user": "U05KMYKL3", "ts": "1738056422.000100", "thread_ts": "1738054930.000100",
       "text": "Notatene: <https://padlet.com/kulturskoleradet/vestland25|Padlet-tavla vår> :raised_hands:",
       "user_profile": {"real_name": "Knut Myklebust"}},
      {"type": "message", "user": "U05HVIK01", "ts": "1738057205.000100", "text": "Takk for gode innspill!",
       "user_profile": {"real_name": "Hanne Vik"}},
      {"type": "message", "subtype": "bot_message", "bot_id": "B04GCAL77", "ts": "1738064700.000000",
       "text": "Påminnelse: seminaret fortsetter kl. 13.00."}
    ]
    """#

    func testMessagesBecomeRecordsOfWhatPeopleWrote() throws {
        let objects = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(channel.utf8)) as? [[String: Any]])
        let records = try XCTUnwrap(SlackExport.records(objects))
        XCTAssertEqual(records.map(\.index), [2, 3], "joins, the bot and the host's own messages are left out")
        XCTAssertEqual(records.map { $0.record["author"] as? String }, ["Sunniva Dale", "Knut Myklebust"])
        XCTAssertEqual(records.map { $0.record["text"] as? String }, [
            "Gruppe 1 – Sunnfjord og Kinn: Prisen stopper ingen. Friplasser & moderasjon, og Knut Myklebust kan fortelle mer.",
            "Notatene: Padlet-tavla vår",
        ])
        XCTAssertEqual(Set(records.map { $0.record["question"] as? String }), ["Hva betyr «kulturskole for alle» i deres kommune?"])
        XCTAssertEqual(records.first?.record["ts"] as? String, "1738056258.000100")
        XCTAssertNil(SlackExport.records([["text": "Mer tid", "ts": "1738056258"]]), "not Slack messages")
    }

    func testTheChannelLoadsAsPostsAnsweringTheThreadsQuestion() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slack-\(UUID().uuidString).json")
        try channel.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let corpus = try CorpusLoader.loadFile(file.path, options: LoadOptions())
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.author), ["Sunniva Dale", "Knut Myklebust"])
        XCTAssertEqual(posts.map { $0.posted.map(ISODate.string) }, ["2025-01-28T10:24:18", "2025-01-28T10:27:02"])
        XCTAssertEqual(posts.first?.municipalities, ["Sunnfjord", "Kinn"])
        XCTAssertEqual(corpus.units.filter { $0.kind == .prompt }.map(\.text), ["Hva betyr «kulturskole for alle» i deres kommune?"])
        XCTAssertFalse(corpus.units.contains { $0.text.contains("T04KSRVL1") || $0.text.contains(":wave:") })
    }
}
