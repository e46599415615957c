import Foundation

/// One cell of a result table.
public enum Value: Sendable, Equatable, Hashable {
    case null
    case text(String)
    case integer(Int)
    case number(Double)
    case date(Date)
    case list([String])

    /// The cell as plain text, the way tables, CSV and Markdown show it.
    public var display: String {
        switch self {
        case .null: return ""
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .number(let d): return Value.format(d)
        case .date(let d): return ISODate.string(d)
        case .list(let items): return items.joined(separator: "; ")
        }
    }

    /// A number with at most 4 significant decimals and no trailing zeros; the same bytes on every run.
    public static func format(_ d: Double) -> String {
        if d.isNaN { return "" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        var s = String(format: "%.4f", d)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// The numeric value for sorting and charts, if the cell holds one.
    public var numeric: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        case .date(let d): return d.timeIntervalSince1970
        default: return nil
        }
    }
}

/// ISO 8601 dates in UTC, as written in exports and accepted in filters.
public enum ISODate {
    /// `2025-05-05T09:12:00`, or `2025-05-05` when the time is midnight. Times are local clock
    /// times as the exports print them (Padlet's text exports give Norwegian time), so no zone is written.
    public static func string(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 { rest += 86_400; days -= 1 }
        let (y, m, d) = civil(fromDays: days)
        let day = String(format: "%04d-%02d-%02d", y, m, d)
        if rest == 0 { return day }
        return day + String(format: "T%02d:%02d:%02d", rest / 3600, rest % 3600 / 60, rest % 60)
    }

    /// A date from year, month, day, hour and minute in UTC; nil if out of range (years 1 to 9999:
    /// a year of 20 digits from a damaged export overflowed the day arithmetic).
    public static func make(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour),
              (0...59).contains(minute), (0...60).contains(second) else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    /// The Norwegian clock time (Europe/Oslo, summer time included) of a UTC time: exports that mark
    /// their times UTC are shown as Padlet's text exports show them.
    public static func norwegianTime(fromUTC date: Date) -> Date {
        guard let oslo = TimeZone(identifier: "Europe/Oslo") else { return date }
        return date.addingTimeInterval(TimeInterval(oslo.secondsFromGMT(for: date)))
    }

    /// Parses `2023-02-09`, `2023-02-09T10:00`, `2023-02-09 10:00:00` and a trailing `Z`.
    public static func parse(_ text: String) -> Date? {
        // `trimmingSpaces` trims the set of Foundation's `.whitespaces` without bridging to NSString (every CSV row has a date).
        let s = Array(text.trimmingSpaces.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= s.count else { return nil }
            var n = 0
            for b in s[from..<from + count] {
                guard b >= 48, b <= 57 else { return nil }
                n = n * 10 + Int(b - 48)
            }
            return n
        }
        guard s.count >= 10, let y = number(0, 4), s[4] == 45, let m = number(5, 2), s[7] == 45,
              let d = number(8, 2) else { return nil }
        if s.count == 10 { return make(year: y, month: m, day: d) }
        guard s[10] == 84 || s[10] == 32, let h = number(11, 2), s.count >= 16, s[13] == 58,
              let mi = number(14, 2) else { return nil }
        var sec = 0
        var end = 16
        if s.count >= 19, s[16] == 58, let v = number(17, 2) { sec = v; end = 19 }
        // Fractions of a second and a UTC marker may follow.
        if end < s.count, s[end] == 46 { end += 1; while end < s.count, s[end] >= 48, s[end] <= 57 { end += 1 } }
        if end < s.count, s[end] == 90 { end += 1 }
        guard end == s.count else { return nil }
        return make(year: y, month: m, day: d, hour: h, minute: mi, second: sec)
    }

    // Howard Hinnant's days-from-civil algorithms: exact for the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
