/// Text widths for the SVG font stack, from the advance widths of DejaVu Sans
/// (the first font of the stack, installed with librsvg on Debian, and among
/// the widest sans-serif fonts, so labels measured with it also fit when a
/// viewer falls back to Verdana, Arial or Helvetica).
///
/// ```swift
/// FontMetrics.width("Bodø", size: 18)             // points on the canvas
/// FontMetrics.shorten("Nasjonalt dialogseminar", toFit: 120, size: 18)
/// FontMetrics.wrap("Et langt tema om kulturskolen", width: 200, size: 18, maxLines: 2)
/// ```
public enum FontMetrics {
    /// The `font-family` written into every SVG.
    public static let fontStack = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', Arial, Helvetica, sans-serif"
    /// Height above the baseline and below it, as fractions of the font size (DejaVu Sans hhea).
    public static let ascent = 0.928
    public static let descent = 0.236
    /// Line height used for wrapped labels, as a multiple of the font size.
    public static let lineHeight = 1.2

    /// Advance width of `text` at `size` (in canvas units).
    public static func width(_ text: some StringProtocol, size: Double, bold: Bool = false) -> Double {
        let table = bold ? boldAdvances : regularAdvances
        var units = 0
        for scalar in text.unicodeScalars { units += advance(scalar, table: table, bold: bold) }
        return Double(units) * size / 2048
    }

    private static func advance(_ scalar: Unicode.Scalar, table: [UInt32: UInt16], bold: Bool) -> Int {
        if let a = table[scalar.value] { return Int(a) }
        switch DisplayWidth.of(scalar) {
        case 0: return 0
        case 2: return 2048
        default: return bold ? 1450 : 1300   // an average Latin letter in an unknown script
        }
    }

    /// `text` cut to fit `width`, ending in "…" when cut (at a word boundary when one is near).
    public static func shorten(_ text: String, toFit maxWidth: Double, size: Double, bold: Bool = false) -> String {
        if width(text, size: size, bold: bold) <= maxWidth { return text }
        let ellipsis = width("…", size: size, bold: bold)
        guard maxWidth >= ellipsis else { return "" }
        var out = ""
        var used = 0.0
        for character in text {
            let w = width(String(character), size: size, bold: bold)
            if used + w > maxWidth - ellipsis { break }
            out.append(character)
            used += w
        }
        // Prefer a cut at a space when it keeps most of the text.
        if let space = out.lastIndex(of: " "), out.distance(from: out.startIndex, to: space) >= out.count * 2 / 3 {
            out = String(out[..<space])
        }
        while out.last == " " || out.last == "," || out.last == "-" { out.removeLast() }
        return out + "…"
    }

    /// `text` broken into at most `maxLines` lines that each fit `width`; the last line is shortened when
    /// the text does not fit. Words longer than a line are cut.
    public static func wrap(_ text: String, width maxWidth: Double, size: Double, bold: Bool = false,
                            maxLines: Int) -> [String] {
        guard maxLines > 1 else { return [shorten(text, toFit: maxWidth, size: size, bold: bold)] }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var lines: [String] = []
        var current = ""
        var index = 0
        while index < words.count {
            let word = words[index]
            let candidate = current.isEmpty ? word : current + " " + word
            if width(candidate, size: size, bold: bold) <= maxWidth {
                current = candidate
                index += 1
                continue
            }
            if current.isEmpty {
                // A single word wider than the line: cut it.
                current = shorten(word, toFit: maxWidth, size: size, bold: bold)
                index += 1
            }
            lines.append(current)
            current = ""
            if lines.count == maxLines - 1 {
                let rest = words[index...].joined(separator: " ")
                if !rest.isEmpty { lines.append(shorten(rest, toFit: maxWidth, size: size, bold: bold)) }
                return lines
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}
