import Foundation

/// A rectangle on the canvas (y grows downwards).
public struct Box: Sendable, Equatable {
    public var x: Double, y: Double, width: Double, height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    /// Whether the two boxes share more than `tolerance` in both directions.
    public func overlaps(_ other: Box, tolerance: Double = 0.5) -> Bool {
        min(maxX, other.maxX) - max(x, other.x) > tolerance && min(maxY, other.maxY) - max(y, other.y) > tolerance
    }

    /// Whether `other` lies inside this box (within `tolerance`).
    public func contains(_ other: Box, tolerance: Double = 0.5) -> Bool {
        other.x >= x - tolerance && other.y >= y - tolerance && other.maxX <= maxX + tolerance
            && other.maxY <= maxY + tolerance
    }

    public func inset(_ d: Double) -> Box { Box(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d) }
}

/// A piece of text placed on the canvas, with the box it covers by the font metrics.
public struct TextBox: Sendable, Equatable {
    public var text: String
    public var box: Box
}

/// Where text is anchored at its x coordinate.
public enum TextAnchor: String, Sendable {
    case start, middle, end
}

/// Writes an SVG document and records every text box it places, so tests can check that nothing
/// overlaps or runs off the canvas. All text and attribute values are escaped.
public struct SVGDocument: Sendable {
    public let width: Double
    public let height: Double
    public let colors: ThemeColors
    public private(set) var body: [String] = []
    public private(set) var textBoxes: [TextBox] = []
    public var title: String = ""
    public var desc: String = ""

    public init(size: ChartSize, theme: ChartTheme) {
        width = Double(size.width)
        height = Double(size.height)
        colors = ThemeColors(theme)
    }

    /// Escapes text for an XML text node or attribute, dropping characters XML 1.0 forbids.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out += " "
            default:
                let v = scalar.value
                if v < 0x20 || v == 0x7F || v == 0xFFFE || v == 0xFFFF || (0x80..<0xA0).contains(v) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func c(_ d: Double) -> String { NumberFormat.coord(d) }

    /// Appends raw markup (already escaped); for shapes built with the helpers below.
    public mutating func raw(_ markup: String) { body.append(markup) }

    public mutating func rect(_ b: Box, fill: RGB, rx: Double = 0, stroke: RGB? = nil, strokeWidth: Double = 1,
                              opacity: Double? = nil) {
        var s = "<rect x=\"\(Self.c(b.x))\" y=\"\(Self.c(b.y))\" width=\"\(Self.c(max(0, b.width)))\" height=\"\(Self.c(max(0, b.height)))\""
        if rx > 0 { s += " rx=\"\(Self.c(rx))\"" }
        s += " fill=\"\(fill)\""
        if let opacity { s += " fill-opacity=\"\(String(format: "%.2f", opacity))\"" }
        if let stroke { s += " stroke=\"\(stroke)\" stroke-width=\"\(Self.c(strokeWidth))\"" }
        body.append(s + "/>")
    }

    public mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: RGB,
                              width: Double = 1, dash: String? = nil, opacity: Double? = nil) {
        var s = "<line x1=\"\(Self.c(x1))\" y1=\"\(Self.c(y1))\" x2=\"\(Self.c(x2))\" y2=\"\(Self.c(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.c(width))\""
        if let dash { s += " stroke-dasharray=\"\(dash)\"" }
        if let opacity { s += " stroke-opacity=\"\(String(format: "%.2f", opacity))\"" }
        body.append(s + "/>")
    }

    public mutating func polyline(_ points: [(Double, Double)], stroke: RGB, width: Double = 2) {
        let p = points.map { "\(Self.c($0.0)),\(Self.c($0.1))" }.joined(separator: " ")
        body.append("<polyline points=\"\(p)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(Self.c(width))\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>")
    }

    public mutating func polygon(_ points: [(Double, Double)], fill: RGB, opacity: Double) {
        let p = points.map { "\(Self.c($0.0)),\(Self.c($0.1))" }.joined(separator: " ")
        body.append("<polygon points=\"\(p)\" fill=\"\(fill)\" fill-opacity=\"\(String(format: "%.2f", opacity))\"/>")
    }

    public mutating func path(_ d: String, stroke: RGB, width: Double = 1.5) {
        body.append("<path d=\"\(d)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(Self.c(width))\"/>")
    }

    public mutating func circle(_ x: Double, _ y: Double, r: Double, fill: RGB, stroke: RGB? = nil) {
        var s = "<circle cx=\"\(Self.c(x))\" cy=\"\(Self.c(y))\" r=\"\(Self.c(r))\" fill=\"\(fill)\""
        if let stroke { s += " stroke=\"\(stroke)\" stroke-width=\"1.5\"" }
        body.append(s + "/>")
    }

    /// The box `text` covers when drawn with its baseline at `y`.
    public static func box(_ text: String, x: Double, y: Double, size: Double, bold: Bool = false,
                           anchor: TextAnchor = .start) -> Box {
        let w = FontMetrics.width(text, size: size, bold: bold)
        let left: Double
        switch anchor {
        case .start: left = x
        case .middle: left = x - w / 2
        case .end: left = x - w
        }
        return Box(x: left, y: y - FontMetrics.ascent * size, width: w, height: (FontMetrics.ascent + FontMetrics.descent) * size)
    }

    /// Places one line of text with its baseline at `y`, records its box, and returns the box.
    @discardableResult
    public mutating func text(_ text: String, x: Double, y: Double, size: Double, fill: RGB, bold: Bool = false,
                              anchor: TextAnchor = .start, italic: Bool = false) -> Box {
        let b = Self.box(text, x: x, y: y, size: size, bold: bold, anchor: anchor)
        guard !text.isEmpty else { return b }
        var s = "<text x=\"\(Self.c(x))\" y=\"\(Self.c(y))\" font-size=\"\(Self.c(size))\" fill=\"\(fill)\""
        if bold { s += " font-weight=\"bold\"" }
        if italic { s += " font-style=\"italic\"" }
        if anchor != .start { s += " text-anchor=\"\(anchor.rawValue)\"" }
        s += ">\(Self.escape(text))</text>"
        body.append(s)
        textBoxes.append(TextBox(text: text, box: b))
        return b
    }

    /// Places text reading upwards (rotated -90°) with its baseline start at (`x`, `y`); the text ends above `y`.
    /// Records and returns the box it covers.
    @discardableResult
    public mutating func verticalText(_ text: String, x: Double, y: Double, size: Double, fill: RGB,
                                      bold: Bool = false) -> Box {
        let w = FontMetrics.width(text, size: size, bold: bold)
        let b = Box(x: x - FontMetrics.ascent * size, y: y - w, width: (FontMetrics.ascent + FontMetrics.descent) * size, height: w)
        guard !text.isEmpty else { return b }
        var s = "<text x=\"\(Self.c(x))\" y=\"\(Self.c(y))\" font-size=\"\(Self.c(size))\" fill=\"\(fill)\""
        if bold { s += " font-weight=\"bold\"" }
        s += " transform=\"rotate(-90 \(Self.c(x)) \(Self.c(y)))\">\(Self.escape(text))</text>"
        body.append(s)
        textBoxes.append(TextBox(text: text, box: b))
        return b
    }

    /// Pairs of text boxes that overlap (empty for a good layout).
    public var overlappingText: [(TextBox, TextBox)] {
        var out: [(TextBox, TextBox)] = []
        for i in textBoxes.indices {
            for j in textBoxes.indices where j > i && textBoxes[i].box.overlaps(textBoxes[j].box) {
                out.append((textBoxes[i], textBoxes[j]))
            }
        }
        return out
    }

    /// Text boxes that run off the canvas.
    public var textOffCanvas: [TextBox] {
        let canvas = Box(x: 0, y: 0, width: width, height: height)
        return textBoxes.filter { !canvas.contains($0.box) }
    }

    /// The whole document.
    public func render() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"\(FontMetrics.fontStack)\">\n"
        out += "<title id=\"chart-title\">\(Self.escape(title))</title>\n"
        out += "<desc id=\"chart-desc\">\(Self.escape(desc))</desc>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(Int(width))\" height=\"\(Int(height))\" fill=\"\(colors.background)\"/>\n"
        for element in body { out += element + "\n" }
        out += "</svg>\n"
        return out
    }
}
