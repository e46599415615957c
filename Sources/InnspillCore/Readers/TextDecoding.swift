import Foundation

/// Turns a file's bytes into text: UTF-8 with or without BOM, UTF-16 with BOM,
/// and Windows-1252 (or Mac Roman, when it reads as Norwegian) as a fallback. Stray invalid bytes in otherwise valid
/// UTF-8 become U+FFFD, with a warning naming the lines.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        /// The encoding used, for `info` ("utf-8", "utf-16le", "windows-1252", "mac-roman").
        public var encoding: String
        public var warnings: [String]
        /// Lines (1-based) whose invalid bytes became U+FFFD: no repair may take those for lost ligatures.
        public var damagedLines: Set<Int> = []
    }

    /// Decodes `data` read from `path` (the path is only used in messages).
    public static func decode(_ data: Data, path: String) throws -> Decoded {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(Array(bytes.dropFirst(3)), path: path)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            guard let text = String(data: data, encoding: little ? .utf16LittleEndian : .utf16BigEndian) else {
                throw InnspillError("'\(path)' starts like UTF-16 but is not valid UTF-16", hint: "save it as UTF-8 and load it again")
            }
            return Decoded(text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text,
                           encoding: little ? "utf-16le" : "utf-16be", warnings: [])
        }
        return utf8(bytes, path: path)
    }

    /// `decode(_:path:)` with Windows ("\r\n") and old Mac ("\r") line ends made "\n", as the readers
    /// need the text. Valid UTF-8, nearly every export, takes a fast path: checked once on the file's
    /// bytes and copied once into the string, line ends and all (decoding, checking for invalid bytes
    /// and rewriting line ends each copied or walked the whole file, 6 % of a CSV load on one core).
    /// Anything else (a BOM-less file with invalid bytes, UTF-16, Windows-1252) goes the general way.
    static func decodeWithUnixLineEnds(_ data: Data, path: String) throws -> Decoded {
        let fast: String? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) : bytes
            guard !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]), isValidUTF8(body) else { return nil }
            return unixLineEnds(body)
        }
        if let fast { return Decoded(text: composed(fast), encoding: "utf-8", warnings: []) }
        var decoded = try decode(data, path: path)
        decoded.text = composed(unixLineEnds(decoded.text))
        return decoded
    }

    /// The text in Unicode's composed form (NFC) where it has combining marks: "å" written "a" + U+030A (a Mac's file
    /// names, some PDF tools) is one "å", so a regex, a sort and a group's name find it as typed. Most files have none
    /// of the marks' lead bytes (0xCC, 0xCD), which two memchr passes rule out.
    ///
    /// ```swift
    /// TextDecoding.composed("fa\u{30A}tt")   // "fått"
    /// ```
    static func composed(_ text: String) -> String {
        var text = text
        let marked = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0xCC, bytes.count) != nil || memchr(base, 0xCD, bytes.count) != nil
        }
        return marked ? text.precomposedStringWithCanonicalMapping : text
    }

    /// The text with "\r\n" and "\r" line ends made "\n" ("\r\n" is one Character in Swift, so every
    /// later line split depends on this).
    static func unixLineEnds(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        var text = text
        return text.withUTF8(unixLineEnds)
    }

    /// Valid UTF-8 `bytes` as a string with "\r\n" and "\r" made "\n". Runs between carriage returns are
    /// copied whole (memchr and memcpy) instead of byte by byte.
    static func unixLineEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            let end = base + bytes.count
            var from = base
            var written = 0
            while from < end {
                let cr = memchr(from, Int32(UInt8(ascii: "\r")), end - from).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) } ?? end
                let run = cr - from
                if run > 0 { (out.baseAddress! + written).update(from: from, count: run) }
                written += run
                guard cr < end else { break }
                out[written] = UInt8(ascii: "\n")
                written += 1
                from = cr + 1
                if from < end, from.pointee == UInt8(ascii: "\n") { from += 1 }
            }
            return written
        }
    }

    /// Whether `bytes` are valid UTF-8, by the rules of `invalidUTF8Lines`. Eight ASCII bytes are
    /// tested at a time (one mask of their high bits): the text of an export is mostly ASCII, and
    /// this check runs over the whole file before anything else can start.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = base[i]
            if b < 0x80 { i += 1; continue }
            let length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0
            guard length > 0, i + length <= n else { return false }
            for k in 1..<length where base[i + k] & 0xC0 != 0x80 { return false }
            let b1 = base[i + 1]
            if length == 3, (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) { return false }
            if length == 4, (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90) { return false }
            i += length
        }
        return true
    }

    private static func utf8(_ bytes: [UInt8], path: String) -> Decoded {
        let (invalidLines, invalidCount) = invalidUTF8Lines(bytes)
        if invalidCount == 0 {
            return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "utf-8", warnings: [])
        }
        // Many invalid sequences and no valid multi-byte ones: a Windows-1252 file, or Mac Roman (Excel for Mac's "CSV
        // (Macintosh)"), told apart by which of them reads more of the bytes as Norwegian letters.
        if validMultibyteCount(bytes) == 0 {
            if isMacRoman(bytes) {
                return Decoded(text: decoded(bytes, high: macRomanHigh), encoding: "mac-roman",
                               warnings: ["'\(path)' is not UTF-8; read it as Mac Roman, as Excel for Mac saves CSV (check æ, ø and å; save it as UTF-8 to silence this)"])
            }
            return Decoded(text: decoded(bytes, high: cp1252High), encoding: "windows-1252",
                           warnings: ["'\(path)' is not UTF-8; read it as Windows-1252 (check æ, ø and å; save it as UTF-8 to silence this)"])
        }
        let shown = invalidLines.prefix(10).map(String.init).joined(separator: ", ")
        let more = invalidLines.count > 10 ? " and \(invalidLines.count - 10) more" : ""
        return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "utf-8",
                       warnings: ["'\(path)': \(invalidCount) invalid UTF-8 byte\(invalidCount == 1 ? "" : "s") replaced by U+FFFD on line\(invalidLines.count == 1 ? "" : "s") \(shown)\(more)"],
                       damagedLines: Set(invalidLines))
    }

    /// Lines (1-based) holding invalid UTF-8, and the number of invalid bytes.
    static func invalidUTF8Lines(_ bytes: [UInt8]) -> ([Int], Int) {
        var lines: [Int] = []
        var count = 0
        var line = 1
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A { line += 1 }
                i += 1
                continue
            }
            let length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0
            var valid = length > 0 && i + length <= n
            if valid {
                for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { valid = false }
            }
            if valid, length == 3 {
                let b1 = bytes[i + 1]
                if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) { valid = false }
            }
            if valid, length == 4 {
                let b1 = bytes[i + 1]
                if (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90) { valid = false }
            }
            if valid {
                i += length
            } else {
                count += 1
                if lines.last != line { lines.append(line) }
                i += 1
            }
        }
        return (lines, count)
    }

    private static func validMultibyteCount(_ bytes: [UInt8]) -> Int {
        var count = 0
        var i = 0
        while i + 1 < bytes.count {
            let b = bytes[i]
            if b >= 0xC2 && b < 0xE0 && bytes[i + 1] & 0xC0 == 0x80 { count += 1; i += 2 } else { i += 1 }
        }
        return count
    }

    /// Whether bytes that are not UTF-8 read as more Norwegian letters in Mac Roman (æ 0xBE, ø 0xBF, å 0x8C, Æ 0xAE,
    /// Ø 0xAF, Å 0x81, é 0x8E) than in Windows-1252 (æ 0xE6, ø 0xF8, å 0xE5, Æ 0xC6, Ø 0xD8, Å 0xC5, é 0xE9). In
    /// Windows-1252 the Mac letters are "¾¿Œ®¯" and an unused byte, which no Norwegian text is made of.
    static func isMacRoman(_ bytes: [UInt8]) -> Bool {
        var mac = 0, windows = 0
        for b in bytes where b >= 0x80 {
            switch b {
            case 0xBE, 0xBF, 0x8C, 0xAE, 0xAF, 0x81, 0x8E: mac += 1
            case 0xE6, 0xF8, 0xE5, 0xC6, 0xD8, 0xC5, 0xE9: windows += 1
            default: break
            }
        }
        return mac > windows
    }

    /// Windows-1252 differs from ISO-8859-1 in 0x80-0x9F.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Mac Roman's characters for 0x80-0xFF. (Foundation's `.macOSRoman` on Linux reads them as other characters,
    /// "på" as "p¯", so the table is written out here.)
    private static let macRomanHigh: [UInt32] = [
        0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
        0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3, 0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
        0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
        0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
        0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
        0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
        0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
        0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC, 0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
    ]

    /// Bytes of a one-byte encoding that is ISO-8859-1 except for the bytes from 0x80 that `high` gives
    /// (Windows-1252's 0x80-0x9F, Mac Roman's 0x80-0xFF).
    static func decoded(_ bytes: [UInt8], high: [UInt32]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value = b >= 0x80 && Int(b) - 0x80 < high.count ? high[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
