/// A run of text on a terminal line, optionally coloured.
public struct TextSpan: Sendable, Equatable {
    public var text: String
    public var color: RGB?
    public var background: RGB?
    public var bold: Bool
    public var dim: Bool

    public init(_ text: String, color: RGB? = nil, background: RGB? = nil, bold: Bool = false, dim: Bool = false) {
        self.text = text
        self.color = color
        self.background = background
        self.bold = bold
        self.dim = dim
    }
}

/// Lines of terminal text that never exceed a width (measured with `DisplayWidth`) and carry
/// ANSI colour only when asked. Holds the block-character helpers the text charts share.
///
/// ```swift
/// var canvas = TextCanvas(width: 80, color: false)
/// canvas.line([TextSpan("Bodø "), TextSpan(TextCanvas.bar(0.42, width: 30))])
/// print(canvas.render())
/// ```
public struct TextCanvas: Sendable {
    public let width: Int
    public let color: Bool
    public private(set) var lines: [[TextSpan]] = []

    public init(width: Int, color: Bool) {
        self.width = max(20, width)
        self.color = color
    }

    public mutating func line(_ spans: [TextSpan]) { lines.append(spans) }
    public mutating func line(_ text: String = "", dim: Bool = false) { lines.append([TextSpan(text, dim: dim)]) }

    /// Text wrapped to the width at spaces (a note under a chart).
    public mutating func paragraph(_ text: String, dim: Bool = true) {
        for l in Self.wrap(text, width: width) { line(l, dim: dim) }
    }

    /// Title (bold, wrapped), subtitle (dim) and a blank line.
    public mutating func header(_ spec: ChartSpec, fallbackTitle: String) {
        let title = spec.title.isEmpty ? fallbackTitle : spec.title
        for l in Self.wrap(title, width: width) { line([TextSpan(l, bold: true)]) }
        if !spec.subtitle.isEmpty {
            for l in Self.wrap(spec.subtitle, width: width) { line([TextSpan(l, dim: true)]) }
        }
        line()
    }

    /// A blank line and the source line (dim), when there is one.
    public mutating func footer(_ spec: ChartSpec) {
        guard !spec.source.isEmpty else { return }
        line()
        for l in Self.wrap(spec.source, width: width) { line([TextSpan(l, dim: true)]) }
    }

    /// The lines joined with newlines (and a final newline), each cut to the width.
    public func render() -> String {
        var out = ""
        for spans in lines {
            var used = 0
            var text = ""
            for span in spans {
                guard used < width else { break }
                var piece = span.text
                let w = DisplayWidth.of(piece)
                if used + w > width {
                    piece = DisplayWidth.truncate(piece, to: width - used)
                }
                used += DisplayWidth.of(piece)
                if color, span.color != nil || span.background != nil || span.bold || span.dim {
                    var codes = ""
                    if span.bold { codes += "\u{1B}[1m" }
                    if span.dim { codes += "\u{1B}[2m" }
                    if let c = span.color { codes += c.ansi() }
                    if let b = span.background { codes += b.ansi(background: true) }
                    text += codes + piece + "\u{1B}[0m"
                } else {
                    text += piece
                }
            }
            while text.hasSuffix(" ") { text.removeLast() }
            out += text + "\n"
        }
        return out
    }

    /// Words of `text` broken into lines of at most `width` cells. A word wider than a line is cut
    /// with "…", or kept whole on a line of its own with `keepingLongWords` (help and unit texts,
    /// where nothing may be lost; a chart's lines must fit).
    ///
    /// ```swift
    /// TextCanvas.wrap("Økonomi og lokaler", width: 10)   // ["Økonomi og", "lokaler"]
    /// ```
    public static func wrap(_ text: some StringProtocol, width: Int, keepingLongWords: Bool = false) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let w = String(word)
            let candidate = current.isEmpty ? w : current + " " + w
            if DisplayWidth.of(candidate) <= width {
                current = candidate
            } else {
                if !current.isEmpty { lines.append(current) }
                current = DisplayWidth.of(w) > width && !keepingLongWords ? DisplayWidth.truncate(w, to: width) : w
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// `n` spaces (none when `n` is negative).
    public static func spaces(_ n: Int) -> String { String(repeating: " ", count: max(0, n)) }

    /// A horizontal bar of `fraction` (0...1) of `width` cells, in eighth steps.
    public static func bar(_ fraction: Double, width: Int) -> String {
        let eighths = Int((max(0, min(1, fraction.isFinite ? fraction : 0)) * Double(width) * 8).rounded())
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
    }

    /// A shade for `t` in 0...1: space, ░, ▒, ▓, █.
    public static func shade(_ t: Double) -> String {
        let shades = [" ", "░", "▒", "▓", "█"]
        guard t > 0, t.isFinite else { return shades[0] }
        return shades[min(4, 1 + Int((t * 4).rounded(.down)))]
    }

    /// One block character per value, scaled to the maximum (`▁▂▃▄▅▆▇█`, a space for zero).
    public static func sparkline(_ values: [Double], max top: Double? = nil) -> String {
        let blocks = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let m = top ?? (values.max() ?? 0)
        return values.map { v in
            guard m > 0, v > 0 else { return " " }
            return blocks[max(0, min(7, Int((v / m * 8).rounded(.up)) - 1))]
        }.joined()
    }
}
