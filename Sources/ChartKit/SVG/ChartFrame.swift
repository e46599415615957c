/// The parts every SVG chart shares: canvas, title, subtitle and source line, and the
/// area left for the plot. Type sizes grow with the canvas so a slide reads from the back of a room.
public struct ChartFrame: Sendable {
    public var doc: SVGDocument
    /// Where the plot may draw (text included).
    public var plot: Box
    /// Scale of type and strokes relative to a 1280x720 slide.
    public var scale: Double

    /// Font sizes for this canvas.
    public var labelSize: Double { 18 * scale }
    public var smallSize: Double { 15 * scale }
    public var colors: ThemeColors { doc.colors }

    public init(spec: ChartSpec, fallbackTitle: String, desc: String) {
        let size = spec.options.size
        var doc = SVGDocument(size: size, theme: spec.options.theme)
        let s = min(2.5, max(0.6, min(Double(size.width) / 1280, Double(size.height) / 720)))
        let pad = 36 * s
        let inner = doc.width - 2 * pad
        let title = spec.title.isEmpty ? fallbackTitle : spec.title
        doc.title = title
        doc.desc = desc
        var y = pad
        let titleSize = 32 * s
        for line in FontMetrics.wrap(title, width: inner, size: titleSize, bold: true, maxLines: 2) {
            y += FontMetrics.ascent * titleSize
            doc.text(line, x: pad, y: y, size: titleSize, fill: doc.colors.text, bold: true)
            y += (FontMetrics.lineHeight - FontMetrics.ascent) * titleSize
        }
        if !spec.subtitle.isEmpty {
            let subSize = 20 * s
            y += 2 * s
            for line in FontMetrics.wrap(spec.subtitle, width: inner, size: subSize, maxLines: 2) {
                y += FontMetrics.ascent * subSize
                doc.text(line, x: pad, y: y, size: subSize, fill: doc.colors.muted)
                y += (FontMetrics.lineHeight - FontMetrics.ascent) * subSize
            }
        }
        y += 18 * s
        var bottom = doc.height - pad * 0.75
        if !spec.source.isEmpty {
            let srcSize = 15 * s
            let line = FontMetrics.shorten(spec.source, toFit: inner, size: srcSize)
            doc.text(line, x: pad, y: bottom - FontMetrics.descent * srcSize, size: srcSize, fill: doc.colors.muted)
            bottom -= (FontMetrics.ascent + FontMetrics.descent) * srcSize + 14 * s
        }
        self.doc = doc
        self.scale = s
        self.plot = Box(x: pad, y: y, width: inner, height: max(40, bottom - y))
    }
}

/// The few words charts write themselves, in the chart's language.
public enum Words {
    /// "og 12 til" / "and 12 more".
    public static func more(_ n: Int, _ language: ChartLanguage) -> String {
        language == .en ? "and \(n) more" : "og \(n) til"
    }

    /// "og 4 kolonner til" / "and 4 more columns": `noun` in nb, nn and en.
    public static func more(_ n: Int, _ language: ChartLanguage, noun: (nb: String, nn: String, en: String)) -> String {
        switch language {
        case .nb: return "og \(n) \(noun.nb) til"
        case .nn: return "og \(n) \(noun.nn) til"
        case .en: return "and \(n) more \(noun.en)"
        }
    }

    /// "(ingen)" / "(none)": the units without a value, where the spec names none (`ChartSpec.noValueLabel`).
    public static func none(_ language: ChartLanguage) -> String { language == .en ? "(none)" : "(ingen)" }

    /// "Andre" / "Other": a bucket for series beyond what a chart colours apart.
    public static func other(_ language: ChartLanguage) -> String { language == .en ? "Other" : "Andre" }

    public static func count(_ language: ChartLanguage) -> String {
        switch language {
        case .nb: return "Antall"
        case .nn: return "Tal"
        case .en: return "Count"
        }
    }

    /// "per 10 minutter" / "per 10 minutt" / "per 10 minutes": the interval a timeline counts in, of `seconds`.
    public static func per(seconds: Double, _ language: ChartLanguage) -> String {
        let units: [(seconds: Double, one: (nb: String, nn: String, en: String), many: (nb: String, nn: String, en: String))] = [
            (604_800, ("uke", "veke", "week"), ("uker", "veker", "weeks")),
            (86_400, ("dag", "dag", "day"), ("dager", "dagar", "days")),
            (3600, ("time", "time", "hour"), ("timer", "timar", "hours")),
            (60, ("minutt", "minutt", "minute"), ("minutter", "minutt", "minutes")),
        ]
        let unit = units.first { seconds >= $0.seconds && seconds.truncatingRemainder(dividingBy: $0.seconds) == 0 } ?? units[3]
        let n = Int((seconds / unit.seconds).rounded())
        let word: String
        switch language {
        case .nb: word = n == 1 ? unit.one.nb : unit.many.nb
        case .nn: word = n == 1 ? unit.one.nn : unit.many.nn
        case .en: word = n == 1 ? unit.one.en : unit.many.en
        }
        return n == 1 ? "per \(word)" : "per \(n) \(word)"
    }

    public static func height(_ language: ChartLanguage) -> String {
        switch language {
        case .nb: return "Avstand ved sammenslåing"
        case .nn: return "Avstand ved samanslåing"
        case .en: return "Merge distance"
        }
    }

    public static func time(_ language: ChartLanguage) -> String {
        switch language {
        case .nb, .nn: return "Tid"
        case .en: return "Time"
        }
    }

    public static func total(_ language: ChartLanguage) -> String {
        switch language {
        case .nb, .nn: return "sum"
        case .en: return "total"
        }
    }

    /// "3 ord fikk ikke plass" / "3 words did not fit".
    public static func didNotFit(_ n: Int, _ language: ChartLanguage) -> String {
        switch language {
        case .nb: return "\(n) ord fikk ikke plass"
        case .nn: return "\(n) ord fekk ikkje plass"
        case .en: return "\(n) words did not fit"
        }
    }

    /// "Ingen data" / "No data".
    public static func noData(_ language: ChartLanguage) -> String {
        switch language {
        case .nb: return "Ingen data å vise"
        case .nn: return "Ingen data å vise"
        case .en: return "No data to show"
        }
    }
}
