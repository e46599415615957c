import ChartKit

/// `stacked`: a crosstab as horizontal bars, one per row category, split (or grouped) by the column
/// category, with a legend. Column categories beyond seven are merged into "Andre".
public struct StackedChart: ChartPlugin {
    public static let id = "stacked"
    public static let summary = "Stacked, grouped or 100 % bars from a crosstab, with a legend"
    public static let shapes: [ChartShape] = [.crosstab]
    public static let options: [ChartOptionInfo] = [
        ChartOptionInfo("mode", default: "stacked", values: ["stacked", "grouped", "percent"],
                        help: "stacked segments, grouped bars side by side, or stacked to 100 % (side by side, each a share of the row's contributions, where one counts under several columns)"),
        ChartOptionInfo("values", default: "on", values: ["on", "off"], help: "write counts in segments and totals"),
    ]

    public init() {}

    static let maxSeries = 7
    static let fills = ["█", "▓", "▒", "░", "▞", "▚", "▤", "▥"]

    struct Prepared {
        var rows: [String]
        var series: [String]
        var values: [[Double]]
        var hidden: Int
        var hiddenSum: Double
        /// In percent mode where a unit counts under several columns (or under none that is drawn) and a row's counts do
        /// not add up to its units: each row's units, and `values` are percentages of them, drawn side by side ("of the
        /// 66 contributions of 2025, 17 % raise økonomi"). Nil otherwise.
        var units: [Double]? = nil
    }

    func prepare(_ spec: ChartSpec, defaultTop: Int, capacity: Int = .max) throws -> Prepared {
        try require(spec)
        let m = try ChartData.matrix(spec)
        // Series: keep the largest seven columns (by total), merge the rest into "Andre".
        var series = m.columns
        var values = m.values
        if series.count > Self.maxSeries + 1 {
            let totals = series.indices.map { c in values.reduce(0) { $0 + $1[c] } }
            let keep = series.indices.sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : $0 < $1 }
                .prefix(Self.maxSeries).sorted()
            let keepSet = Set(keep)
            series = keep.map { series[$0] } + [Words.other(spec.language)]
            values = values.map { row in
                keep.map { row[$0] } + [row.indices.filter { !keepSet.contains($0) }.reduce(0) { $0 + row[$1] }]
            }
        }
        let items = m.rows.enumerated().map { ChartData.Item("\($0.offset)", values[$0.offset].reduce(0, +)) }
        let top = min(spec.options.top ?? defaultTop, capacity)
        // Seminars stand in the order they were held (`categoryOrder`), as in other charts, unless a sort is asked for.
        let seminars = !spec.categoryOrder.isEmpty && m.rows.allSatisfy { spec.categoryOrder.contains($0) || $0 == spec.noValueLabel }
        let sort = spec.options.sort == .label || spec.options.sort == nil && seminars ? ChartSort.none : spec.options.sort
        let ranked = ChartData.ranked(items.map { ChartData.Item($0.label, $0.value) }, sort: sort, top: top)
        var order = ranked.shown.map { Int($0.label)! }
        if spec.options.sort == .label { order.sort { NorwegianOrder.less(m.rows[$0], m.rows[$1]) } }
        var prepared = Prepared(rows: order.map { m.rows[$0] }, series: series, values: order.map { values[$0] },
                                hidden: ranked.hidden, hiddenSum: ranked.hiddenSum)
        guard spec.options.value("mode", default: "stacked") == "percent", !spec.rowUnits.isEmpty else { return prepared }
        let units = prepared.rows.indices.map { spec.rowUnits[prepared.rows[$0]] ?? prepared.values[$0].reduce(0, +) }
        if zip(prepared.values, units).contains(where: { abs($0.reduce(0, +) - $1) > 0.5 }) {
            prepared.values = zip(prepared.values, units).map { row, n in row.map { n > 0 ? $0 / n * 100 : 0 } }
            prepared.units = units
        }
        return prepared
    }

    /// "2020 (n = 31)": a row named with how many units a share of it is of.
    static func withCount(_ row: String, _ n: Double, _ lang: ChartLanguage) -> String {
        "\(row) (n\u{00A0}=\u{00A0}\(NumberFormat.label(n, language: lang)))"
    }

    /// A bar's value as written: a count, or a percentage with its "%".
    static func valueLabel(_ v: Double, percent: Bool, _ lang: ChartLanguage) -> String {
        percent ? NumberFormat.label(v, language: lang, decimals: 0) + "\u{00A0}%" : NumberFormat.label(v, language: lang)
    }

    public func renderText(_ spec: ChartSpec, width: Int, color: Bool) throws -> String {
        let p = try prepare(spec, defaultTop: 20)
        let shares = p.units != nil
        let mode = shares ? "grouped" : spec.options.value("mode", default: "stacked")
        let lang = spec.language
        var canvas = TextCanvas(width: width, color: color)
        canvas.header(spec, fallbackTitle: spec.columns.prefix(2).joined(separator: " × "))
        guard !p.rows.isEmpty else {
            canvas.line(Words.noData(lang), dim: true)
            canvas.footer(spec)
            return canvas.render()
        }
        let w = canvas.width
        // Legend, wrapped to the width.
        var legend: [TextSpan] = []
        var used = 0
        for (i, name) in p.series.enumerated() {
            let mark = color ? "█" : Self.fills[i % Self.fills.count]
            let label = DisplayWidth.truncate(name, to: max(4, w - 4))
            let entry = 2 + DisplayWidth.of(label) + 2
            if used > 0, used + entry > w { canvas.line(legend); legend = []; used = 0 }
            legend.append(TextSpan(mark, color: Palette.series(i)))
            legend.append(TextSpan(" " + label + "  "))
            used += entry
        }
        canvas.line(legend)
        canvas.line()
        let totals = p.values.map { $0.reduce(0, +) }
        let totalLabels = totals.map { NumberFormat.label($0, language: lang) }
        let valueWidth = totalLabels.map { DisplayWidth.of($0) }.max() ?? 1
        var labelWidth = min(p.rows.map { DisplayWidth.of($0) }.max() ?? 1, max(8, w * 2 / 5))
        if mode == "grouped" {
            let valueWidth = p.values.flatMap { $0 }.map { DisplayWidth.of(Self.valueLabel($0, percent: shares, lang)) }.max() ?? 1
            let seriesWidth = p.series.map { DisplayWidth.of($0) }.max() ?? 1
            labelWidth = min(seriesWidth, max(6, w / 3))
            let barWidth = max(4, w - labelWidth - valueWidth - 4)
            let top = p.values.flatMap { $0 }.max() ?? 0
            for (r, row) in p.rows.enumerated() {
                let title = p.units.map { Self.withCount(row, $0[r], lang) } ?? row
                canvas.line([TextSpan(DisplayWidth.truncate(title, to: w), bold: true)])
                for (c, name) in p.series.enumerated() {
                    let v = p.values[r][c]
                    let bar = TextCanvas.bar(top > 0 ? v / top : 0, width: barWidth)
                    let label = DisplayWidth.pad(DisplayWidth.truncate(name, to: labelWidth), to: labelWidth)
                    canvas.line([TextSpan("  " + label + " "), TextSpan(color ? bar : bar.replacingOccurrences(of: "█", with: Self.fills[c % Self.fills.count]), color: Palette.series(c)),
                                 TextSpan(TextCanvas.spaces(barWidth - DisplayWidth.of(bar)) + " "),
                                 TextSpan(Self.valueLabel(v, percent: shares, lang))])
                }
            }
        } else {
            let percent = mode == "percent"
            var barWidth = w - labelWidth - valueWidth - 2
            if barWidth < 10 { labelWidth = max(4, labelWidth - (10 - barWidth)); barWidth = w - labelWidth - valueWidth - 2 }
            let top = totals.max() ?? 0
            for (r, row) in p.rows.enumerated() {
                var spans = [TextSpan(DisplayWidth.pad(DisplayWidth.truncate(row, to: labelWidth), to: labelWidth) + " ")]
                let scale = percent ? (totals[r] > 0 ? 1 / totals[r] : 0) : (top > 0 ? 1 / top : 0)
                var cum = 0.0, drawn = 0
                for (c, v) in p.values[r].enumerated() where v > 0 {
                    let end = Int(((cum + v) * scale * Double(barWidth)).rounded())
                    let cells = max(0, end - drawn)
                    if cells > 0 {
                        spans.append(TextSpan(String(repeating: color ? "█" : Self.fills[c % Self.fills.count], count: cells),
                                              color: Palette.series(c)))
                    }
                    drawn += cells
                    cum += v
                }
                spans.append(TextSpan(TextCanvas.spaces(max(0, barWidth - drawn)) + " "))
                spans.append(TextSpan(DisplayWidth.pad(totalLabels[r], to: valueWidth, alignRight: true)))
                canvas.line(spans)
            }
        }
        if p.hidden > 0 {
            canvas.line(Words.more(p.hidden, lang) + " (\(Words.total(lang)) " + NumberFormat.label(p.hiddenSum, language: lang) + ")", dim: true)
        }
        canvas.footer(spec)
        return canvas.render()
    }

    public func draw(_ spec: ChartSpec) throws -> SVGDocument {
        var mode = spec.options.value("mode", default: "stacked")
        let showValues = spec.options.value("values", default: "on") != "off"
        let lang = spec.language
        let probe = ChartFrame(spec: spec, fallbackTitle: "", desc: "")
        let s = probe.scale
        let perRow = mode == "grouped" ? 3.0 : 1.0
        let capacity = max(1, Int(Double(CategoryBands.capacity(length: probe.plot.height - 120 * s, minSize: 11 * s)) / perRow))
        let p = try prepare(spec, defaultTop: mode == "grouped" ? 8 : 15, capacity: capacity)
        // Shares of a row's units that add up to more than 100 % stand side by side.
        let shares = p.units != nil
        if shares { mode = "grouped" }
        let fallback = spec.columns.prefix(2).joined(separator: " × ")
        let desc = p.rows.isEmpty ? Words.noData(lang)
            : (lang == .en ? "\(mode.capitalized) bars: \(p.rows.count) rows by \(p.series.count) series (\(p.series.joined(separator: ", ")))."
                : "Stolpediagram (\(mode)): \(p.rows.count) rader fordelt på \(p.series.count) serier (\(p.series.joined(separator: ", "))).")
        var frame = ChartFrame(spec: spec, fallbackTitle: fallback, desc: desc)
        let plot = frame.plot, colors = frame.colors
        guard !p.rows.isEmpty else {
            frame.doc.noData(in: plot, size: frame.labelSize, language: lang)
            return frame.doc
        }
        let tickSize = frame.smallSize
        // Legend at the top of the plot.
        let legendSize = frame.labelSize * 0.95
        let entries = p.series.enumerated().map { ($0.element, Palette.series($0.offset)) }
        let legendHeight = frame.doc.legend(entries, x: plot.x, y: plot.y, width: plot.width, size: legendSize)
        let top = plot.y + legendHeight + 10 * s
        let axisHeight = tickSize * 1.7
        let noteHeight = p.hidden > 0 ? tickSize * 1.6 : 0
        let bandsLength = plot.maxY - top - axisHeight - noteHeight
        let totals = p.values.map { $0.reduce(0, +) }
        let percent = mode == "percent"
        let grouped = mode == "grouped"
        let maxValue = grouped ? (p.values.flatMap { $0 }.max() ?? 0) : percent ? 100 : (totals.max() ?? 0)
        let counts = !percent && !shares && p.values.allSatisfy { $0.allSatisfy { $0 == $0.rounded() } }
        let ticks = NiceTicks.ticks(low: 0, high: maxValue, count: 5, integer: counts)
        // Shares hide how many units each bar is made of: its label says so ("2020 (n = 31)").
        let rowLabels = percent ? zip(p.rows, totals).map { Self.withCount($0, $1, lang) }
            : p.units.map { zip(p.rows, $0).map { Self.withCount($0, $1, lang) } } ?? p.rows
        let bands = CategoryBands.vertical(rowLabels, length: bandsLength, maxWidth: plot.width * 0.3,
                                           baseSize: frame.labelSize, minSize: 11 * s)
        let size = bands.fontSize
        let totalLabels = totals.map { NumberFormat.label($0, language: lang) }
        let endLabels = grouped ? p.values.flatMap { $0 }.map { Self.valueLabel($0, percent: shares, lang) } : percent ? [] : totalLabels
        let valueSize = grouped ? min(size, bands.band / Double(p.series.count) * 0.8) : size
        let endWidth = showValues ? (endLabels.map { FontMetrics.width($0, size: valueSize) }.max() ?? 0) + valueSize * 0.5 : 0
        let barLeft = plot.x + bands.labelWidth + size * 0.7
        let barRight = plot.maxX - max(endWidth, FontMetrics.width("100 %", size: tickSize) / 2)
        let scale = LinearScale(low: 0, high: ticks.last!, start: barLeft, end: barRight)
        let barsBottom = top + bandsLength
        frame.doc.valueAxisBottom(ticks: ticks, scale: scale, top: top, bottom: barsBottom, size: tickSize, language: lang,
                                  suffix: percent || shares ? "\u{00A0}%" : "")
        for (r, row) in p.rows.enumerated() {
            let center = top + (Double(r) + 0.5) * bands.band
            frame.doc.labelLines(bands.lines[r], x: barLeft - size * 0.6, centerY: center, size: size,
                                 fill: colors.text, anchor: .end)
            _ = row
            if grouped {
                let k = Double(p.series.count)
                let thickness = min(bands.band * 0.8, 60 * s * k)
                let sub = thickness / k
                for (c, v) in p.values[r].enumerated() {
                    let y = center - thickness / 2 + Double(c) * sub
                    frame.doc.rect(Box(x: barLeft, y: y + sub * 0.06, width: scale(v) - barLeft, height: sub * 0.88),
                                   fill: Palette.series(c))
                    if showValues, valueSize >= 8 * s {
                        frame.doc.labelLines([Self.valueLabel(v, percent: shares, lang)], x: scale(v) + valueSize * 0.3,
                                             centerY: y + sub / 2, size: valueSize, fill: colors.text, anchor: .start)
                    }
                }
            } else {
                let thickness = min(bands.band * 0.72, 60 * s)
                let factor = percent ? (totals[r] > 0 ? 100 / totals[r] : 0) : 1
                var cum = 0.0
                for (c, v) in p.values[r].enumerated() where v > 0 {
                    let x0 = scale(cum * factor), x1 = scale((cum + v) * factor)
                    let fill = Palette.series(c)
                    frame.doc.rect(Box(x: x0, y: center - thickness / 2, width: x1 - x0, height: thickness), fill: fill,
                                   stroke: colors.background, strokeWidth: 1)
                    if showValues {
                        // (A share is labelled as the axis labels it, with its "%", or it reads as a count.)
                        let label = Self.valueLabel(percent ? v * factor : v, percent: percent, lang)
                        let inner = min(size, thickness * 0.7)
                        if FontMetrics.width(label, size: inner) + inner * 0.6 < x1 - x0 {
                            frame.doc.labelLines([label], x: (x0 + x1) / 2, centerY: center, size: inner,
                                                 fill: Palette.textOn(fill), anchor: .middle)
                        }
                    }
                    cum += v
                }
                if showValues, !percent {
                    frame.doc.labelLines([totalLabels[r]], x: scale(totals[r]) + size * 0.3, centerY: center, size: size,
                                         fill: colors.text, anchor: .start, bold: true)
                }
            }
        }
        if p.hidden > 0 {
            frame.doc.text(Words.more(p.hidden, lang) + " (\(Words.total(lang)) " + NumberFormat.label(p.hiddenSum, language: lang) + ")",
                           x: plot.x, y: plot.maxY - FontMetrics.descent * tickSize, size: tickSize, fill: colors.muted,
                           italic: true)
        }
        return frame.doc
    }
}
