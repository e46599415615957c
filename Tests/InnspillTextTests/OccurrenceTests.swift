import XCTest
@testable import InnspillText

final class OccurrenceTests: XCTestCase {
    /// An occurrence is kept for every token of every document: it must stay 16 bytes.
    func testAnOccurrenceIsSixteenBytesAndKeepsItsFormAndFlags() {
        XCTAssertEqual(MemoryLayout<Occurrence>.stride, 16)
        let largest = Occurrence.formLimit - 1
        let occurrence = Occurrence(term: 7, form: largest, start: 3, end: 9,
                                    flags: Occurrence.stop | Occurrence.breakBefore | Occurrence.word | Occurrence.counts)
        XCTAssertEqual(occurrence.form, largest)
        XCTAssertEqual(occurrence.term, 7)
        XCTAssertEqual(occurrence.utf16Range, 3 ..< 9)
        XCTAssertTrue(occurrence.isStopword && occurrence.breaksBefore && occurrence.isWord && occurrence.counts)
        let plain = Occurrence(term: 0, form: 5, start: 0, end: 1, flags: Occurrence.word)
        XCTAssertEqual(plain.form, 5)
        XCTAssertFalse(plain.isStopword || plain.breaksBefore || plain.counts)
        XCTAssertTrue(plain.isWord)
    }
}
