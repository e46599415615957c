import Foundation

/// What kind of export a decoded text is, told from its file name and its start. Only the start
/// is read: a file of one 50 MB line is sniffed from its first few hundred characters (issue 3).
extension CorpusLoader {
    /// The sniffer reads at most this many bytes from the start of the text...
    static let sniffBytes = 256 * 1024
    /// ...and of them at most this many lines...
    static let sniffLines = 2000
    /// ...and a line only up to this many bytes: header, author and board lines are far shorter, so a
    /// longer line is text, and its first bytes are all a header check needs.
    static let sniffLineLength = 500

    /// Guesses the format from the file name and the start of the content.
    ///
    /// ```swift
    /// CorpusLoader.sniff("Subject,Body,Attachment,Author,Created At,Updated At\n...", path: "board.txt")  // .csv
    /// CorpusLoader.sniff(String(repeating: "ord ", count: 12_000_000), path: "one-line.txt")         // .text, at once
    /// ```
    public static func sniff(_ text: String, path: String) -> LoadFormat {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        case "tsv", "tab": return .tsv
        case "csv": return .csv
        case "md", "markdown": return .text
        case "vtt", "sbv": return .transcript
        default: break
        }
        // A scalar cut at the end of the window becomes U+FFFD, which no check below looks for.
        let head = String(decoding: text.utf8.prefix(sniffBytes), as: UTF8.self)
        let start = head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if start.first == "[" { return .json }
        if start.first == "{" { return .jsonl }
        let lines = head.split(separator: "\n", maxSplits: sniffLines, omittingEmptySubsequences: false).prefix(sniffLines)
        let firstLine = String(decoding: (lines.first ?? "").utf8.prefix(sniffLineLength), as: UTF8.self)
        if firstLine.filter({ $0 == "\t" }).count >= 2 { return .tsv }
        if TranscriptReader.isTranscript(lines.lazy.map { $0.utf8.count <= sniffLineLength ? $0 : $0.prefix(0) }) { return .transcript }
        if EmailReader.isThread(Array(lines.prefix(400))) { return .email }
        if isPadletHeader(firstLine.split(separator: ",").map(String.init)) { return .csv }
        let short = lines.filter { $0.utf8.count <= sniffLineLength }
        let stamps = short.lazy.filter { PadletDates.stamp(SourceLine(number: 0, text: $0).trimmed) != nil }.prefix(2).count
        // (A Markdown heading with a date is a title, not a board's creator line.)
        // A date alone ("Drammen, 4. april 2024" on a deck's title slide) is not one: Padlet prints the creator's
        // name with a time ("TORKEL OCT 09, 2020 09:51AM") or with the date in figures ("Hege Posaas 4/30/2025"),
        // and a label is no name ("Dato: 6. februar 2024" heads a meeting summary).
        let boardHeader = lines.prefix(12).contains {
            guard $0.utf8.count <= sniffLineLength, !$0.hasPrefix("#"), let header = PadletDates.boardHeader($0) else { return false }
            return !header.creator.hasSuffix(":") && ($0.contains(":") || $0.contains("/"))
        }
        // (A date in a summary's first lines over a Markdown table, "Sist oppdatert 18.09.2025 kl. 11:20" on a form's page
        // of results, makes no board: Padlet prints no tables.)
        if stamps >= 2 || head.contains("padlet.com/") && head.contains("/wish/")
            || boardHeader && !short.contains(where: { MarkdownTable.isDelimiterRow($0.trimmingSpaces) }) { return .padlet }
        // Pages of prose (a report through pdftotext: a third of its lines or more run long) are text; a deck's are short.
        if SlideReader.pageBreakCount(head) >= 3 {
            let text = short.filter { !$0.allSatisfy(\.isWhitespace) }
            return text.count { $0.count >= 60 } * 10 >= text.count * 3 ? .text : .slides
        }
        // A programme: lines that start with the time of day ("09:30 Velkommen", "kl. 10.15 Pause").
        if short.lazy.filter({ SlideReader.isTimeLine($0) }).prefix(4).count >= 4 { return .slides }
        return .text
    }

    static func isPadletHeader(_ cells: [String]) -> Bool {
        let lowered = Set(cells.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"\u{FEFF}\r")).lowercased() })
        let hasBody = !lowered.isDisjoint(with: ["body", "tekst", "innhold"])
        let hasCreated = lowered.contains { $0.hasPrefix("created at") || $0.hasPrefix("opprettet") || $0.hasPrefix("publisert") }
        return hasBody && hasCreated
    }
}

