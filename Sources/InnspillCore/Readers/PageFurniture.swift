import Foundation

/// What a PDF prints on every page around the content: page numbers ("1/3", "- 4 -",
/// "Side 2 av 5", "Page 3 of 7", "Slide 3 of 5", "Lysbilde 4"). Such a line is never a post's or a
/// slide's text: the text reader drops it, and the slide reader takes it for a page break.
///
/// ```swift
/// PageFurniture.isPageNumber("Side 2 av 5")  // true
/// PageFurniture.isPageNumber("2 lærere")     // false
/// ```
enum PageFurniture {
    static func isPageNumber(_ line: Substring) -> Bool {
        let t = line.trimmingSpaces
        // Cheap first test: short, and holding a digit. (Matched by hand: a regular expression compiled for
        // every short line of an export was a tenth of its reading.)
        guard !t.isEmpty, t.utf8.count <= 24, t.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let tokens = tokens(of: t)
        // A number alone is not taken: on a slide it labels a diagram ("1 2", "34").
        switch tokens.count {
        case 2: return pageWords.contains(tokens[0]) && isNumber(tokens[1])
        case 3: return isNumber(tokens[0]) && tokens[1] == "/" && isNumber(tokens[2]) || tokens[0] == "-" && isNumber(tokens[1]) && tokens[2] == "-"
        case 4: return pageWords.contains(tokens[0]) && isNumber(tokens[1]) && ["/", "av", "of"].contains(tokens[2]) && isNumber(tokens[3])
        default: return false
        }
    }

    /// Whether the line says which slide it is ("Slide 3 of 5", "Lysbilde 4"), as decks exported
    /// without page breaks print at each slide's top or foot.
    static func isSlideNumber(_ line: Substring) -> Bool {
        let t = line.trimmingSpaces
        return (PadletLines.lowercasedHasPrefix(t, "slide") || PadletLines.lowercasedHasPrefix(t, "lysbilde")) && isPageNumber(t)
    }

    private static let pageWords: Set<String> = ["side", "page", "slide", "lysbilde", "s."]

    /// The line's words in lower case, with "/" and "-" standing alone.
    private static func tokens(of text: Substring) -> [String] {
        text.lowercased().replacingOccurrences(of: "/", with: " / ").replacingOccurrences(of: "-", with: " - ")
            .split(separator: " ").map(String.init)
    }

    private static func isNumber(_ token: String) -> Bool { (1...3).contains(token.count) && token.allSatisfy(\.isASCIIDigit) }

    /// A map board's attribution under the map: "Kartdata ©2024 Google", "Map data ©2024 Google".
    static func isMapAttribution(_ line: Substring) -> Bool {
        let t = line.trimmingSpaces
        return t.utf8.count <= 60 && (t.utf8.starts(with: "Kartdata".utf8) || t.utf8.starts(with: "Map data".utf8)) && t.contains("©")
    }

    /// A browser's print header: the date and time alone ("09.11.2022, 14:32", "11/9/22, 2:32 PM"), or the
    /// page's title ending in "| Padlet"; and Padlet's logo line ("Made with Padlet").
    static func isPrintHeader(_ line: Substring) -> Bool {
        let t = line.trimmingSpaces
        guard !t.isEmpty, t.utf8.count <= 120 else { return false }
        if t.hasSuffix("| Padlet") || t.hasSuffix("- Padlet") { return true }
        // The logo's line at the foot of a board: "Made with Padlet", "Laget med Padlet".
        if t.utf8.count <= 20, ["made with padlet", "laget med padlet", "laga med padlet"].contains(t.lowercased()) { return true }
        guard t.utf8.count <= 24, t.first?.isASCIIDigit == true, t.utf8.contains(UInt8(ascii: ",")) else { return false }
        return t.range(of: #"^\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}[:.]\d{2}(\s*[AaPp][Mm])?$"#, options: .regularExpression) != nil
    }

    /// A page's footer or header that is the board's title with the page's number after a wide gap, possibly after
    /// "Padlet –": "Padlet – Dialogsamling Gudbrandsdalen          2", "Dialogsamling Gudbrandsdalen    3".
    ///
    /// ```swift
    /// PageFurniture.isTitleWithPageNumber("Padlet – Dialogsamling Otta      2", title: "Dialogsamling Otta")   // true
    /// PageFurniture.isTitleWithPageNumber("Dialogsamling Otta 2", title: "Dialogsamling Otta")                 // false
    /// ```
    static func isTitleWithPageNumber(_ line: Substring, title: String) -> Bool {
        var t = line.trimmingSpaces
        guard !title.isEmpty, t.utf8.count > title.utf8.count, t.utf8.count <= title.utf8.count + 120,
              let last = t.last, last.isASCIIDigit else { return false }
        let digits = t.reversed().prefix(while: \.isASCIIDigit).count
        guard digits <= 3 else { return false }
        t = t.dropLast(digits)
        // The number stands apart, as a page's foot sets it: two spaces or more before it.
        guard t.hasSuffix("  ") else { return false }
        t = t.trimmingSpaces
        for prefix in ["Padlet – ", "Padlet - ", "Padlet — "] where t.hasPrefix(prefix) { t = t.dropFirst(prefix.count) }
        return t == title
    }

    /// A form tool's count of the answers over its page of results: "Antall svar: 5", "Tal på svar: 12", "Number of
    /// responses: 5", "Responses: 5", "5 svar", "12 responses", with what the tool adds after it ("· Sist oppdatert
    /// 18.09.2025 kl. 11:20").
    ///
    /// ```swift
    /// PageFurniture.isAnswerCount("Antall svar: 5 · Sist oppdatert 18.09.2025 kl. 11:20")  // true
    /// PageFurniture.isAnswerCount("Antall svar: for få fra de minste kommunene")             // false
    /// ```
    static func isAnswerCount(_ line: Substring) -> Bool {
        let t = line.trimmingSpaces
        guard t.utf8.count <= 80 else { return false }
        let lowered = t.lowercased()
        let count = lowered.prefix(while: { $0 != "·" && $0 != "|" && $0 != "(" }).trimmingCharacters(in: .whitespaces)
        for label in ["antall svar", "tal på svar", "number of responses", "responses", "antall besvarelser"] where count.hasPrefix(label + ":") {
            let rest = count.dropFirst(label.count + 1).trimmingCharacters(in: .whitespaces)
            return !rest.isEmpty && rest.allSatisfy(\.isASCIIDigit)
        }
        let words = count.split(separator: " ")
        return words.count == 2 && words[0].allSatisfy(\.isASCIIDigit) && ["svar", "responses", "besvarelser"].contains(words[1])
    }
}
