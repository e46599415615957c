import ChartKit

/// `bar`: one bar per category, sorted, with value labels; horizontal (the default, best for long
/// Norwegian labels) or vertical. Many categories become the top N and "og N til".
public struct BarChart: ChartPlugin {
    public static let id = "bar"
    public static let summary = "Bars per category, sorted, with value labels (horizontal or vertical)"
    public static let shapes: [ChartShape] = [.categoryCounts, .weightedTerms]
    public static let options: [ChartOptionInfo] = [
        ChartOptionInfo("orientation", default: "horizontal", values: ["horizontal", "vertical"],
                        help: "horizontal bars (long labels fit best) or vertical columns"),
        ChartOptionInfo("values", default: "on", values: ["on", "off"], help: "write the value at the end of each bar"),
    ]

    public init() {}

    /// The bars shown, the note for those the cut left out (nil when none were), and how many categories there are.
    func data(_ spec: ChartSpec, top: Int) throws -> (shown: [ChartData.Item], more: String?, categories: Int) {
        try require(spec)
        let items = try ChartData.items(spec)
        let (shown, hidden, hiddenSum) = ChartData.ranked(items, sort: spec.options.sort, top: top, last: spec.noValueLabel)
        guard hidden > 0 else { return (shown, nil, items.count) }
        let lang = spec.language
        let ranked = shown.filter { $0.label != spec.noValueLabel }
        let hiddenValues = Set(items.filter { item in item.label != spec.noValueLabel && !ranked.contains { $0.label == item.label } }.map(\.value))
        // Those left out all of one value: say it plainly ("og 34 til med 1 hver"), as a slide's audience reads it.
        if hiddenValues.count == 1, let value = hiddenValues.first {
            let each = NumberFormat.label(value, language: lang)
            switch lang {
            case .nb: return (shown, Words.more(hidden, lang) + " med \(each) hver", items.count)
            case .nn: return (shown, Words.more(hidden, lang) + " med \(each) kvar", items.count)
            case .en: return (shown, Words.more(hidden, lang) + " with \(each) each", items.count)
            }
        }
        var note = Words.more(hidden, lang) + " (\(Words.total(lang)) " + NumberFormat.label(hiddenSum, language: lang)
        // The cut among bars of equal length goes by order, not by rank: say how many left out equal the shortest shown.
        if let least = ranked.map(\.value).min() {
            let tied = items.filter { $0.value == least && $0.label != spec.noValueLabel }.count - ranked.filter { $0.value == least }.count
            if tied > 0 {
                let value = NumberFormat.label(least, language: lang)
                switch lang {
                case .nb: note += "; \(tied) av dem har også \(value)"
                case .nn: note += "; \(tied) av dei har òg \(value)"
                case .en: note += "; \(tied) of them also have \(value)"
                }
            }
        }
        return (shown, note + ")", items.count)
    }

    public func renderText(_ spec: ChartSpec, width: Int, color: Bool) throws -> String {
        let (shown, more, _) = try data(spec, top: spec.options.top ?? 25)
        var canvas = TextCanvas(width: width, color: color)
        canvas.header(spec, fallbackTitle: spec.columns.first ?? "")
        if shown.isEmpty {
            canvas.line(Words.noData(spec.language), dim: true)
        } else {
            let w = canvas.width
            let values = shown.map { NumberFormat.label($0.value, language: spec.language) }
            let valueWidth = values.map { DisplayWidth.of($0) }.max() ?? 1
            var labelWidth = min(shown.map { DisplayWidth.of($0.label) }.max() ?? 1, max(8, w * 2 / 5))
            var barWidth = w - labelWidth - valueWidth - 2
            if barWidth < 10 { labelWidth = max(4, labelWidth - (10 - barWidth)); barWidth = w - labelWidth - valueWidth - 2 }
            let accent = ThemeColors(spec.options.theme).accent
            let maxPos = max(0, shown.map(\.value).max() ?? 0), maxNeg = max(0, -(shown.map(\.value).min() ?? 0))
            // With negative values (keyness) the bars diverge from an axis: negative to the left, positive to the right.
            let negWidth = maxNeg > 0 ? max(1, Int((Double(barWidth - 1) * maxNeg / (maxNeg + maxPos)).rounded())) : 0
            let posWidth = maxNeg > 0 ? barWidth - 1 - negWidth : barWidth
            let unit = max(maxPos, maxNeg) > 0 ? Double(maxNeg > 0 ? negWidth : posWidth) / (maxNeg > 0 ? maxNeg : maxPos) : 0
            for (item, value) in zip(shown, values) {
                let label = DisplayWidth.pad(DisplayWidth.truncate(item.label, to: labelWidth), to: labelWidth)
                var spans = [TextSpan(label + " ")]
                if maxNeg > 0 {
                    let cells = item.value < 0 ? min(negWidth, Int((-item.value * unit).rounded())) : 0
                    spans.append(TextSpan(TextCanvas.spaces(negWidth - cells)))
                    spans.append(TextSpan(String(repeating: "█", count: cells), color: Palette.series(5)))
                    spans.append(TextSpan("│", dim: true))
                }
                let bar = item.value > 0 ? TextCanvas.bar(maxPos > 0 ? item.value / maxPos * Double(posWidth) / Double(max(1, posWidth)) : 0,
                                                          width: posWidth) : ""
                spans += [TextSpan(bar, color: accent),
                          TextSpan(TextCanvas.spaces(posWidth - DisplayWidth.of(bar)) + " "),
                          TextSpan(DisplayWidth.pad(value, to: valueWidth, alignRight: true))]
                canvas.line(spans)
            }
            if let more { canvas.line(more, dim: true) }
        }
        canvas.footer(spec)
        return canvas.render()
    }

    public func draw(_ spec: ChartSpec) throws -> SVGDocument {
        let vertical = spec.options.value("orientation", default: "horizontal") == "vertical"
        let showValues = spec.options.value("values", default: "on") != "off"
        let probe = ChartFrame(spec: spec, fallbackTitle: spec.columns.first ?? "", desc: "")
        let s = probe.scale
        let capacity = vertical
            ? max(1, Int(probe.plot.width / (34 * s)))
            : CategoryBands.capacity(length: probe.plot.height - 80 * s, minSize: 11 * s)
        let defaultTop = min(vertical ? 15 : 20, capacity)
        let (shown, more, categories) = try data(spec, top: min(spec.options.top ?? defaultTop, capacity))
        let lang = spec.language
        let desc: String
        if let largest = shown.max(by: { $0.value < $1.value }) {
            desc = (lang == .en ? "Bar chart of \(categories) categories. Largest: " : "Stolpediagram med \(categories) kategoriar. Størst: ")
                .replacingOccurrences(of: "kategoriar", with: lang == .nn ? "kategoriar" : "kategorier")
                + "\(largest.label) (\(NumberFormat.label(largest.value, language: lang)))."
        } else {
            desc = Words.noData(lang)
        }
        var frame = ChartFrame(spec: spec, fallbackTitle: spec.columns.first ?? "", desc: desc)
        guard !shown.isEmpty else {
            frame.doc.noData(in: frame.plot, size: frame.labelSize, language: lang)
            return frame.doc
        }
        if vertical {
            drawVertical(&frame, spec, shown, more, showValues)
        } else {
            drawHorizontal(&frame, spec, shown, more, showValues)
        }
        return frame.doc
    }

    private func domain(_ items: [ChartData.Item]) -> [Double] {
        let lo = min(0, items.map(\.value).min() ?? 0), hi = max(0, items.map(\.value).max() ?? 0)
        // Counts get whole-number ticks: no "0.5 groups" when every bar is small.
        let counts = items.allSatisfy { $0.value == $0.value.rounded() }
        return NiceTicks.ticks(low: lo, high: hi, count: 5, integer: counts)
    }

    private func drawHorizontal(_ frame: inout ChartFrame, _ spec: ChartSpec, _ shown: [ChartData.Item],
                                _ more: String?, _ showValues: Bool) {
        let s = frame.scale, plot = frame.plot, lang = spec.language
        let colors = frame.colors
        let tickSize = frame.smallSize
        let axisHeight = tickSize * 1.7
        let noteHeight = more != nil ? tickSize * 1.6 : 0
        let bandsLength = plot.height - axisHeight - noteHeight
        let ticks = domain(shown)
        let bands = CategoryBands.vertical(shown.map(\.label), length: bandsLength, maxWidth: plot.width * 0.36,
                                           baseSize: frame.labelSize, minSize: 11 * s)
        let size = bands.fontSize
        let values = shown.map { NumberFormat.label($0.value, language: lang) }
        let valueWidth = showValues ? (values.map { FontMetrics.width($0, size: size) }.max() ?? 0) + size * 0.5 : 0
        let barLeft = plot.x + bands.labelWidth + size * 0.7
        let barRight = plot.maxX - max(valueWidth, FontMetrics.width("0000", size: tickSize) / 2)
        let scale = LinearScale(low: ticks.first!, high: ticks.last!, start: barLeft, end: barRight)
        let barsBottom = plot.y + bandsLength
        frame.doc.valueAxisBottom(ticks: ticks, scale: scale, top: plot.y, bottom: barsBottom, size: tickSize, language: lang)
        let thickness = min(bands.band * 0.72, 60 * s)
        for (i, item) in shown.enumerated() {
            let center = plot.y + (Double(i) + 0.5) * bands.band
            let x0 = scale(0), x1 = scale(item.value)
            // Negative values (keyness against another corpus) in vermillion.
            frame.doc.rect(Box(x: min(x0, x1), y: center - thickness / 2, width: abs(x1 - x0), height: thickness),
                           fill: item.value < 0 ? Palette.series(5) : colors.accent, rx: min(3 * s, thickness / 4))
            frame.doc.labelLines(bands.lines[i], x: barLeft - size * 0.6, centerY: center, size: size,
                                 fill: colors.text, anchor: .end)
            if showValues {
                let left = item.value < 0
                let vx = left ? min(x1, x0) - size * 0.3 : max(x1, x0) + size * 0.3
                // A negative bar's label goes left of it unless that would hit the category labels.
                let fitsLeft = vx - FontMetrics.width(values[i], size: size) > barLeft
                frame.doc.labelLines([values[i]], x: left && fitsLeft ? vx : max(x1, x0) + size * 0.3, centerY: center,
                                     size: size, fill: colors.text, anchor: left && fitsLeft ? .end : .start)
            }
        }
        if let more {
            frame.doc.text(more, x: plot.x,
                           y: plot.maxY - FontMetrics.descent * tickSize, size: tickSize, fill: colors.muted,
                           italic: true)
        }
    }

    private func drawVertical(_ frame: inout ChartFrame, _ spec: ChartSpec, _ shown: [ChartData.Item],
                              _ more: String?, _ showValues: Bool) {
        let s = frame.scale, plot = frame.plot, lang = spec.language
        let colors = frame.colors
        let tickSize = frame.smallSize
        let ticks = domain(shown)
        let axisWidth = SVGDocument.tickLabelWidth(ticks, size: tickSize, language: lang) + tickSize * 0.8
        let left = plot.x + axisWidth
        let noteHeight = more != nil ? tickSize * 1.8 : 0
        let bands = CategoryBands.horizontal(shown.map(\.label), length: plot.maxX - left, baseSize: frame.labelSize,
                                             minSize: 11 * s)
        let size = bands.fontSize
        let values = shown.map { NumberFormat.label($0.value, language: lang) }
        let valuesFit = showValues && (values.map { FontMetrics.width($0, size: size) }.max() ?? 0) < bands.band * 0.95
        let labelsTop = plot.maxY - noteHeight - bands.maxLinesHeight - size * 0.4
        let valueRoom = valuesFit ? size * 1.5 : size * 0.5
        let scale = LinearScale(low: ticks.first!, high: ticks.last!, start: labelsTop - size * 0.3, end: plot.y + valueRoom)
        frame.doc.valueAxisLeft(ticks: ticks, scale: scale, left: left, right: plot.maxX, size: tickSize, language: lang)
        let thickness = min(bands.band * 0.72, 90 * s)
        for (i, item) in shown.enumerated() {
            let center = left + (Double(i) + 0.5) * bands.band
            let y0 = scale(0), y1 = scale(item.value)
            frame.doc.rect(Box(x: center - thickness / 2, y: min(y0, y1), width: thickness, height: abs(y1 - y0)),
                           fill: item.value < 0 ? Palette.series(5) : colors.accent, rx: min(3 * s, thickness / 4))
            for (k, line) in bands.lines[i].enumerated() {
                frame.doc.text(line, x: center, y: labelsTop + FontMetrics.ascent * size + Double(k) * size * FontMetrics.lineHeight,
                               size: size, fill: colors.text, anchor: .middle)
            }
            if valuesFit {
                let y = item.value < 0 ? max(y0, y1) + size * 1.1 : min(y0, y1) - size * 0.35
                frame.doc.text(values[i], x: center, y: y, size: size, fill: colors.text, anchor: .middle)
            }
        }
        if let more {
            frame.doc.text(more, x: plot.maxX, y: plot.maxY - FontMetrics.descent * tickSize,
                           size: tickSize, fill: colors.muted, anchor: .end, italic: true)
        }
    }
}
