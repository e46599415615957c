import ChartKit

/// `dendrogram`: the merge tree of an agglomerative clustering, leaves labelled by unit or cluster name.
/// Trees with more leaves than fit are cut at the highest merges; each cut branch is one leaf
/// "Bodø og 12 til". In the terminal: an indented tree.
public struct DendrogramChart: ChartPlugin {
    public static let id = "dendrogram"
    public static let summary = "Merge tree of an agglomerative clustering (terminal: indented tree)"
    public static let shapes: [ChartShape] = [.mergeTree]
    public static let options: [ChartOptionInfo] = [
        ChartOptionInfo("k", default: "none", help: "colour the branches of the top k clusters (2-8)"),
    ]

    public init() {}

    struct Tree {
        var n: Int
        var labels: [String]
        var children: [Int: (Int, Int)]
        var height: [Int: Double]
        var leafCount: [Int: Int]
        var roots: [Int]

        func isLeaf(_ id: Int) -> Bool { children[id] == nil }

        func firstLeaf(_ id: Int) -> Int {
            var x = id
            while let c = children[x] { x = c.0 }
            return x
        }
    }

    func tree(_ spec: ChartSpec) throws -> Tree {
        try require(spec)
        let (merges, labels) = try ChartData.merges(spec)
        let n = labels.count
        var children: [Int: (Int, Int)] = [:], height: [Int: Double] = [:], count: [Int: Int] = [:]
        for i in 0..<n { height[i] = 0; count[i] = 1 }
        var used = Set<Int>()
        for (k, m) in merges.enumerated() {
            let id = n + k
            children[id] = (m.left, m.right)
            height[id] = max(m.height, height[m.left] ?? 0, height[m.right] ?? 0)
            count[id] = (count[m.left] ?? 1) + (count[m.right] ?? 1)
            used.insert(m.left); used.insert(m.right)
        }
        let roots = (0..<(n + merges.count)).filter { !used.contains($0) }
        return Tree(n: n, labels: labels, children: children, height: height, leafCount: count, roots: roots)
    }

    /// The nodes shown as leaves: expand the highest merges first until `limit` nodes are visible.
    func frontier(_ t: Tree, limit: Int) -> Set<Int> {
        var visible = t.roots
        while visible.count < limit {
            guard let best = visible.filter({ !t.isLeaf($0) }).max(by: { t.height[$0]! != t.height[$1]! ? t.height[$0]! < t.height[$1]! : $0 < $1 })
            else { break }
            let (a, b) = t.children[best]!
            visible.removeAll { $0 == best }
            visible += [a, b]
        }
        return Set(visible)
    }

    func label(_ t: Tree, _ id: Int, _ lang: ChartLanguage) -> String {
        if t.isLeaf(id) { return t.labels[id] }
        return t.labels[t.firstLeaf(id)] + " " + Words.more(t.leafCount[id]! - 1, lang)
    }

    /// Leaves of the visible tree in drawing order.
    func order(_ t: Tree, _ shown: Set<Int>) -> [Int] {
        var out: [Int] = []
        func walk(_ id: Int) {
            if shown.contains(id) || t.isLeaf(id) { out.append(id); return }
            let (a, b) = t.children[id]!
            walk(a); walk(b)
        }
        for r in t.roots { walk(r) }
        return out
    }

    /// Colour group of every node when `k` clusters are asked for (nil: single colour).
    func groups(_ t: Tree, k: Int?) -> [Int: Int] {
        guard let k, k >= 2 else { return [:] }
        let tops = frontier(t, limit: min(k, 8))
        var group: [Int: Int] = [:]
        let ordered = order(t, tops)
        for (g, top) in ordered.enumerated() {
            var stack = [top]
            while let x = stack.popLast() {
                group[x] = g
                if let (a, b) = t.children[x] { stack += [a, b] }
            }
        }
        return group
    }

    static func heightLabel(_ h: Double, _ lang: ChartLanguage) -> String { NumberFormat.label(h, language: lang, decimals: 2) }

    public func renderText(_ spec: ChartSpec, width: Int, color: Bool) throws -> String {
        let t = try tree(spec)
        let lang = spec.language
        var canvas = TextCanvas(width: width, color: color)
        canvas.header(spec, fallbackTitle: Words.height(lang))
        guard t.n > 0 else {
            canvas.line(Words.noData(lang), dim: true)
            canvas.footer(spec)
            return canvas.render()
        }
        let shown = frontier(t, limit: spec.options.top ?? 40)
        let group = groups(t, k: Int(spec.options.value("k", default: "")))
        func walk(_ id: Int, _ prefix: String, _ last: Bool, _ root: Bool) {
            let branch = root ? "" : (last ? "└─ " : "├─ ")
            let c: RGB? = group[id].map { Palette.series($0) }
            if shown.contains(id) || t.isLeaf(id) {
                var spans = [TextSpan(prefix + branch, dim: true), TextSpan(label(t, id, lang), color: c)]
                if !t.isLeaf(id) { spans.append(TextSpan("  (" + Self.heightLabel(t.height[id]!, lang) + ")", dim: true)) }
                canvas.line(spans)
                return
            }
            canvas.line([TextSpan(prefix + branch, dim: true), TextSpan("┬ ", color: c),
                         TextSpan(Self.heightLabel(t.height[id]!, lang), dim: true)])
            let (a, b) = t.children[id]!
            let next = prefix + (root ? "" : (last ? "   " : "│  "))
            walk(a, next, false, false)
            walk(b, next, true, false)
        }
        for r in t.roots { walk(r, "", true, true) }
        canvas.line()
        canvas.paragraph("┬ " + Words.height(lang).lowercased())
        canvas.footer(spec)
        return canvas.render()
    }

    public func draw(_ spec: ChartSpec) throws -> SVGDocument {
        let t = try tree(spec)
        let lang = spec.language
        let desc = t.n == 0 ? Words.noData(lang)
            : (lang == .en ? "Dendrogram of \(t.n) leaves." : "Dendrogram med \(t.n) blader.")
        var frame = ChartFrame(spec: spec, fallbackTitle: Words.height(lang), desc: desc)
        let plot = frame.plot, colors = frame.colors, s = frame.scale
        guard t.n > 0 else {
            frame.doc.noData(in: plot, size: frame.labelSize, language: lang)
            return frame.doc
        }
        let tickSize = frame.smallSize
        let axisHeight = tickSize * 1.7 + tickSize * 1.5
        let bandsLength = plot.height - axisHeight
        let capacity = CategoryBands.capacity(length: bandsLength, minSize: 11 * s)
        let shown = frontier(t, limit: min(spec.options.top ?? 30, capacity))
        let leaves = order(t, shown)
        let group = groups(t, k: Int(spec.options.value("k", default: "")))
        let bands = CategoryBands.vertical(leaves.map { label(t, $0, lang) }, length: bandsLength,
                                           maxWidth: plot.width * 0.35, baseSize: frame.labelSize, minSize: 11 * s)
        let size = bands.fontSize
        let treeLeft = plot.x + bands.labelWidth + size * 0.8
        let maxHeight = t.roots.map { t.height[$0]! }.max() ?? 0
        let ticks = NiceTicks.ticks(low: 0, high: max(maxHeight, 1e-9), count: 5)
        let xs = LinearScale(low: 0, high: ticks.last!, start: treeLeft, end: plot.maxX - FontMetrics.width("0,00", size: tickSize) / 2)
        let bottom = plot.y + bandsLength
        frame.doc.valueAxisBottom(ticks: ticks, scale: xs, top: plot.y, bottom: bottom, size: tickSize, language: lang)
        frame.doc.text(Words.height(lang), x: xs.end, y: plot.maxY - FontMetrics.descent * tickSize, size: tickSize,
                       fill: colors.muted, anchor: .end)
        var y: [Int: Double] = [:]
        for (i, id) in leaves.enumerated() {
            let cy = plot.y + (Double(i) + 0.5) * bands.band
            y[id] = cy
            frame.doc.labelLines(bands.lines[i], x: treeLeft - size * 0.5, centerY: cy, size: size,
                                 fill: group[id].map { Palette.series($0) } ?? colors.text, anchor: .end)
            if !t.isLeaf(id) {
                // A cut branch: a wedge from the axis to its height.
                let h = min(bands.band * 0.35, 10 * s)
                frame.doc.polygon([(xs(0), cy), (xs(t.height[id]!), cy - h), (xs(t.height[id]!), cy + h)],
                                  fill: group[id].map { Palette.series($0) } ?? colors.accent, opacity: 0.35)
            }
        }
        let stroke = 2.5 * s
        func place(_ id: Int) -> Double {
            if let v = y[id] { return v }
            let (a, b) = t.children[id]!
            let ya = place(a), yb = place(b)
            let x = xs(t.height[id]!)
            let xa = xs(t.height[a]!), xb = xs(t.height[b]!)
            let c = group[id].map { Palette.series($0) } ?? colors.accent
            let ca = group[a].map { Palette.series($0) } ?? c, cb = group[b].map { Palette.series($0) } ?? c
            frame.doc.line(xa, ya, x, ya, stroke: ca, width: stroke)
            frame.doc.line(xb, yb, x, yb, stroke: cb, width: stroke)
            frame.doc.line(x, ya, x, yb, stroke: group[id] == nil && !group.isEmpty ? colors.axis : c, width: stroke)
            let mid = (ya + yb) / 2
            y[id] = mid
            return mid
        }
        for r in t.roots { _ = place(r) }
        return frame.doc
    }
}
