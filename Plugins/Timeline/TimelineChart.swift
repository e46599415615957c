import ChartKit
import Foundation

/// `timeline`: counts over time, one line (or shaded band) per series; minutes within a seminar day,
/// days across a period, or a few seminar dates side by side.
public struct TimelineChart: ChartPlugin {
    public static let id = "timeline"
    public static let summary = "Posts over time, one line or band per series (minutes in a day or days across seminars)"
    public static let shapes: [ChartShape] = [.timeSeries]
    public static let options: [ChartOptionInfo] = [
        ChartOptionInfo("bin", default: "auto", values: ["auto", "none", "1m", "5m", "10m", "15m", "30m", "1h", "1d", "7d"],
                        help: "add counts up into intervals; auto picks one for about 30-50 intervals (a series already counted, or a few dates far apart, is drawn as it is)"),
        ChartOptionInfo("style", default: "line", values: ["line", "area"], help: "lines, or lines over shaded bands"),
        ChartOptionInfo("tz", default: "Europe/Oslo", help: "time zone of the clock and dates shown (UTC or an IANA name)"),
    ]

    public init() {}

    static let maxSeries = 7

    /// The series on a common time grid.
    struct Prepared {
        var series: [String]
        /// Times of the grid (already shifted to the chosen time zone).
        var times: [Double]
        /// values[s][i]
        var values: [[Double]]
        /// Step of the grid in seconds (0 when the times are the table's own).
        var step: Double
        /// A few dates far apart, drawn evenly spaced with date labels.
        var categorical: Bool
        /// Whether all times fall within one day (clock labels).
        var withinDay: Bool
    }

    func prepare(_ spec: ChartSpec) throws -> Prepared {
        try require(spec)
        var points = try ChartData.points(spec)
        let tzName = spec.options.value("tz", default: "Europe/Oslo")
        let offset: (Double) -> Int
        switch tzName.lowercased() {
        case "europe/oslo", "oslo", "norway": offset = TimeFormat.osloOffset
        case "utc", "z", "gmt": offset = { _ in 0 }
        default:
            guard let zone = TimeZone(identifier: tzName) else {
                throw ChartError(.badOption, "tz=\(tzName) is not a time zone; use Europe/Oslo, UTC or another IANA name")
            }
            offset = { zone.secondsFromGMT(for: Date(timeIntervalSince1970: $0)) }
        }
        // Dates without a time (midnight UTC) are days: do not shift them into the previous or next day.
        let allDays = points.allSatisfy { $0.time.truncatingRemainder(dividingBy: 86_400) == 0 }
        if !allDays {
            for i in points.indices {
                points[i].time += Double(offset(points[i].time))
            }
        }
        // The seven largest series, in the order they start (a seminar's rounds as they were held); the rest merged
        // into "Andre".
        var totals: [String: Double] = [:]
        var firstSeen: [String: Int] = [:]
        var earliest: [String: Double] = [:]
        for (i, p) in points.enumerated() {
            totals[p.series, default: 0] += p.value
            if firstSeen[p.series] == nil { firstSeen[p.series] = i }
            earliest[p.series] = min(earliest[p.series] ?? p.time, p.time)
        }
        var names = totals.keys.sorted { totals[$0]! != totals[$1]! ? totals[$0]! > totals[$1]! : firstSeen[$0]! < firstSeen[$1]! }
        let rank = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
        if spec.options.sort == nil {
            let largest = names.prefix(Self.maxSeries), rest = names.dropFirst(Self.maxSeries)
            names = largest.sorted { (earliest[$0]!, rank[$0]!) < (earliest[$1]!, rank[$1]!) } + rest
        }
        if spec.options.sort == .label { names.sort(by: NorwegianOrder.less) }
        if spec.options.sort == ChartSort.none { names.sort { firstSeen[$0]! < firstSeen[$1]! } }
        // Beside named series, the units without a value ("(ingen)") are a series of their own: named so in the
        // legend, and last, as a bar chart draws them.
        if names.count > 1, let empty = names.firstIndex(of: "") {
            let label = spec.noValueLabel ?? Words.none(spec.language)
            names.remove(at: empty)
            names.append(label)
            for i in points.indices where points[i].series.isEmpty { points[i].series = label }
        }
        if names.count > Self.maxSeries + 1 {
            let kept = Set(names.prefix(Self.maxSeries))
            let other = Words.other(spec.language)
            for i in points.indices where !kept.contains(points[i].series) { points[i].series = other }
            names = Array(names.prefix(Self.maxSeries)) + [other]
        }
        guard let lo = points.map(\.time).min(), let hi = points.map(\.time).max() else {
            return Prepared(series: [], times: [], values: [], step: 0, categorical: false, withinDay: false)
        }
        let distinct = Set(points.map(\.time)).sorted()
        let withinDay = Int((lo / 86_400).rounded(.down)) == Int((hi / 86_400).rounded(.down)) && !allDays
        let binOption = spec.options.value("bin", default: "auto")
        let steps: [String: Double] = ["1m": 60, "5m": 300, "10m": 600, "15m": 900, "30m": 1800, "1h": 3600, "1d": 86_400, "7d": 604_800]
        var step: Double = 0
        if let s = steps[binOption] {
            step = s
        } else if binOption == "auto" {
            // Many times are counted in about 50 intervals. So are a few units' own times (rows of 1, as `timeline`
            // gives), in at most 30: a line through each unit's time (a 1 at every minute someone posted) would never fall
            // to 0 between the rounds. A series already counted (values other than 1) and a few seminar dates far apart
            // are drawn as they are.
            let span = hi - lo
            let events = points.allSatisfy { $0.value == 1 } && distinct.count > 1 && !(distinct.count <= 12 && span > 30 * 86_400)
            // (Fewer intervals than half the units: four posts over twelve minutes are not four spikes in twelve minutes.)
            let intervals: Double? = distinct.count > 60 ? 50 : events ? min(30, max(4, Double(points.count) / 2)) : nil
            if let intervals {
                step = [60, 300, 600, 900, 1800, 3600, 7200, 21_600, 86_400, 604_800, 2_592_000].first { span / $0 <= intervals } ?? 2_592_000
            }
        }
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
        // Never more than 5000 intervals (a one-minute grid over years would be millions).
        while step > 0, (hi - lo) / step > 5000 { step *= 2 }
        if step > 0 {
            let first = (lo / step).rounded(.down) * step
            let count = Int(((hi - first) / step).rounded(.down)) + 1
            var values = Array(repeating: Array(repeating: 0.0, count: count), count: names.count)
            for p in points {
                values[index[p.series]!][min(count - 1, Int(((p.time - first) / step).rounded(.down)))] += p.value
            }
            return Prepared(series: names, times: (0..<count).map { first + Double($0) * step }, values: values,
                            step: step, categorical: false, withinDay: withinDay)
        }
        let tIndex = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($0.element, $0.offset) })
        var values = Array(repeating: Array(repeating: 0.0, count: distinct.count), count: names.count)
        for p in points { values[index[p.series]!][tIndex[p.time]!] += p.value }
        let categorical = distinct.count <= 12 && hi - lo > 30 * 86_400
        return Prepared(series: names, times: distinct, values: values, step: 0, categorical: categorical, withinDay: withinDay)
    }

    static func timeLabel(_ t: Double, _ p: Prepared, _ lang: ChartLanguage, short: Bool = false) -> String {
        if p.withinDay { return TimeFormat.clock(t) }
        let span = (p.times.last ?? t) - (p.times.first ?? t)
        if p.step > 0, p.step < 86_400, span < 3 * 86_400 {
            return TimeFormat.shortDay(t, language: lang) + " " + TimeFormat.clock(t)
        }
        if short, span < 300 * 86_400 { return TimeFormat.shortDay(t, language: lang) }
        return TimeFormat.day(t, language: lang)
    }

    public func renderText(_ spec: ChartSpec, width: Int, color: Bool) throws -> String {
        let p = try prepare(spec)
        let lang = spec.language
        var canvas = TextCanvas(width: width, color: color)
        canvas.header(spec, fallbackTitle: spec.columns.first ?? Words.time(lang))
        guard !p.times.isEmpty else {
            canvas.line(Words.noData(lang), dim: true)
            canvas.footer(spec)
            return canvas.render()
        }
        let w = canvas.width
        let totals = p.values.map { $0.reduce(0, +) }
        let totalLabels = totals.map { NumberFormat.label($0, language: lang) }
        let totalWidth = totalLabels.map { DisplayWidth.of($0) }.max() ?? 1
        if p.categorical {
            // A few seminar dates: one bar per date (and series).
            let labels = p.times.map { Self.timeLabel($0, p, lang) }
            let multi = p.series.count > 1
            let seriesWidth = multi ? min(p.series.map { DisplayWidth.of($0) }.max() ?? 0, w / 4) : 0
            let labelWidth = (labels.map { DisplayWidth.of($0) }.max() ?? 1)
            let barWidth = max(4, w - labelWidth - (multi ? seriesWidth + 1 : 0) - totalWidth - 2)
            let top = p.values.flatMap { $0 }.max() ?? 0
            for (i, label) in labels.enumerated() {
                for (s, name) in p.series.enumerated() {
                    let v = p.values[s][i]
                    let bar = TextCanvas.bar(top > 0 ? v / top : 0, width: barWidth)
                    var spans = [TextSpan(DisplayWidth.pad(s == 0 ? label : "", to: labelWidth) + " ")]
                    if multi { spans.append(TextSpan(DisplayWidth.pad(DisplayWidth.truncate(name, to: seriesWidth), to: seriesWidth) + " ")) }
                    spans.append(TextSpan(bar, color: Palette.series(s)))
                    spans.append(TextSpan(TextCanvas.spaces(barWidth - DisplayWidth.of(bar)) + " "
                        + NumberFormat.label(v, language: lang)))
                    canvas.line(spans)
                }
            }
        } else {
            let labelWidth = min(p.series.map { DisplayWidth.of($0) }.max() ?? 0, max(6, w / 4))
            let sparkWidth = max(8, w - (labelWidth > 0 ? labelWidth + 1 : 0) - totalWidth - 2)
            // More points than cells: add neighbouring points up.
            let buckets0 = min(sparkWidth, p.times.count)
            // Fewer points than cells: widen each point to the same number of cells.
            let repeatCount = max(1, sparkWidth / max(1, p.times.count))
            let buckets = buckets0 * repeatCount
            func bucketed(_ row: [Double]) -> [Double] {
                var out = Array(repeating: 0.0, count: buckets0)
                for (i, v) in row.enumerated() { out[min(buckets0 - 1, i * buckets0 / row.count)] += v }
                return out.flatMap { Array(repeating: $0, count: repeatCount) }
            }
            let rows = p.values.map(bucketed)
            // Each row on its own scale, so a quiet series still shows its shape next to a busy one.
            let ownScale = p.series.count > 1
            for (s, name) in p.series.enumerated() {
                var spans: [TextSpan] = []
                if labelWidth > 0 { spans.append(TextSpan(DisplayWidth.pad(DisplayWidth.truncate(name, to: labelWidth), to: labelWidth) + " ")) }
                spans.append(TextSpan(TextCanvas.sparkline(rows[s], max: ownScale ? nil : rows[s].max()), color: Palette.series(s)))
                spans.append(TextSpan(TextCanvas.spaces(sparkWidth - buckets) + " "
                    + DisplayWidth.pad(totalLabels[s], to: totalWidth, alignRight: true)))
                canvas.line(spans)
            }
            let start = Self.timeLabel(p.times.first!, p, lang)
            // Clock intervals end at the next tick; days are named by themselves.
            let end = Self.timeLabel(p.times.last! + (p.step < 86_400 ? p.step : 0), p, lang)
            let pad = labelWidth > 0 ? labelWidth + 1 : 0
            let gap = max(1, buckets - DisplayWidth.of(start) - DisplayWidth.of(end))
            canvas.line(TextCanvas.spaces(pad) + start
                + (p.times.count > 1 ? TextCanvas.spaces(gap) + end : ""), dim: true)
            if ownScale {
                canvas.line(TextCanvas.spaces(pad) + (lang == .en ? "each row on its own scale" : lang == .nn ? "kvar rad har eigen skala" : "hver rad har egen skala"), dim: true)
            }
            if p.step > 0 {
                let unit = p.step >= 86_400 ? "\(Int(p.step / 86_400)) d" : p.step >= 3600 ? "\(Int(p.step / 3600)) t" : "\(Int(p.step / 60)) min"
                canvas.line(TextCanvas.spaces(pad) + (lang == .en ? "interval: " : "intervall: ")
                    + (lang == .en ? unit.replacingOccurrences(of: " t", with: " h") : unit), dim: true)
            }
        }
        canvas.footer(spec)
        return canvas.render()
    }

    public func draw(_ spec: ChartSpec) throws -> SVGDocument {
        let p = try prepare(spec)
        let lang = spec.language
        let area = spec.options.value("style", default: "line") == "area"
        let totals = p.values.map { $0.reduce(0, +) }
        let desc: String
        if p.times.isEmpty {
            desc = Words.noData(lang)
        } else {
            let from = Self.timeLabel(p.times.first!, p, lang), to = Self.timeLabel(p.times.last!, p, lang)
            desc = (lang == .en ? "Timeline from \(from) to \(to): " : "Tidslinje fra \(from) til \(to): ")
                + zip(p.series, totals).map { ($0.0.isEmpty ? Words.total(lang) : $0.0) + " " + NumberFormat.label($0.1, language: lang) }
                    .joined(separator: ", ") + "."
        }
        var frame = ChartFrame(spec: spec, fallbackTitle: spec.columns.first ?? Words.time(lang), desc: desc)
        let plot = frame.plot, colors = frame.colors, s = frame.scale
        guard !p.times.isEmpty else {
            frame.doc.noData(in: plot, size: frame.labelSize, language: lang)
            return frame.doc
        }
        var top = plot.y
        if p.series.count > 1 || !(p.series.first ?? "").isEmpty {
            let entries = p.series.enumerated().map { ($0.element, Palette.series($0.offset)) }
            top += frame.doc.legend(entries, x: plot.x, y: plot.y, width: plot.width, size: frame.labelSize * 0.95) + 8 * s
        }
        let tickSize = frame.smallSize
        // The interval the line counts in, which the reader cannot see ("Antall per 10 minutter").
        let counted = spec.columns.count > 1 ? spec.columns[spec.columns.count - 1] : Words.count(lang)
        let caption = p.step > 0 ? counted + " " + Words.per(seconds: p.step, lang) : counted
        frame.doc.text(FontMetrics.shorten(caption, toFit: plot.width / 2, size: tickSize), x: plot.x,
                       y: top + FontMetrics.ascent * tickSize, size: tickSize, fill: colors.muted)
        top += tickSize * 1.6 + tickSize * 0.6
        let maxValue = p.values.flatMap { $0 }.max() ?? 0
        let yTicks = NiceTicks.ticks(low: 0, high: max(maxValue, 1), count: 5, integer: true)
        let axisWidth = SVGDocument.tickLabelWidth(yTicks, size: tickSize, language: lang) + tickSize * 0.8
        let left = plot.x + axisWidth
        let bottom = plot.maxY - tickSize * 1.8
        let right = plot.maxX - (p.categorical ? 0 : FontMetrics.width("00.00.0000", size: tickSize) / 2)
        let yScale = LinearScale(low: 0, high: yTicks.last!, start: bottom, end: top)
        frame.doc.valueAxisLeft(ticks: yTicks, scale: yScale, left: left, right: plot.maxX, size: tickSize, language: lang)
        let xOf: (Int) -> Double
        if p.categorical {
            let band = (plot.maxX - left) / Double(p.times.count)
            xOf = { left + (Double($0) + 0.5) * band }
            var lastRight = -Double.infinity
            for (i, t) in p.times.enumerated() {
                let label = Self.timeLabel(t, p, lang)
                let b = SVGDocument.box(label, x: xOf(i), y: bottom + tickSize * 1.3, size: tickSize, anchor: .middle)
                if b.x > lastRight + tickSize * 0.5, b.maxX <= frame.doc.width {
                    frame.doc.text(label, x: xOf(i), y: bottom + tickSize * 1.3, size: tickSize, fill: colors.muted, anchor: .middle)
                    lastRight = b.maxX
                }
            }
        } else {
            let lo = p.times.first!, hi = p.times.last! + p.step
            let xs = LinearScale(low: lo, high: max(hi, lo + 60), start: left + 4 * s, end: right)
            let mid = p.step / 2
            xOf = { xs(p.times[$0] + mid) }
            let ticks = NiceTicks.timeTicks(low: lo, high: max(hi, lo + 60), count: max(3, Int((right - left) / (110 * s))))
            var lastRight = -Double.infinity
            for t in ticks.ticks {
                let label = ticks.step < 86_400 && !p.withinDay && (hi - lo) >= 3 * 86_400 ? Self.timeLabel(t, p, lang, short: true)
                    : ticks.step < 86_400 ? (p.withinDay ? TimeFormat.clock(t) : Self.timeLabel(t, p, lang))
                    : Self.timeLabel(t, p, lang, short: true)
                let x = xs(t)
                frame.doc.line(x, bottom, x, bottom + 5 * s, stroke: colors.axis)
                let b = SVGDocument.box(label, x: x, y: bottom + tickSize * 1.3, size: tickSize, anchor: .middle)
                if b.x > lastRight + tickSize * 0.5, b.maxX <= frame.doc.width, b.x >= left - tickSize * 0.4 {
                    frame.doc.text(label, x: x, y: bottom + tickSize * 1.3, size: tickSize, fill: colors.muted, anchor: .middle)
                    lastRight = b.maxX
                }
            }
        }
        frame.doc.line(left, bottom, plot.maxX, bottom, stroke: colors.axis, width: 1.5)
        let markers = p.times.count <= 40
        for (si, row) in p.values.enumerated() {
            let color = Palette.series(si)
            let pts = row.enumerated().map { (xOf($0.offset), yScale($0.element)) }
            if area, pts.count > 1 {
                frame.doc.polygon([(pts.first!.0, bottom)] + pts + [(pts.last!.0, bottom)], fill: color, opacity: 0.18)
            }
            if pts.count > 1 { frame.doc.polyline(pts, stroke: color, width: 3 * s) }
            if markers || pts.count == 1 {
                // Zeros stay unmarked (a row of dots on the axis is noise) unless the series has nothing else.
                let allZero = row.allSatisfy { $0 == 0 }
                for (i, pt) in pts.enumerated() where row[i] != 0 || allZero || pts.count == 1 {
                    frame.doc.circle(pt.0, pt.1, r: 4.5 * s, fill: color, stroke: colors.background)
                }
            }
            // Value labels on a few seminar dates with one series.
            if p.categorical, p.values.count == 1 {
                for (i, v) in row.enumerated() {
                    frame.doc.text(NumberFormat.label(v, language: lang), x: xOf(i), y: yScale(v) - 12 * s,
                                   size: frame.labelSize, fill: colors.text, bold: true, anchor: .middle)
                }
            }
        }
        return frame.doc
    }
}
