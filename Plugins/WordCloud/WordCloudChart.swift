import ChartKit
import Foundation

/// `wordcloud`: terms sized by weight (frequency or keyness) placed on a spiral from the centre, no two
/// words overlapping; in the terminal a ranked layout in three size buckets.
public struct WordCloudChart: ChartPlugin {
    public static let id = "wordcloud"
    public static let summary = "Terms sized by weight on a spiral, no two overlapping (terminal: ranked size buckets)"
    public static let shapes: [ChartShape] = [.weightedTerms, .categoryCounts]
    public static let options: [ChartOptionInfo] = [
        ChartOptionInfo("scale", default: "sqrt", values: ["sqrt", "linear"], help: "how weight maps to type size"),
    ]

    public init() {}

    func items(_ spec: ChartSpec, defaultTop: Int) throws -> (shown: [ChartData.Item], hidden: Int) {
        try require(spec)
        let all = try ChartData.items(spec).filter { !$0.label.trimmingCharacters(in: .whitespaces).isEmpty }
        let r = ChartData.ranked(all, sort: .value, top: spec.options.top ?? defaultTop)
        return (r.shown, r.hidden)
    }

    /// 0...1 for each weight (weights at or below zero give 0).
    func relative(_ items: [ChartData.Item], sqrtScale: Bool) -> [Double] {
        let top = items.map(\.value).max() ?? 0
        return items.map { item in
            guard top > 0, item.value > 0 else { return 0 }
            let t = item.value / top
            return sqrtScale ? t.squareRoot() : t
        }
    }

    public func renderText(_ spec: ChartSpec, width: Int, color: Bool) throws -> String {
        let (shown, hidden) = try items(spec, defaultTop: 40)
        let lang = spec.language
        var canvas = TextCanvas(width: width, color: color)
        canvas.header(spec, fallbackTitle: spec.columns.first ?? "")
        guard !shown.isEmpty else {
            canvas.line(Words.noData(lang), dim: true)
            canvas.footer(spec)
            return canvas.render()
        }
        let rel = relative(shown, sqrtScale: false)
        let buckets: [[Int]] = [
            shown.indices.filter { rel[$0] >= 0.6 },
            shown.indices.filter { rel[$0] >= 0.3 && rel[$0] < 0.6 },
            shown.indices.filter { rel[$0] < 0.3 },
        ]
        let w = canvas.width
        for (b, members) in buckets.enumerated() where !members.isEmpty {
            let gap = b == 0 ? "   " : "  "
            var lines: [[Int]] = [[]]
            var used = 0
            for i in members {
                let word = b == 0 ? shown[i].label.uppercased() : shown[i].label
                let ww = min(DisplayWidth.of(word), w)
                let extra = lines[lines.count - 1].isEmpty ? ww : ww + gap.count
                if used + extra > w, !lines[lines.count - 1].isEmpty {
                    lines.append([i]); used = ww
                } else {
                    lines[lines.count - 1].append(i); used += extra
                }
            }
            for line in lines {
                var spans: [TextSpan] = []
                let words = line.map { i -> String in
                    let word = b == 0 ? shown[i].label.uppercased() : shown[i].label
                    return DisplayWidth.truncate(word, to: w)
                }
                let total = words.map { DisplayWidth.of($0) }.reduce(0, +) + gap.count * max(0, words.count - 1)
                spans.append(TextSpan(TextCanvas.spaces(max(0, (w - total) / 2))))
                for (k, i) in line.enumerated() {
                    if k > 0 { spans.append(TextSpan(gap)) }
                    spans.append(TextSpan(words[k], color: color ? Self.color(rank: i, theme: spec.options.theme) : nil,
                                          bold: b == 0, dim: b == 2))
                }
                canvas.line(spans)
            }
            canvas.line()
        }
        let top = shown[0]
        var legend = (lang == .en ? "Largest: " : "Størst: ") + "\(top.label) (\(NumberFormat.label(top.value, language: lang)))"
        if hidden > 0 { legend += "; " + Words.more(hidden, lang, noun: ("ord", "ord", "words")) }
        canvas.paragraph(legend)
        canvas.footer(spec)
        return canvas.render()
    }

    static func color(rank: Int, theme: ChartTheme) -> RGB {
        // Okabe-Ito without grey; yellow only on dark (unreadable on white), dark blue only on light.
        let order = theme == .dark ? [4, 1, 2, 3, 5, 6] : [0, 5, 2, 3, 1, 4]
        return Palette.series(order[rank % order.count])
    }

    public func draw(_ spec: ChartSpec) throws -> SVGDocument {
        let lang = spec.language
        let (ranked, rankedHidden) = try items(spec, defaultTop: 60)
        // More than 120 words do not make a readable cloud; the rest are counted as left out.
        let shown = Array(ranked.prefix(120))
        let hidden = rankedHidden + ranked.count - shown.count
        let desc = shown.isEmpty ? Words.noData(lang)
            : (lang == .en ? "Word cloud of \(shown.count) terms; largest: " : "Ordsky med \(shown.count) ord; størst: ")
                + shown.prefix(5).map(\.label).joined(separator: ", ") + "."
        var frame = ChartFrame(spec: spec, fallbackTitle: spec.columns.first ?? "", desc: desc)
        let s = frame.scale, colors = frame.colors
        guard !shown.isEmpty else {
            frame.doc.noData(in: frame.plot, size: frame.labelSize, language: lang)
            return frame.doc
        }
        let noteSize = frame.smallSize
        var area = frame.plot
        area.height -= noteSize * 1.8
        let rel = relative(shown, sqrtScale: spec.options.value("scale", default: "sqrt") == "sqrt")
        let minSize = 14 * s
        var maxSize = min(90 * s, area.height / 4)
        // The largest word must fit comfortably across the canvas.
        let topWidth = FontMetrics.width(shown[0].label, size: 1, bold: true)
        if topWidth > 0 { maxSize = max(minSize, min(maxSize, area.width * 0.8 / topWidth)) }
        var grid = BoxGrid(area: area, cell: 48 * s)
        var skipped = 0
        let pad = 3 * s
        let cx = area.x + area.width / 2, cy = area.y + area.height / 2
        let stretch = (area.width / max(1, area.height)).squareRoot()
        let maxRadius = (area.width * area.width + area.height * area.height).squareRoot() / 2
        // The narrowest box that found no place at the smallest size: wider ones at that size are not tried.
        var failedWidth = Double.infinity
        for (i, item) in shown.enumerated() {
            var size = minSize + (maxSize - minSize) * rel[i]
            let bold = rel[i] >= 0.5
            var done = false
            while !done, size >= minSize * 0.999 {
                let w = FontMetrics.width(item.label, size: size, bold: bold)
                let h = (FontMetrics.ascent + FontMetrics.descent) * size
                let smallest = size * 0.8 < minSize * 0.999
                if w <= area.width, h <= area.height, !(smallest && w >= failedWidth) {
                    // Archimedean spiral, stretched to the canvas: the radius grows `growth` per turn and
                    // consecutive points are about `arc` apart.
                    let growth = max(6 * s, h / 2), arc = max(5 * s, h / 2)
                    var theta = 0.0
                    while true {
                        let r = growth * theta / (2 * .pi)
                        if r > maxRadius { break }
                        let x = cx + r * cos(theta) * stretch, y = cy + r * sin(theta) / stretch
                        let box = Box(x: x - w / 2, y: y - h / 2, width: w, height: h)
                        if area.contains(box, tolerance: 0), !grid.hits(box.inset(-pad)) {
                            grid.insert(box)
                            frame.doc.text(item.label, x: x, y: box.y + FontMetrics.ascent * size, size: size,
                                           fill: Self.color(rank: i, theme: spec.options.theme), bold: bold, anchor: .middle)
                            done = true
                            break
                        }
                        theta += min(0.5, arc / max(r, arc))
                    }
                }
                if !done {
                    if smallest { failedWidth = min(failedWidth, w) }
                    size *= 0.8
                }
            }
            if !done { skipped += 1 }
        }
        var notes: [String] = []
        if skipped > 0 { notes.append(Words.didNotFit(skipped, lang)) }
        if hidden > 0 { notes.append(Words.more(hidden, lang, noun: ("ord", "ord", "words"))) }
        if !notes.isEmpty {
            frame.doc.text(notes.joined(separator: "; "), x: frame.plot.maxX, y: frame.plot.maxY - FontMetrics.descent * noteSize,
                           size: noteSize, fill: colors.muted, anchor: .end, italic: true)
        }
        return frame.doc
    }
}

/// Placed boxes indexed by grid cell (a flat array over the area), so a collision test looks only at
/// nearby boxes.
struct BoxGrid {
    let cell: Double
    let origin: (x: Double, y: Double)
    let columns: Int, rows: Int
    var boxes: [Box] = []
    var cells: [[Int32]]

    init(area: Box, cell: Double) {
        self.cell = max(1, cell)
        origin = (area.x, area.y)
        columns = max(1, Int((area.width / self.cell).rounded(.up)) + 1)
        rows = max(1, Int((area.height / self.cell).rounded(.up)) + 1)
        cells = Array(repeating: [], count: columns * rows)
    }

    private func span(_ lo: Double, _ hi: Double, _ o: Double, _ n: Int) -> ClosedRange<Int> {
        let a = min(n - 1, max(0, Int(((lo - o) / cell).rounded(.down))))
        let b = min(n - 1, max(0, Int(((hi - o) / cell).rounded(.down))))
        return a...max(a, b)
    }

    func hits(_ b: Box) -> Bool {
        for gy in span(b.y, b.maxY, origin.y, rows) {
            let row = gy * columns
            for gx in span(b.x, b.maxX, origin.x, columns) {
                for i in cells[row + gx] where boxes[Int(i)].overlaps(b, tolerance: 0) { return true }
            }
        }
        return false
    }

    mutating func insert(_ b: Box) {
        boxes.append(b)
        let index = Int32(boxes.count - 1)
        for gy in span(b.y, b.maxY, origin.y, rows) {
            for gx in span(b.x, b.maxX, origin.x, columns) { cells[gy * columns + gx].append(index) }
        }
    }
}
