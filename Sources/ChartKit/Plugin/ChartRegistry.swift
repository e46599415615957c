import Foundation

/// Output a chart can be written as.
public enum ChartFormat: String, Sendable, CaseIterable {
    case text = "txt", svg, png

    /// The format for a file name's extension (`.txt`, `.svg`, `.png`), or nil.
    public init?(path: String) {
        let ext = (path as NSString).pathExtension.lowercased()
        self.init(rawValue: ext)
    }
}

/// The compiled-in chart plugins, by id. The executable builds one from its list:
///
/// ```swift
/// let charts = ChartRegistry([BarChart.self, StackedChart.self, HeatmapChart.self, TimelineChart.self,
///                             WordCloudChart.self, DendrogramChart.self, NetworkChart.self])
/// var spec = ChartSpec(shape: .categoryCounts, columns: ["section", "count"], rows: rows)
/// spec.options = try charts.options(for: "bar", arguments: ["top": "10", "size": "wide"])
/// print(try charts.renderText("bar", spec, width: 80, color: false), terminator: "")
/// try charts.write("bar", spec, to: URL(fileURLWithPath: "tema.png"))
/// ```
public struct ChartRegistry: Sendable {
    public let plugins: [any ChartPlugin.Type]

    public init(_ plugins: [any ChartPlugin.Type]) {
        var seen = Set<String>()
        self.plugins = plugins.filter { seen.insert($0.id).inserted }
    }

    /// Plugin ids in registration order (for tab completion).
    public var ids: [String] { plugins.map { $0.id } }

    /// The plugin with this id, or an error listing the ids there are.
    public func plugin(_ id: String) throws(ChartError) -> any ChartPlugin.Type {
        if let p = plugins.first(where: { $0.id == id.lowercased() }) { return p }
        throw ChartError(.unknownPlugin, "no chart plugin named \"\(id)\"; available: \(ids.joined(separator: ", ")) (see `plugins`)")
    }

    /// The texts every chart takes as `name=value` (set on the spec by `configure`, not options).
    public static let textOptions = ["title", "subtitle", "source", "lang"]

    /// Every `name=` a chart drawn by this plugin takes: the texts, the common options, then the
    /// plugin's own (`ChartPlugin.options`). A shell checks what was typed against it before drawing.
    ///
    /// ```swift
    /// try charts.optionNames(for: "bar")
    /// // ["title", "subtitle", "source", "lang", "top", "sort", "size", "theme", "orientation", "values"]
    /// ```
    public func optionNames(for id: String) throws(ChartError) -> [String] {
        ChartRegistry.textOptions + (ChartOptionInfo.common + (try plugin(id)).options).map(\.name)
    }

    /// Builds `ChartOptions` from `name=value` arguments, checking names and values against the plugin.
    /// `title` and `subtitle` are not options: set them on the spec.
    public func options(for id: String, arguments: [String: String],
                        base: ChartOptions = ChartOptions()) throws(ChartError) -> ChartOptions {
        let p = try plugin(id)
        var options = base
        for name in arguments.keys.sorted() {
            let value = arguments[name]!
            switch name.lowercased() {
            case "top":
                guard let n = Int(value), n > 0 else {
                    throw ChartError(.badOption, "top=\(value) must be a whole number above 0, e.g. top=20")
                }
                options.top = n
            case "sort":
                guard let s = ChartSort(rawValue: value.lowercased()) else {
                    throw ChartError(.badOption, "sort=\(value) is not an order; use value, label or none")
                }
                options.sort = s
            case "size":
                options.size = try ChartSize.parse(value)
            case "theme":
                guard let t = ChartTheme(rawValue: value.lowercased()) else {
                    throw ChartError(.badOption, "theme=\(value) is not a theme; use light or dark")
                }
                options.theme = t
            default:
                guard let info = p.options.first(where: { $0.name == name.lowercased() }) else {
                    let names = try optionNames(for: id)
                    throw ChartError(.badOption, "chart \(p.id) has no option \"\(name)\"; its options are \(names.joined(separator: ", "))")
                }
                if !info.values.isEmpty, !info.values.contains(value.lowercased()) {
                    throw ChartError(.badOption, "\(info.name)=\(value) is not allowed for chart \(p.id); use \(info.values.joined(separator: ", "))")
                }
                options.extra[info.name] = info.values.isEmpty ? value : value.lowercased()
            }
        }
        return options
    }

    /// `spec` with `title=`, `subtitle=`, `source=` and `lang=` set from the arguments and every other argument
    /// parsed as an option of the plugin (see `options(for:arguments:)`).
    ///
    /// ```swift
    /// let ready = try charts.configure(spec, for: "bar", arguments: ["title": "Tema", "top": "10", "theme": "dark"])
    /// ```
    public func configure(_ spec: ChartSpec, for id: String, arguments: [String: String]) throws(ChartError) -> ChartSpec {
        var spec = spec
        var rest: [String: String] = [:]
        for (name, value) in arguments {
            switch name.lowercased() {
            case "title": spec.title = value
            case "subtitle": spec.subtitle = value
            case "source": spec.source = value
            case "lang":
                guard let l = ChartLanguage(rawValue: value.lowercased()) else {
                    throw ChartError(.badOption, "lang=\(value) is not a chart language; use nb, nn or en")
                }
                spec.language = l
            default: rest[name] = value
            }
        }
        spec.options = try options(for: id, arguments: rest, base: spec.options)
        return spec
    }

    public func renderText(_ id: String, _ spec: ChartSpec, width: Int, color: Bool) throws -> String {
        try plugin(id).init().renderText(spec, width: width, color: color)
    }

    public func renderSVG(_ id: String, _ spec: ChartSpec) throws -> String {
        try plugin(id).init().renderSVG(spec)
    }

    /// PNG bytes at twice the canvas size, through librsvg.
    public func renderPNG(_ id: String, _ spec: ChartSpec, scale: Double = 2) throws -> Data {
        try PNGRasterizer.render(svg: renderSVG(id, spec), scale: scale)
    }

    /// Renders in the format of `url`'s extension (.svg, .png, .txt; text is `width` wide without colour)
    /// and writes it through a temporary file renamed into place.
    public func write(_ id: String, _ spec: ChartSpec, to url: URL, textWidth: Int = 100) throws {
        guard let format = ChartFormat(path: url.path) else {
            throw ChartError(.io, "cannot tell the format of \(url.lastPathComponent); end the name in .svg, .png or .txt")
        }
        let data: Data
        switch format {
        case .text: data = Data(try renderText(id, spec, width: textWidth, color: false).utf8)
        case .svg: data = Data(try renderSVG(id, spec).utf8)
        case .png: data = try renderPNG(id, spec)
        }
        try ChartFile.write(data, to: url)
    }

    /// Help for `.help chart ID`: summary, accepted shapes, and every option with its default and values.
    public func help(_ id: String) throws(ChartError) -> String {
        let p = try plugin(id)
        var lines = ["chart \(p.id) — \(p.summary)", "accepts: " + p.shapes.map(\.description).joined(separator: "; "), "options:"]
        for o in ChartOptionInfo.common + p.options {
            let values = o.values.isEmpty ? "" : " (" + o.values.joined(separator: "|") + ")"
            lines.append("  \(o.name)=\(o.defaultValue)\(values)  \(o.help)")
        }
        lines.append("  title=\"...\" subtitle=\"...\"  texts above the chart")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line per plugin: id, summary, shapes and options with defaults (for `plugins`).
    public var listing: [(id: String, summary: String, shapes: [ChartShape], options: [ChartOptionInfo])] {
        plugins.map { ($0.id, $0.summary, $0.shapes, $0.options) }
    }
}

/// Writes files atomically: to a temporary file beside the target, then renamed into place.
public enum ChartFile {
    public static func write(_ data: Data, to url: URL) throws(ChartError) {
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: tmp)
            if rename(tmp.path, url.path) != 0 {
                let err = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: tmp)
                throw ChartError(.io, "cannot write \(url.path): \(err)")
            }
        } catch let e as ChartError {
            throw e
        } catch {
            throw ChartError(.io, "cannot write \(url.path): \(error.localizedDescription); check that the folder \(dir.path) exists and is writable")
        }
    }
}
