import Foundation
import XCTest
@testable import InnspillCore

/// Table exports (CSV, JSON Lines) of form tools: their time stamps and the names of their columns.
final class TableReaderTests: XCTestCase {
    /// ISO 8601 with fractions of a second and an offset, as JavaScript's and most form tools' exports
    /// write it, is the same time as without the fraction (shown in Norwegian time, like every marked zone).
    func testAnOffsetAfterFractionsOfASecondIsRead() throws {
        let plain = try XCTUnwrap(TableReader.date("2024-09-19T10:14:31+02:00", utc: false))
        XCTAssertEqual(ISODate.string(plain), "2024-09-19T10:14:31")
        for form in ["2024-09-19T10:14:31.000+02:00", "2024-09-19T10:14:31.123456+0200", "2024-09-19T10:14:31.5+02"] {
            let date = try XCTUnwrap(TableReader.date(form, utc: false), form)
            XCTAssertEqual(ISODate.string(date), "2024-09-19T10:14:31", form)
        }
        // A UTC time is shown in Norwegian summer time, two hours on.
        let utc = try XCTUnwrap(TableReader.date("2024-09-19T08:14:31.000Z", utc: false))
        XCTAssertEqual(ISODate.string(utc), "2024-09-19T10:14:31")
        XCTAssertNil(TableReader.date("2024-09-19T10:14:31+2 timer", utc: false))
    }

    /// A form tool's "innsendt" (submitted) column is the time a unit was posted, and a municipality written
    /// with the nynorsk "herad" ("Voss herad") is that municipality, without a warning that it was left out.
    func testSubmittedTimesAndMunicipalitiesNamedHerad() throws {
        let corpus = try loadFixture("""
            {"tekst": "Meir samarbeid med skulen.", "kommunar": "Voss herad", "innsendt": "2024-09-19T10:14:31.000+02:00"}
            {"tekst": "Skyss er det største hinderet.", "kommunar": "Kvam herad og Ulvik", "innsendt": "2024-09-19T10:20:00.000+02:00"}

            """, name: "skjema.jsonl")
        let posts = corpus.units.filter { $0.kind == .post }
        XCTAssertEqual(posts.map(\.municipalities), [["Voss"], ["Kvam", "Ulvik"]])
        XCTAssertEqual(posts.compactMap(\.posted).map(ISODate.string), ["2024-09-19T10:14:31", "2024-09-19T10:20:00"])
        XCTAssertFalse(corpus.warnings.contains { $0.contains("left out of municipalities") }, "\(corpus.warnings)")
    }
}
