import ChartKit
import Foundation

/// `network`: co-occurrence of terms (or municipalities and themes) as nodes and weighted edges, laid out
/// by a force-directed simulation from a fixed seed, so the same table gives the same picture.
public struct NetworkChart: ChartPlugin {
    public static let id = "network"
    public static let summary = "Co-occurrence network: nodes sized by degree, weighted edges, force-directed layout"
    public static let shapes: [ChartShape] = [.edgeList]
    public static let options: [ChartOptionInfo] = [
        ChartOptionInfo("seed", default: "1", help: "seed of the layout; another number gives another arrangement"),
        ChartOptionInfo("edges", default: "150", help: "draw at most N edges (the strongest)"),
    ]

    public init() {}

    struct Graph {
        var names: [String]
        var degree: [Double]
        /// (a, b, weight) with a < b, strongest first.
        var edges: [(Int, Int, Double)]
        var hiddenNodes: Int
        var community: [Int]
    }

    func graph(_ spec: ChartSpec, topNodes: Int) throws -> Graph {
        try require(spec)
        let raw = try ChartData.edges(spec)
        var index: [String: Int] = [:]
        var names: [String] = []
        var weights: [Int: [Int: Double]] = [:]
        for e in raw where e.source != e.target {
            for n in [e.source, e.target] where index[n] == nil { index[n] = names.count; names.append(n) }
            let a = index[e.source]!, b = index[e.target]!
            let (x, y) = a < b ? (a, b) : (b, a)
            weights[x, default: [:]][y, default: 0] += e.weight
        }
        var degree = Array(repeating: 0.0, count: names.count)
        // Sorted, so sums are added in the same order on every run (dictionaries iterate in random order).
        for a in weights.keys.sorted() { for b in weights[a]!.keys.sorted() { degree[a] += weights[a]![b]!; degree[b] += weights[a]![b]! } }
        let keep = names.indices.sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : NorwegianOrder.less(names[$0], names[$1]) }
            .prefix(topNodes)
        let newIndex = Dictionary(uniqueKeysWithValues: keep.enumerated().map { ($0.element, $0.offset) })
        var edges: [(Int, Int, Double)] = []
        for a in weights.keys.sorted() {
            for b in weights[a]!.keys.sorted() {
                guard let x = newIndex[a], let y = newIndex[b] else { continue }
                edges.append((min(x, y), max(x, y), weights[a]![b]!))
            }
        }
        edges.sort { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }
        let maxEdges = Int(spec.options.value("edges", default: "150")) ?? 150
        edges = Array(edges.prefix(max(1, maxEdges)))
        let kept = keep.map { names[$0] }
        return Graph(names: kept, degree: keep.map { degree[$0] }, edges: edges, hiddenNodes: names.count - kept.count,
                     community: communities(count: kept.count, edges: edges))
    }

    /// Label propagation in a fixed order: each node takes the label with the largest edge weight among its
    /// neighbours (ties to the smaller label). Communities are then numbered by size.
    func communities(count: Int, edges: [(Int, Int, Double)]) -> [Int] {
        var label = Array(0..<count)
        var adjacency = Array(repeating: [(Int, Double)](), count: count)
        for (a, b, w) in edges { adjacency[a].append((b, w)); adjacency[b].append((a, w)) }
        for _ in 0..<20 {
            var changed = false
            for v in 0..<count where !adjacency[v].isEmpty {
                var score: [Int: Double] = [:]
                for (u, w) in adjacency[v] { score[label[u], default: 0] += w }
                let best = score.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
                if best != label[v] { label[v] = best; changed = true }
            }
            if !changed { break }
        }
        var sizes: [Int: Int] = [:]
        for l in label { sizes[l, default: 0] += 1 }
        let ranked = sizes.keys.sorted { sizes[$0]! != sizes[$1]! ? sizes[$0]! > sizes[$1]! : $0 < $1 }
        let rank = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($0.element, $0.offset) })
        return label.map { rank[$0]! }
    }

    /// SplitMix64: small, fast and the same on every platform.
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) / Double(1 << 53)
        }
    }

    /// Fruchterman-Reingold in the unit square, from positions on a circle with seeded jitter.
    func layout(_ g: Graph, seed: UInt64, aspect: Double) -> [(Double, Double)] {
        let n = g.names.count
        guard n > 1 else { return Array(repeating: (0.5, 0.5), count: n) }
        var rng = SplitMix64(state: seed)
        var pos = (0..<n).map { i -> (Double, Double) in
            let a = 2 * Double.pi * Double(i) / Double(n)
            return (0.5 + 0.35 * cos(a) + (rng.next() - 0.5) * 0.05, 0.5 + 0.35 * sin(a) + (rng.next() - 0.5) * 0.05)
        }
        let k = (1.0 / Double(n)).squareRoot() * 0.9
        let maxW = g.edges.map(\.2).max() ?? 1
        var temperature = 0.1
        for _ in 0..<300 {
            var disp = Array(repeating: (0.0, 0.0), count: n)
            for i in 0..<n {
                for j in (i + 1)..<n {
                    var dx = (pos[i].0 - pos[j].0) * aspect, dy = pos[i].1 - pos[j].1
                    var d = (dx * dx + dy * dy).squareRoot()
                    if d < 1e-6 { dx = 1e-3 * Double(i - j); dy = 1e-3; d = 1e-3 }
                    let f = k * k / d
                    disp[i].0 += dx / d * f; disp[i].1 += dy / d * f
                    disp[j].0 -= dx / d * f; disp[j].1 -= dy / d * f
                }
            }
            for (a, b, w) in g.edges {
                let dx = (pos[a].0 - pos[b].0) * aspect, dy = pos[a].1 - pos[b].1
                let d = max(1e-6, (dx * dx + dy * dy).squareRoot())
                let f = d * d / k * (0.3 + 0.7 * w / maxW)
                disp[a].0 -= dx / d * f; disp[a].1 -= dy / d * f
                disp[b].0 += dx / d * f; disp[b].1 += dy / d * f
            }
            for i in 0..<n {
                // A weak pull to the centre keeps separate components on the canvas.
                disp[i].0 += (0.5 - pos[i].0) * 0.05 * k
                disp[i].1 += (0.5 - pos[i].1) * 0.05 * k
                let d = max(1e-9, (disp[i].0 * disp[i].0 + disp[i].1 * disp[i].1).squareRoot())
                let step = min(d, temperature)
                pos[i].0 += disp[i].0 / d * step / aspect
                pos[i].1 += disp[i].1 / d * step
            }
            temperature = max(0.002, temperature * 0.985)
        }
        // Normalise to the unit square.
        let xs = pos.map(\.0), ys = pos.map(\.1)
        let x0 = xs.min()!, x1 = xs.max()!, y0 = ys.min()!, y1 = ys.max()!
        return pos.map { (x1 > x0 ? ($0.0 - x0) / (x1 - x0) : 0.5, y1 > y0 ? ($0.1 - y0) / (y1 - y0) : 0.5) }
    }

    func nodeColor(_ g: Graph, _ i: Int) -> RGB { g.community[i] < 7 ? Palette.series(g.community[i]) : Palette.series(7) }

    public func renderText(_ spec: ChartSpec, width: Int, color: Bool) throws -> String {
        let g = try graph(spec, topNodes: spec.options.top ?? 25)
        let lang = spec.language
        var canvas = TextCanvas(width: width, color: color)
        canvas.header(spec, fallbackTitle: spec.columns.prefix(2).joined(separator: " – "))
        guard !g.names.isEmpty else {
            canvas.line(Words.noData(lang), dim: true)
            canvas.footer(spec)
            return canvas.render()
        }
        let w = canvas.width
        var neighbours = Array(repeating: [(Int, Double)](), count: g.names.count)
        for (a, b, x) in g.edges { neighbours[a].append((b, x)); neighbours[b].append((a, x)) }
        let labelWidth = min(g.names.map { DisplayWidth.of($0) }.max() ?? 1, max(8, w / 4))
        let degrees = g.degree.map { NumberFormat.label($0, language: lang) }
        let degWidth = degrees.map { DisplayWidth.of($0) }.max() ?? 1
        let barWidth = max(4, min(12, w / 8))
        let top = g.degree.max() ?? 0
        for i in g.names.indices {
            let bar = TextCanvas.bar(top > 0 ? g.degree[i] / top : 0, width: barWidth)
            let list = neighbours[i].sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                .map { "\(g.names[$0.0]) \(NumberFormat.label($0.1, language: lang))" }.joined(separator: " · ")
            canvas.line([TextSpan(DisplayWidth.pad(DisplayWidth.truncate(g.names[i], to: labelWidth), to: labelWidth) + " ",
                                  color: nodeColor(g, i), bold: true),
                         TextSpan(DisplayWidth.pad(degrees[i], to: degWidth, alignRight: true) + " "),
                         TextSpan(bar, color: nodeColor(g, i)),
                         TextSpan(TextCanvas.spaces(barWidth - DisplayWidth.of(bar)) + " "),
                         TextSpan(list, dim: true)])
        }
        canvas.line()
        var summary = lang == .en ? "\(g.names.count) nodes, \(g.edges.count) edges; number = sum of edge weights"
            : "\(g.names.count) noder, \(g.edges.count) kanter; tallet er summen av kantvektene"
        if g.hiddenNodes > 0 { summary += "; " + Words.more(g.hiddenNodes, lang, noun: ("noder", "nodar", "nodes")) }
        canvas.paragraph(summary)
        canvas.footer(spec)
        return canvas.render()
    }

    public func draw(_ spec: ChartSpec) throws -> SVGDocument {
        let g = try graph(spec, topNodes: min(spec.options.top ?? 40, 80))
        let lang = spec.language
        let hubs = g.names.indices.prefix(5).map { g.names[$0] }.joined(separator: ", ")
        let desc = g.names.isEmpty ? Words.noData(lang)
            : (lang == .en ? "Network of \(g.names.count) nodes and \(g.edges.count) edges; most connected: \(hubs)."
                : "Nettverk med \(g.names.count) noder og \(g.edges.count) kanter; mest forbundet: \(hubs).")
        var frame = ChartFrame(spec: spec, fallbackTitle: spec.columns.prefix(2).joined(separator: " – "), desc: desc)
        let plot = frame.plot, colors = frame.colors, s = frame.scale
        guard !g.names.isEmpty else {
            frame.doc.noData(in: plot, size: frame.labelSize, language: lang)
            return frame.doc
        }
        let noteSize = frame.smallSize
        let seed = UInt64(spec.options.value("seed", default: "1")) ?? 1
        let maxDeg = g.degree.max() ?? 1
        let radius = g.degree.map { 5 * s + 16 * s * ($0 / max(maxDeg, 1e-9)).squareRoot() }
        let marginX = 90 * s, marginY = 30 * s
        let area = Box(x: plot.x + marginX, y: plot.y + marginY, width: plot.width - 2 * marginX,
                       height: plot.height - 2 * marginY - noteSize * 1.6)
        let unit = layout(g, seed: seed, aspect: area.width / max(1, area.height))
        var pos = unit.map { (area.x + $0.0 * area.width, area.y + $0.1 * area.height) }
        // Push overlapping nodes apart (in canvas units, with their radii) and keep them in the area.
        let gap = 6 * s
        for _ in 0..<200 {
            var moved = false
            for i in pos.indices {
                for j in pos.indices where j > i {
                    var dx = pos[j].0 - pos[i].0, dy = pos[j].1 - pos[i].1
                    var d = (dx * dx + dy * dy).squareRoot()
                    let need = radius[i] + radius[j] + gap
                    guard d < need else { continue }
                    if d < 1e-6 { dx = Double(j - i); dy = 1; d = (dx * dx + 1).squareRoot() }
                    let push = (need - d) / 2 + 0.01
                    pos[i].0 -= dx / d * push; pos[i].1 -= dy / d * push
                    pos[j].0 += dx / d * push; pos[j].1 += dy / d * push
                    moved = true
                }
            }
            for i in pos.indices {
                pos[i].0 = min(area.maxX, max(area.x, pos[i].0))
                pos[i].1 = min(area.maxY, max(area.y, pos[i].1))
            }
            if !moved { break }
        }
        let maxW = g.edges.map(\.2).max() ?? 1
        for (a, b, w) in g.edges.reversed() {
            frame.doc.line(pos[a].0, pos[a].1, pos[b].0, pos[b].1, stroke: colors.muted,
                           width: 1 * s + 7 * s * w / maxW, opacity: 0.25 + 0.35 * w / maxW)
        }
        var obstacles: [Box] = []
        for i in g.names.indices {
            frame.doc.circle(pos[i].0, pos[i].1, r: radius[i], fill: nodeColor(g, i), stroke: colors.background)
            obstacles.append(Box(x: pos[i].0 - radius[i], y: pos[i].1 - radius[i], width: 2 * radius[i], height: 2 * radius[i]))
        }
        // Labels, most connected first: right, left, above or below the node, wherever nothing is in the way.
        var labels: [Box] = []
        var unlabelled = 0
        for i in g.names.indices {
            let size = 13 * s + 9 * s * (g.degree[i] / max(maxDeg, 1e-9)).squareRoot()
            let bold = i < 5
            let text = FontMetrics.shorten(g.names[i], toFit: 260 * s, size: size, bold: bold)
            let mid = (FontMetrics.ascent - FontMetrics.descent) / 2 * size
            let r = radius[i] + 4 * s
            let candidates: [(Double, Double, TextAnchor)] = [
                (pos[i].0 + r, pos[i].1 + mid, .start), (pos[i].0 - r, pos[i].1 + mid, .end),
                (pos[i].0, pos[i].1 - r - FontMetrics.descent * size, .middle),
                (pos[i].0, pos[i].1 + r + FontMetrics.ascent * size, .middle),
            ]
            var placed = false
            for (x, y, anchor) in candidates {
                let box = SVGDocument.box(text, x: x, y: y, size: size, bold: bold, anchor: anchor)
                let padded = box.inset(-2 * s)
                guard plot.contains(box, tolerance: 0), box.maxY <= plot.maxY - noteSize * 1.6,
                      !labels.contains(where: { $0.overlaps(padded, tolerance: 0) }),
                      !obstacles.enumerated().contains(where: { $0.offset != i && $0.element.overlaps(box, tolerance: 1) })
                else { continue }
                // A halo in the background colour keeps labels readable over edges.
                frame.doc.raw("<text x=\"\(NumberFormat.coord(x))\" y=\"\(NumberFormat.coord(y))\" font-size=\"\(NumberFormat.coord(size))\""
                    + (bold ? " font-weight=\"bold\"" : "") + (anchor == .start ? "" : " text-anchor=\"\(anchor.rawValue)\"")
                    + " fill=\"none\" stroke=\"\(colors.background)\" stroke-width=\"\(NumberFormat.coord(4 * s))\" stroke-linejoin=\"round\" aria-hidden=\"true\">\(SVGDocument.escape(text))</text>")
                frame.doc.text(text, x: x, y: y, size: size, fill: colors.text, bold: bold, anchor: anchor)
                labels.append(box)
                placed = true
                break
            }
            if !placed { unlabelled += 1 }
        }
        var notes: [String] = []
        if unlabelled > 0 {
            notes.append(lang == .en ? "\(unlabelled) labels left out for lack of room"
                : lang == .nn ? "\(unlabelled) namn utelatne av plassomsyn" : "\(unlabelled) navn utelatt av plasshensyn")
        }
        if g.hiddenNodes > 0 { notes.append(Words.more(g.hiddenNodes, lang, noun: ("noder", "nodar", "nodes"))) }
        if !notes.isEmpty {
            frame.doc.text(notes.joined(separator: "; "), x: plot.maxX, y: plot.maxY - FontMetrics.descent * noteSize,
                           size: noteSize, fill: colors.muted, anchor: .end, italic: true)
        }
        return frame.doc
    }
}
