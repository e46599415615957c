/// Trimming without Foundation. `trimmingCharacters(in:)` bridges every string to
/// `NSString` and back; readers trim every line and cell of large exports, so they
/// slice on Unicode scalars instead, with the same character sets.
///
/// ```swift
/// "  Gruppe 2: Bodø\t".trimmingSpaces            // "Gruppe 2: Bodø"
/// "\n Svar fra Rom 8. \r\n".trimmingWhitespace    // "Svar fra Rom 8."
/// ```
extension StringProtocol {
    /// Without leading and trailing spaces and tabs: the set of Foundation's `.whitespaces`
    /// (Unicode space separators, no-break space included, and U+0009).
    var trimmingSpaces: Substring { trimmed(where: Self.isSpace) }

    /// Without leading and trailing white space and line breaks: the set of Foundation's
    /// `.whitespacesAndNewlines` (Unicode's White_Space property).
    var trimmingWhitespace: Substring { trimmed(where: Self.isWhitespace) }

    /// With each run of tabs between its parts as one space: a Word programme's "09.30<TAB>Velkommen".
    var tabsAsSpaces: String { split(separator: "\t", omittingEmptySubsequences: true).joined(separator: " ") }

    private func trimmed(where isTrimmed: (Unicode.Scalar) -> Bool) -> Substring {
        let scalars = unicodeScalars
        var lower = scalars.startIndex
        var upper = scalars.endIndex
        while lower < upper, isTrimmed(scalars[lower]) { lower = scalars.index(after: lower) }
        while upper > lower {
            let previous = scalars.index(before: upper)
            guard isTrimmed(scalars[previous]) else { break }
            upper = previous
        }
        return Substring(self)[lower..<upper]
    }

    @inline(__always)
    private static func isSpace(_ u: Unicode.Scalar) -> Bool {
        if u.isASCII { return u == " " || u == "\t" }
        return u.properties.generalCategory == .spaceSeparator
    }

    @inline(__always)
    private static func isWhitespace(_ u: Unicode.Scalar) -> Bool {
        if u.isASCII { return u == " " || (u.value >= 0x09 && u.value <= 0x0D) }
        return u.properties.isWhitespace
    }
}

extension String {
    /// The text cut at every "\n" (a "\r" before one stays with its line), as slices of it, empty
    /// lines included: "a\n\nb" gives ["a", "", "b"], and "" gives [""]. A byte scan; the repair
    /// step and the segmenter cut every text a load makes.
    var newlineSeparatedLines: [Substring] {
        var lines: [Substring] = []
        let utf8 = self.utf8
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            if utf8[i] == UInt8(ascii: "\n") {
                lines.append(self[start ..< i])
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        lines.append(self[start ..< utf8.endIndex])
        return lines
    }
}
