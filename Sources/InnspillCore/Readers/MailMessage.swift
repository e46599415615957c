import Foundation

/// An e-mail saved as a file (.eml from Outlook, Thunderbird or Apple Mail: RFC 5322 headers over a MIME body), as
/// the text of the thread it holds, in the form a thread copied from a mail program has and `EmailReader` reads:
/// the message's header ("From:", "Sent:" in Norwegian time, "To:", "Subject:") over its plain text, the quoted
/// messages under it as they stand. Encoded headers (`=?utf-8?Q?...?=`), quoted-printable and base64 bodies and
/// their charsets are decoded; the plain part is taken, or the HTML part as its text when there is none, and
/// attachments are left out.
///
/// ```swift
/// let eml = "From: Kari <kari@x.no>\r\nDate: Thu, 20 Mar 2025 13:37:12 +0000\r\nMIME-Version: 1.0\r\n"
///     + "Subject: =?utf-8?Q?SV:_Sp=C3=B8rsm=C3=A5l?=\r\n\r\nHei!\r\n"
/// MailMessage.text(Data(eml.utf8))
/// // "From: Kari <kari@x.no>\nSent: 20. mars 2025 14:37\nSubject: SV: Spørsmål\n\nHei!\n"
/// ```
enum MailMessage {
    /// Whether the bytes start with a message's header: header fields only up to the first blank line, among them
    /// From and Date, and a field only a sent message has (MIME-Version, Message-ID, Received).
    static func isMessage(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(16_384), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        guard let end = head.range(of: "\n\n") else { return false }
        let lines = head[..<end.lowerBound].split(separator: "\n")
        guard lines.allSatisfy({ $0.first == " " || $0.first == "\t" || isField($0) }) else { return false }
        let names = Set(lines.compactMap { line in line.firstIndex(of: ":").map { line[..<$0].lowercased() } })
        return names.contains("from") && names.contains("date") && !names.isDisjoint(with: ["mime-version", "message-id", "received"])
    }

    /// The message as the text of a thread.
    static func text(_ data: Data) -> String {
        let (fields, body) = part(data)
        var text = ""
        for (name, label) in [("from", "From"), ("date", "Sent"), ("to", "To"), ("cc", "Cc"), ("subject", "Subject")] {
            guard let value = fields[name] else { continue }
            text += "\(label): " + (name == "date" ? (norwegianTime(value) ?? value) : decodedWords(value)) + "\n"
        }
        let content = plainText(fields, body) ?? ""
        return text + "\n" + content.replacingOccurrences(of: "\r\n", with: "\n") + (content.hasSuffix("\n") ? "" : "\n")
    }

    // MARK: - MIME

    /// A part's header fields (names in lower case, folded lines unfolded) and its body's bytes.
    private static func part(_ data: Data) -> (fields: [String: String], body: Data) {
        let bytes = [UInt8](data)
        // The header ends at the first empty line (a part without fields starts with it).
        var end = bytes.count, bodyStart = bytes.count
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            if lineEnd == lineStart || lineEnd == lineStart + 1 && bytes[lineStart] == 0x0D {
                end = lineStart
                bodyStart = min(lineEnd + 1, bytes.count)
                break
            }
            lineStart = lineEnd + 1
        }
        let header = String(decoding: bytes[..<end], as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        var fields: [String: String] = [:]
        var last: String?
        for line in header.split(separator: "\n") {
            if line.first == " " || line.first == "\t", let name = last {
                fields[name]! += " " + line.trimmingSpaces
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].lowercased()
                last = fields[name] == nil ? name : nil  // (the first of a repeated field counts)
                if fields[name] == nil { fields[name] = String(line[line.index(after: colon)...].trimmingSpaces) }
            }
        }
        return (fields, Data(bytes[min(bodyStart, bytes.count)...]))
    }

    /// The text of a part: its plain text, found depth first in a multipart one (an alternative's plain text
    /// before its HTML), or its HTML as text; nil for an attachment or a part of another type.
    private static func plainText(_ fields: [String: String], _ body: Data) -> String? {
        let type = fields["content-type"] ?? "text/plain"
        let mediaType = type.prefix { $0 != ";" }.trimmingSpaces.lowercased()
        if fields["content-disposition"]?.lowercased().hasPrefix("attachment") == true { return nil }
        if mediaType.hasPrefix("multipart/") {
            guard let boundary = parameter("boundary", in: type) else { return nil }
            let parts = split(body, boundary: boundary).map(part)
            return parts.lazy.compactMap { $0.fields["content-type"]?.lowercased().contains("text/html") == true ? nil : plainText($0.fields, $0.body) }.first
                ?? parts.lazy.compactMap { plainText($0.fields, $0.body) }.first
        }
        guard mediaType == "text/plain" || mediaType == "text/html" else { return nil }
        let decoded: Data
        switch fields["content-transfer-encoding"]?.lowercased() {
        case "quoted-printable": decoded = quotedPrintable(body)
        case "base64": decoded = Data(base64Encoded: String(decoding: body, as: UTF8.self).filter { !$0.isWhitespace }) ?? body
        default: decoded = body
        }
        if mediaType == "text/html" { return HTMLDocument.markdown(decoded) }
        return string(decoded, charset: parameter("charset", in: type))
    }

    /// The parts of a multipart body between its boundary lines.
    private static func split(_ body: Data, boundary: String) -> [Data] {
        let text = String(decoding: body, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        var parts: [Data] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("--" + boundary) {
                if let lines = current { parts.append(Data(lines.joined(separator: "\n").utf8)) }
                current = line.hasPrefix("--" + boundary + "--") ? nil : []
            } else {
                current?.append(line)
            }
        }
        return parts
    }

    /// A parameter of a header field's value (`boundary="_000_"`, `charset=utf-8`).
    private static func parameter(_ name: String, in value: String) -> String? {
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces.lowercased() == name else { continue }
            return String(pair[1].trimmingSpaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    /// Quoted-printable bytes decoded: "=C3=B8" is "ø", "=" at a line's end joins it with the next.
    private static func quotedPrintable(_ body: Data) -> Data {
        let bytes = [UInt8](body)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "=") {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 2; continue }
                if i + 2 < bytes.count, bytes[i + 1] == 0x0D, bytes[i + 2] == 0x0A { i += 3; continue }
                if i + 2 < bytes.count, let value = UInt8(String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                    out.append(value)
                    i += 3
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return Data(out)
    }

    /// Bytes in a charset: UTF-8 (the default), ISO-8859-1, Windows-1252 or ASCII; invalid UTF-8 becomes U+FFFD.
    private static func string(_ data: Data, charset: String?) -> String {
        switch charset?.lowercased() {
        case "iso-8859-1", "latin1", "iso-8859-15": return String(data: data, encoding: .isoLatin1) ?? String(decoding: data, as: UTF8.self)
        case "windows-1252", "cp1252": return String(data: data, encoding: .windowsCP1252) ?? String(decoding: data, as: UTF8.self)
        default: return String(decoding: data, as: UTF8.self)
        }
    }

    // MARK: - Header fields

    private static func isField(_ line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex else { return false }
        return line[..<colon].allSatisfy { $0.isASCII && $0 != " " && !$0.isWhitespace }
    }

    /// A header value with its encoded words (RFC 2047: `=?utf-8?Q?Sp=C3=B8rsm=C3=A5l?=`, `=?UTF-8?B?...?=`) decoded;
    /// the space between two encoded words is theirs.
    static func decodedWords(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var out = ""
        var rest = Substring(value)
        var afterWord = false
        while let start = rest.range(of: "=?") {
            let pieces = rest[start.upperBound...].split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
            guard pieces.count == 4, pieces[3].hasPrefix("="), let decoded = encodedWord(String(pieces[0]), String(pieces[1]), String(pieces[2]))
            else { break }
            let between = rest[..<start.lowerBound]
            if !(afterWord && between.allSatisfy(\.isWhitespace)) { out += between }
            out += decoded
            rest = pieces[3].dropFirst()
            afterWord = true
        }
        return out + rest
    }

    private static func encodedWord(_ charset: String, _ encoding: String, _ text: String) -> String? {
        let data: Data?
        switch encoding.uppercased() {
        case "Q": data = quotedPrintable(Data(text.replacingOccurrences(of: "_", with: " ").utf8))
        case "B": data = Data(base64Encoded: text)
        default: data = nil
        }
        return data.map { string($0, charset: charset) }
    }

    /// "Thu, 20 Mar 2025 13:37:12 +0000" as the Norwegian time a mail program in Norwegian shows: "20. mars 2025 14:37".
    static func norwegianTime(_ value: String) -> String? {
        let words = value.split(separator: " ").filter { !$0.hasSuffix(",") }
        guard words.count >= 4, let day = Int(words[0]), let month = PadletDates.englishMonths.firstIndex(of: words[1].prefix(3).lowercased()),
              let year = Int(words[2]) else { return nil }
        let time = words[3].split(separator: ":").compactMap { Int($0) }
        guard time.count >= 2, let utc = ISODate.make(year: year, month: month + 1, day: day, hour: time[0], minute: time[1]) else { return nil }
        // The zone: "+0100", "-0500"; "GMT" or none is UTC.
        var offset = 0
        if words.count >= 5, let zone = Int(words[4].filter { $0.isNumber || $0 == "-" || $0 == "+" }), words[4].count == 5 {
            offset = (zone / 100) * 3600 + (zone % 100) * 60
        }
        return PadletDates.written(ISODate.norwegianTime(fromUTC: utc.addingTimeInterval(TimeInterval(-offset))))
    }
}
