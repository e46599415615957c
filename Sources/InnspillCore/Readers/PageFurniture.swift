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
        // Cheap first test: short, and holding a digit.
        guard !t.isEmpty, t.utf8.count <= 24, t.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        // A number alone is not taken: on a slide it labels a diagram ("1 2", "34").
        return t.range(of: #"^(?i)((side|page|slide|lysbilde|s\.)\s*\d{1,3}(\s*(/|av|of)\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}|-\s*\d{1,3}\s*-)$"#,
                       options: .regularExpression) != nil
    }

    /// A browser's print header: the date and time alone ("09.11.2022, 14:32", "11/9/22, 2:32 PM"), or the
    /// page's title ending in "| Padlet".
    static func isPrintHeader(_ line: Substring) -> Bool {
        let t = line.trimmingSpaces
        guard !t.isEmpty, t.utf8.count <= 120 else { return false }
        if t.hasSuffix("| Padlet") || t.hasSuffix("- Padlet") { return true }
        guard t.utf8.count <= 24, t.first?.isASCIIDigit == true else { return false }
        return t.range(of: #"^\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}[:.]\d{2}(\s*[AaPp][Mm])?$"#, options: .regularExpression) != nil
    }

    /// Whether the line says which slide it is ("Slide 3 of 5", "Lysbilde 4"), as decks exported
    /// without page breaks print at each slide's top or foot.
    static func isSlideNumber(_ line: Substring) -> Bool {
        let t = line.trimmingSpaces
        guard t.utf8.count <= 24, let first = t.first, first == "S" || first == "s" || first == "L" || first == "l" else { return false }
        return t.range(of: #"^(?i)(slide|lysbilde)\s*\d{1,3}(\s*(/|av|of)\s*\d{1,3})?$"#, options: .regularExpression) != nil
    }
}
