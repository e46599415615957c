import ChartKit

/// `heatmap`: a crosstab as a grid with the count in every cell and a colour-scale legend.
public struct HeatmapChart: ChartPlugin {
    public static let id = "heatmap"
    public static let summary = "Crosstab as a grid of shaded cells with counts and a colour scale"
    public static let shapes: [ChartShape] = [.crosstab]
    public static let options: [ChartOptionInfo] = [
        ChartOptionInfo("values", default: "on", values: ["on", "off"], help: "write the count in each cell"),
        ChartOptionInfo("columns", default: "auto", help: "show at most N column categories (largest totals); the rest are left out and counted"),
    ]

    public init() {}

    struct Prepared {
        var rows: [String]
        var columns: [String]
        var values: [[Double]]
        var hiddenRows: Int
        var hiddenColumns: Int
    }

    /// Rows and columns ordered by `sort` (value: largest total first) and cut to the limits.
    func prepare(_ spec: ChartSpec, maxRows: Int, maxColumns: Int) throws -> Prepared {
        try require(spec)
        let m = try ChartData.matrix(spec)
        func order(_ labels: [String], _ totals: [Double], _ limit: Int) -> ([Int], Int) {
            let items = labels.enumerated().map { ChartData.Item("\($0.offset)", totals[$0.offset]) }
            let sort = spec.options.sort ?? .none
            let r = ChartData.ranked(items, sort: sort == .label ? ChartSort.none : sort, top: limit)
            var idx = r.shown.map { Int($0.label)! }
            if sort == .label { idx.sort { NorwegianOrder.less(labels[$0], labels[$1]) } }
            return (idx, r.hidden)
        }
        let rowTotals = m.values.map { $0.reduce(0, +) }
        let colTotals = m.columns.indices.map { c in m.values.reduce(0) { $0 + $1[c] } }
        let columnLimit = Int(spec.options.value("columns", default: "")).map { min($0, maxColumns) } ?? maxColumns
        let (ri, hr) = order(m.rows, rowTotals, min(spec.options.top ?? maxRows, maxRows))
        let (ci, hc) = order(m.columns, colTotals, max(1, columnLimit))
        return Prepared(rows: ri.map { m.rows[$0] }, columns: ci.map { m.columns[$0] },
                        values: ri.map { r in ci.map { m.values[r][$0] } }, hiddenRows: hr, hiddenColumns: hc)
    }

    static func keyName(_ i: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return i < 26 ? String(letters[i]) : String(letters[i / 26 - 1]) + String(letters[i % 26])
    }

    func notes(_ p: Prepared, _ lang: ChartLanguage) -> String {
        var parts: [String] = []
        if p.hiddenRows > 0 { parts.append(Words.more(p.hiddenRows, lang, noun: ("rader", "rader", "rows"))) }
        if p.hiddenColumns > 0 { parts.append(Words.more(p.hiddenColumns, lang, noun: ("kolonner", "kolonnar", "columns"))) }
        return parts.joined(separator: ", ")
    }

    public func renderText(_ spec: ChartSpec, width: Int, color: Bool) throws -> String {
        let lang = spec.language
        var canvas = TextCanvas(width: width, color: color)
        let w = canvas.width
        let full = try ChartData.matrix({ try require(spec); return spec }())
        let maxValue = full.values.flatMap { $0 }.max() ?? 0
        let cellWidth = max(3, NumberFormat.label(maxValue, language: lang).count + (color ? 1 : 2)) + 1
        let labelWidth0 = min(full.rows.map { DisplayWidth.of($0) }.max() ?? 1, max(6, w * 2 / 5))
        let maxColumns = max(1, (w - labelWidth0 - 1) / cellWidth)
        let p = try prepare(spec, maxRows: 30, maxColumns: maxColumns)
        canvas.header(spec, fallbackTitle: spec.columns.prefix(2).joined(separator: " × "))
        guard !p.rows.isEmpty else {
            canvas.line(Words.noData(lang), dim: true)
            canvas.footer(spec)
            return canvas.render()
        }
        let labelWidth = min(p.rows.map { DisplayWidth.of($0) }.max() ?? 1, labelWidth0)
        let useKeys = p.columns.contains { DisplayWidth.of($0) > cellWidth - 1 }
        let heads = p.columns.enumerated().map { useKeys ? Self.keyName($0.offset) : $0.element }
        canvas.line([TextSpan(TextCanvas.spaces(labelWidth + 1)
            + heads.map { DisplayWidth.pad($0, to: cellWidth - 1, alignRight: true) + " " }.joined(), bold: true)])
        let top = p.values.flatMap { $0 }.max() ?? 0
        for (r, row) in p.rows.enumerated() {
            var spans = [TextSpan(DisplayWidth.pad(DisplayWidth.truncate(row, to: labelWidth), to: labelWidth) + " ")]
            for v in p.values[r] {
                let t = top > 0 ? v / top : 0
                let number = NumberFormat.label(v, language: lang)
                if color {
                    let fill = Palette.sequential(t)
                    spans.append(TextSpan(DisplayWidth.pad(number, to: cellWidth - 1, alignRight: true), color: Palette.textOn(fill), background: fill))
                    spans.append(TextSpan(" "))
                } else {
                    let shade = TextCanvas.shade(t)
                    spans.append(TextSpan(DisplayWidth.pad(shade + DisplayWidth.pad(number, to: cellWidth - 2, alignRight: true), to: cellWidth - 1, alignRight: true) + " "))
                }
            }
            canvas.line(spans)
        }
        let note = notes(p, lang)
        if !note.isEmpty { canvas.paragraph(note) }
        if useKeys {
            canvas.line()
            for (i, c) in p.columns.enumerated() { canvas.line("\(Self.keyName(i)) = \(c)", dim: true) }
        }
        if !color {
            canvas.line()
            let of = lang == .en ? "of the highest" : lang == .nn ? "av høgaste" : "av høyeste"
            canvas.paragraph("░ <25 %  ▒ 25–50 %  ▓ 50–75 %  █ ≥75 % \(of) (\(NumberFormat.label(top, language: lang)))")
        }
        canvas.footer(spec)
        return canvas.render()
    }

    public func draw(_ spec: ChartSpec) throws -> SVGDocument {
        let lang = spec.language
        let showValues = spec.options.value("values", default: "on") != "off"
        let probe = ChartFrame(spec: spec, fallbackTitle: "", desc: "")
        let s = probe.scale
        let legendWidth = 110 * s
        let maxRows = CategoryBands.capacity(length: probe.plot.height - 80 * s, minSize: 11 * s)
        let maxColumns = max(1, Int((probe.plot.width * 0.7 - legendWidth) / (34 * s)))
        let p = try prepare(spec, maxRows: min(maxRows, 40), maxColumns: maxColumns)
        let fallback = spec.columns.prefix(2).joined(separator: " × ")
        let maxValue = p.values.flatMap { $0 }.max() ?? 0
        let desc = p.rows.isEmpty ? Words.noData(lang)
            : (lang == .en ? "Heatmap of \(p.rows.count) rows by \(p.columns.count) columns; the highest count is \(NumberFormat.label(maxValue, language: lang))."
                : "Varmekart med \(p.rows.count) rader og \(p.columns.count) kolonner; høyeste antall er \(NumberFormat.label(maxValue, language: lang)).")
        var frame = ChartFrame(spec: spec, fallbackTitle: fallback, desc: desc)
        let plot = frame.plot, colors = frame.colors
        guard !p.rows.isEmpty else {
            frame.doc.noData(in: plot, size: frame.labelSize, language: lang)
            return frame.doc
        }
        let note = notes(p, lang)
        let noteHeight = note.isEmpty ? 0 : frame.smallSize * 1.6
        // Column labels: wrapped under each other above the grid, sized to the cell width.
        let rowLabelMax = plot.width * 0.28
        let provisional = CategoryBands.vertical(p.rows, length: plot.height * 0.8, maxWidth: rowLabelMax,
                                                 baseSize: frame.labelSize, minSize: 11 * s)
        let gridLeft = plot.x + provisional.labelWidth + provisional.fontSize * 0.7
        let gridRight = plot.maxX - legendWidth
        let colBands = CategoryBands.horizontal(p.columns, length: gridRight - gridLeft, baseSize: frame.labelSize * 0.9,
                                                minSize: 10 * s, maxLines: 3, bold: true)
        // Labels that would be tiny across the columns are written upwards instead.
        let verticalSize = min(frame.labelSize * 0.9, colBands.band / 1.4)
        let vertical = colBands.fontSize < 11.5 * s && verticalSize > colBands.fontSize * 1.15
        let maxHeader = plot.height * 0.3
        let verticalLabels = p.columns.map { FontMetrics.shorten($0, toFit: maxHeader, size: verticalSize, bold: true) }
        let headHeight = vertical
            ? (verticalLabels.map { FontMetrics.width($0, size: verticalSize, bold: true) }.max() ?? 0) + 10 * s
            : colBands.maxLinesHeight + 8 * s
        let gridTop = plot.y + headHeight
        let gridHeight = plot.maxY - noteHeight - gridTop
        let rowBands = CategoryBands.vertical(p.rows, length: gridHeight, maxWidth: provisional.labelWidth + 0.5,
                                              baseSize: provisional.fontSize, minSize: 11 * s)
        let cellW = colBands.band, cellH = rowBands.band
        let gap = min(2 * s, cellW * 0.05, cellH * 0.05)
        for (c, lines) in colBands.lines.enumerated() {
            let cx = gridLeft + (Double(c) + 0.5) * cellW
            if vertical {
                let x = cx + (FontMetrics.ascent - FontMetrics.descent) / 2 * verticalSize
                frame.doc.verticalText(verticalLabels[c], x: x, y: gridTop - 8 * s, size: verticalSize, fill: colors.text, bold: true)
                continue
            }
            let first = gridTop - 8 * s - Double(lines.count - 1) * colBands.fontSize * FontMetrics.lineHeight
                - FontMetrics.descent * colBands.fontSize
            for (k, line) in lines.enumerated() {
                frame.doc.text(line, x: cx, y: first + Double(k) * colBands.fontSize * FontMetrics.lineHeight,
                               size: colBands.fontSize, fill: colors.text, bold: true, anchor: .middle)
            }
        }
        let numbers = p.values.flatMap { $0 }.map { NumberFormat.label($0, language: lang) }
        let widest = numbers.map { FontMetrics.width($0, size: 1) }.max() ?? 1
        let ticks = NiceTicks.ticks(low: 0, high: max(maxValue, 1), count: 4, integer: maxValue >= 4)
        let scaleMax = ticks.last!
        let cellFont = min(frame.labelSize, (cellH - 2 * gap) * 0.62, (cellW - 2 * gap) * 0.8 / max(widest, 0.1))
        for (r, row) in p.rows.enumerated() {
            let cy = gridTop + (Double(r) + 0.5) * cellH
            frame.doc.labelLines(rowBands.lines[r], x: gridLeft - rowBands.fontSize * 0.6, centerY: cy,
                                 size: rowBands.fontSize, fill: colors.text, anchor: .end)
            _ = row
            for (c, v) in p.values[r].enumerated() {
                let fill = Palette.sequential(v / scaleMax)
                let box = Box(x: gridLeft + Double(c) * cellW + gap, y: gridTop + Double(r) * cellH + gap,
                              width: cellW - 2 * gap, height: cellH - 2 * gap)
                frame.doc.rect(box, fill: fill, rx: min(3 * s, cellW / 8), stroke: v == 0 ? colors.grid : nil)
                if showValues, cellFont >= 8 * s {
                    frame.doc.labelLines([NumberFormat.label(v, language: lang)], x: box.x + box.width / 2,
                                         centerY: cy, size: cellFont, fill: Palette.textOn(fill), anchor: .middle)
                }
            }
        }
        // Colour scale legend: stepped bar with nice ticks.
        let lx = gridRight + 24 * s
        let barTop = gridTop, barHeight = min(gridHeight, 260 * s)
        let steps = 40
        for i in 0..<steps {
            let t0 = Double(i) / Double(steps)
            frame.doc.rect(Box(x: lx, y: barTop + barHeight * (1 - t0 - 1 / Double(steps)), width: 18 * s,
                               height: barHeight / Double(steps) + 0.3),
                           fill: Palette.sequential(t0 + 0.5 / Double(steps)))
        }
        let scale = LinearScale(low: 0, high: ticks.last!, start: barTop + barHeight, end: barTop)
        let tsize = frame.smallSize
        var lastTop = Double.infinity
        for t in ticks {
            let y = scale(t)
            frame.doc.line(lx + 18 * s, y, lx + 23 * s, y, stroke: colors.axis)
            let label = NumberFormat.label(t, language: lang, decimals: NiceTicks.decimals(step: ticks[1] - ticks[0]))
            let baseline = y + (FontMetrics.ascent - FontMetrics.descent) / 2 * tsize
            let b = SVGDocument.box(label, x: lx + 27 * s, y: baseline, size: tsize)
            if b.maxY < lastTop, b.maxX <= plot.maxX + 36 * s * 0.9 {
                frame.doc.text(label, x: lx + 27 * s, y: baseline, size: tsize, fill: colors.muted)
                lastTop = b.y
            }
        }
        if !note.isEmpty {
            frame.doc.text(note, x: plot.x, y: plot.maxY - FontMetrics.descent * tsize, size: tsize, fill: colors.muted, italic: true)
        }
        return frame.doc
    }
}
