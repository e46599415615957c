import Foundation

/// Deterministic number formatting for labels and SVG coordinates.
public enum NumberFormat {
    /// A number with at most 4 decimals and no trailing zeros (`12`, `0.25`).
    public static func plain(_ d: Double) -> String {
        if !d.isFinite { return "" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return trimmed(String(format: "%.4f", d))
    }

    /// A coordinate for SVG: one fixed decimal, so the same layout gives the same bytes.
    public static func coord(_ d: Double) -> String {
        let v = (d * 10).rounded() / 10
        let s = String(format: "%.1f", v == 0 ? 0 : v)
        return s
    }

    /// A value label in the chart's language: thousands grouped (`12 345` in nb/nn, `12,345` in en),
    /// decimal comma in nb/nn, at most `decimals` decimals.
    public static func label(_ d: Double, language: ChartLanguage, decimals: Int = 2) -> String {
        if !d.isFinite { return "" }
        let negative = d < 0
        let magnitude = abs(d)
        if magnitude >= 1e15 { return (negative ? "−" : "") + String(format: "%.3g", magnitude) }
        var s = trimmed(String(format: "%.\(decimals)f", magnitude))
        var intPart = s
        var frac = ""
        if let dot = s.firstIndex(of: ".") {
            intPart = String(s[..<dot])
            frac = String(s[s.index(after: dot)...])
        }
        let sep = language == .en ? "," : "\u{202F}"
        if intPart.count > 4 {
            var grouped = ""
            for (i, ch) in intPart.reversed().enumerated() {
                if i > 0, i % 3 == 0 { grouped.append(contentsOf: sep.reversed()) }
                grouped.append(ch)
            }
            intPart = String(grouped.reversed())
        }
        s = intPart + (frac.isEmpty ? "" : (language == .en ? "." : ",") + frac)
        return (negative && s != "0" ? "−" : "") + s
    }

    static func trimmed(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var s = s
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }
}

/// Dates and times in UTC, computed by hand so output never depends on the locale or time zone.
public enum TimeFormat {
    /// `2025-05-05T09:12:00Z`, or `2025-05-05` at midnight.
    public static func iso(_ t: Double) -> String {
        let (days, rest) = split(t)
        let (y, m, d) = civil(days)
        let day = String(format: "%04d-%02d-%02d", y, m, d)
        if rest == 0 { return day }
        return day + String(format: "T%02d:%02d:%02dZ", rest / 3600, rest % 3600 / 60, rest % 60)
    }

    /// `09:12`.
    public static func clock(_ t: Double) -> String {
        let (_, rest) = split(t)
        return String(format: "%02d:%02d", rest / 3600, rest % 3600 / 60)
    }

    /// `9.2.2023` (nb/nn) or `2023-02-09` (en).
    public static func day(_ t: Double, language: ChartLanguage) -> String {
        let (days, _) = split(t)
        let (y, m, d) = civil(days)
        return language == .en ? String(format: "%04d-%02d-%02d", y, m, d) : "\(d).\(m).\(y)"
    }

    /// `9.2.` (nb/nn) or `Feb 9` (en): a short day label for an axis within one year.
    public static func shortDay(_ t: Double, language: ChartLanguage) -> String {
        let (days, _) = split(t)
        let (_, m, d) = civil(days)
        if language == .en {
            let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            return "\(names[m - 1]) \(d)"
        }
        return "\(d).\(m)."
    }

    /// Parses `2025-05-05`, `2025-05-05T09:12`, `2025-05-05T09:12:30Z`, `2025-05-05 09:12` or `09:12` (on day 0).
    public static func parse(_ text: String) -> Double? {
        let s = text.trimmingCharacters(in: .whitespaces)
        let scalars = Array(s.utf8)
        func num(_ a: Int, _ b: Int) -> Int? {
            guard b <= scalars.count else { return nil }
            var v = 0
            for i in a..<b {
                let c = scalars[i]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        if scalars.count == 5, scalars[2] == 58, let h = num(0, 2), let m = num(3, 5), h < 24, m < 60 {
            return Double(h * 3600 + m * 60)
        }
        guard scalars.count >= 10, scalars[4] == 45, scalars[7] == 45,
              let y = num(0, 4), let mo = num(5, 7), let d = num(8, 10), (1...12).contains(mo), (1...31).contains(d)
        else { return nil }
        var seconds = daysFromCivil(y, mo, d) * 86_400
        if scalars.count >= 16, scalars[10] == 84 || scalars[10] == 32, scalars[13] == 58,
           let h = num(11, 13), let mi = num(14, 16) {
            seconds += h * 3600 + mi * 60
            if scalars.count >= 19, scalars[16] == 58, let sec = num(17, 19) { seconds += sec }
        } else if scalars.count != 10 {
            return nil
        }
        return Double(seconds)
    }

    /// Seconds to add to UTC for Norwegian time (CET, CEST from the last Sunday of March 01:00 UTC to the last
    /// Sunday of October 01:00 UTC, the EU rule Norway has followed since 1996). Computed by hand so charts do
    /// not depend on the tz database of the machine.
    public static func osloOffset(_ t: Double) -> Int {
        let (days, _) = split(t)
        let (y, _, _) = civil(days)
        func lastSunday(_ month: Int) -> Int {
            let last = daysFromCivil(y, month, 31)
            let weekday = ((last % 7) + 11) % 7   // 0 = Sunday (1970-01-01 was a Thursday)
            return last - weekday
        }
        let start = Double(lastSunday(3) * 86_400 + 3600), end = Double(lastSunday(10) * 86_400 + 3600)
        return t >= start && t < end ? 7200 : 3600
    }

    static func split(_ t: Double) -> (days: Int, rest: Int) {
        let seconds = t.isFinite ? Int(max(-1e14, min(1e14, t)).rounded(.down)) : 0
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 { rest += 86_400; days -= 1 }
        return (days, rest)
    }

    static func civil(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

/// Norwegian alphabetical order (… y z æ ø å), case-insensitive, deterministic.
public enum NorwegianOrder {
    public static func key(_ s: String) -> [UInt32] {
        s.lowercased().unicodeScalars.map { u in
            switch u.value {
            case 0xE6, 0xE4: return 0x7B      // æ, ä
            case 0xF8, 0xF6: return 0x7C      // ø, ö
            case 0xE5: return 0x7D            // å
            case 0xE9, 0xE8, 0xEA: return 0x65 // é è ê as e
            default: return u.value
            }
        }
    }

    public static func less(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        return ka.lexicographicallyPrecedes(kb) || (ka == kb && a < b)
    }
}
