/// A linear map from data values to canvas coordinates.
public struct LinearScale: Sendable {
    public var low: Double, high: Double
    public var start: Double, end: Double

    public init(low: Double, high: Double, start: Double, end: Double) {
        self.low = low; self.high = high; self.start = start; self.end = end
    }

    public func callAsFunction(_ v: Double) -> Double {
        high == low ? start : start + (v - low) / (high - low) * (end - start)
    }
}

/// Category labels laid out in bands along an axis: the font size, the band, and each label wrapped
/// or shortened by measured width.
public struct CategoryBands: Sendable {
    public var fontSize: Double
    public var band: Double
    /// Each label as one to three lines that fit `labelWidth`.
    public var lines: [[String]]
    /// The widest line, after wrapping.
    public var labelWidth: Double

    /// How many bands of at least `minSize` type fit into `length`.
    public static func capacity(length: Double, minSize: Double) -> Int {
        max(1, Int(length / (minSize * 1.3)))
    }

    /// Bands stacked vertically (labels left of horizontal bars): labels up to `maxWidth`, wrapped to two lines
    /// when the band is tall enough, else shortened; type from `baseSize` down to `minSize` as bands get thin.
    public static func vertical(_ labels: [String], length: Double, maxWidth: Double, baseSize: Double,
                                minSize: Double, bold: Bool = false) -> CategoryBands {
        let band = length / Double(max(1, labels.count))
        let size = max(minSize, min(baseSize, band / 1.3))
        let maxLines = band >= size * FontMetrics.lineHeight * 2 + size * 0.3 ? 2 : 1
        let lines = labels.map { FontMetrics.wrap($0, width: maxWidth, size: size, bold: bold, maxLines: maxLines) }
        let widest = lines.flatMap { $0 }.map { FontMetrics.width($0, size: size, bold: bold) }.max() ?? 0
        return CategoryBands(fontSize: size, band: band, lines: lines, labelWidth: widest)
    }

    /// Bands side by side (labels under vertical bars or columns): each label wrapped to up to `maxLines`
    /// lines of the band's width.
    public static func horizontal(_ labels: [String], length: Double, baseSize: Double, minSize: Double,
                                  maxLines: Int = 3, bold: Bool = false) -> CategoryBands {
        let band = length / Double(max(1, labels.count))
        let width = band - max(4, baseSize * 0.5)
        // Shrink the type until the longest word fits, within limits.
        var size = baseSize
        let longestWord = labels.flatMap { $0.split(separator: " ") }.map { FontMetrics.width($0, size: 1, bold: bold) }.max() ?? 0
        if longestWord > 0 { size = max(minSize, min(baseSize, width / longestWord)) }
        let lines = labels.map { FontMetrics.wrap($0, width: width, size: size, bold: bold, maxLines: maxLines) }
        let widest = lines.flatMap { $0 }.map { FontMetrics.width($0, size: size, bold: bold) }.max() ?? 0
        return CategoryBands(fontSize: size, band: band, lines: lines, labelWidth: widest)
    }

    /// Height the wrapped labels need when written under each other.
    public var maxLinesHeight: Double {
        Double(lines.map(\.count).max() ?? 1) * fontSize * FontMetrics.lineHeight
    }
}

extension SVGDocument {
    /// Writes a label of one or more lines centred vertically on `centerY`.
    public mutating func labelLines(_ lines: [String], x: Double, centerY: Double, size: Double, fill: RGB,
                                    anchor: TextAnchor, bold: Bool = false) {
        let lh = size * FontMetrics.lineHeight
        let total = Double(lines.count - 1) * lh
        let firstBaseline = centerY - total / 2 + (FontMetrics.ascent - FontMetrics.descent) / 2 * size
        for (i, line) in lines.enumerated() {
            text(line, x: x, y: firstBaseline + Double(i) * lh, size: size, fill: fill, bold: bold, anchor: anchor)
        }
    }

    /// Vertical grid lines and tick labels under them for a horizontal value axis.
    public mutating func valueAxisBottom(ticks: [Double], scale: LinearScale, top: Double, bottom: Double,
                                         size: Double, language: ChartLanguage, suffix: String = "") {
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        let decimals = NiceTicks.decimals(step: step)
        var lastRight = -Double.infinity
        for t in ticks {
            let x = scale(t)
            line(x, top, x, bottom, stroke: t == 0 ? colors.axis : colors.grid, width: t == 0 ? 1.5 : 1)
            let label = NumberFormat.label(t, language: language, decimals: decimals) + suffix
            let b = SVGDocument.box(label, x: x, y: bottom + size * 1.3, size: size, anchor: .middle)
            if b.x > lastRight + size * 0.5 {
                text(label, x: x, y: bottom + size * 1.3, size: size, fill: colors.muted, anchor: .middle)
                lastRight = b.maxX
            }
        }
    }

    /// Horizontal grid lines and tick labels left of them for a vertical value axis.
    public mutating func valueAxisLeft(ticks: [Double], scale: LinearScale, left: Double, right: Double,
                                       size: Double, language: ChartLanguage) {
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        let decimals = NiceTicks.decimals(step: step)
        var lastTop = Double.infinity
        for t in ticks {
            let y = scale(t)
            line(left, y, right, y, stroke: t == 0 ? colors.axis : colors.grid, width: t == 0 ? 1.5 : 1)
            let label = NumberFormat.label(t, language: language, decimals: decimals)
            let baseline = y + (FontMetrics.ascent - FontMetrics.descent) / 2 * size
            let b = SVGDocument.box(label, x: left - size * 0.5, y: baseline, size: size, anchor: .end)
            if b.maxY < lastTop - size * 0.2 {
                text(label, x: left - size * 0.5, y: baseline, size: size, fill: colors.muted, anchor: .end)
                lastTop = b.y
            }
        }
    }

    /// Width the tick labels of a vertical value axis need.
    public static func tickLabelWidth(_ ticks: [Double], size: Double, language: ChartLanguage) -> Double {
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        let decimals = NiceTicks.decimals(step: step)
        return ticks.map { FontMetrics.width(NumberFormat.label($0, language: language, decimals: decimals), size: size) }
            .max() ?? 0
    }

    /// A legend of coloured squares and labels flowing left to right in rows within `box`'s width,
    /// starting at its top. Returns the height used.
    @discardableResult
    public mutating func legend(_ entries: [(String, RGB)], x: Double, y: Double, width: Double, size: Double)
        -> Double {
        let sw = size * 0.9
        let gap = size * 1.2
        var cx = x
        var row = 0
        let lh = size * 1.5
        for (label, color) in entries {
            let text = FontMetrics.shorten(label, toFit: width - sw - size * 0.4, size: size)
            let w = sw + size * 0.4 + FontMetrics.width(text, size: size)
            if cx > x, cx + w > x + width { row += 1; cx = x }
            let top = y + Double(row) * lh
            rect(Box(x: cx, y: top + (lh - sw) / 2 - size * 0.1, width: sw, height: sw), fill: color, rx: 2)
            self.text(text, x: cx + sw + size * 0.4, y: top + (lh - sw) / 2 - size * 0.1 + sw * 0.85, size: size, fill: colors.text)
            cx += w + gap
        }
        return Double(row + 1) * lh
    }

    /// Height a legend would need (same flow as `legend`).
    public static func legendHeight(_ labels: [String], width: Double, size: Double) -> Double {
        let sw = size * 0.9, gap = size * 1.2
        var cx = 0.0, row = 0
        for label in labels {
            let text = FontMetrics.shorten(label, toFit: width - sw - size * 0.4, size: size)
            let w = sw + size * 0.4 + FontMetrics.width(text, size: size)
            if cx > 0, cx + w > width { row += 1; cx = 0 }
            cx += w + gap
        }
        return Double(row + 1) * size * 1.5
    }

    /// "Ingen data å vise" in the middle of the plot.
    public mutating func noData(in plot: Box, size: Double, language: ChartLanguage) {
        text(Words.noData(language), x: plot.x + plot.width / 2, y: plot.y + plot.height / 2, size: size,
             fill: colors.muted, anchor: .middle)
    }
}
