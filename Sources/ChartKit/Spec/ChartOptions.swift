/// Canvas size of an SVG or PNG chart.
public struct ChartSize: Sendable, Equatable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public var name: String

    public init(width: Int, height: Int, name: String? = nil) {
        self.width = width
        self.height = height
        self.name = name ?? "\(width)x\(height)"
    }

    /// 1280x720, 16:9 for slides (the default).
    public static let slide = ChartSize(width: 1280, height: 720, name: "slide")
    /// 1600x720, a wide figure for a report page or a banner slide.
    public static let wide = ChartSize(width: 1600, height: 720, name: "wide")
    /// 1080x1080.
    public static let square = ChartSize(width: 1080, height: 1080, name: "square")
    /// 794x1123, A4 portrait at 96 dpi.
    public static let a4 = ChartSize(width: 794, height: 1123, name: "a4")

    /// Parses `slide`, `wide`, `square`, `a4` or `WxH` (each side 200...8000).
    public static func parse(_ text: String) throws(ChartError) -> ChartSize {
        let t = text.lowercased()
        switch t {
        case "slide": return .slide
        case "wide": return .wide
        case "square": return .square
        case "a4": return .a4
        default:
            let parts = t.split(separator: "x", omittingEmptySubsequences: false)
            if parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]),
               (200...8000).contains(w), (200...8000).contains(h) {
                return ChartSize(width: w, height: h)
            }
            throw ChartError(.badOption, "size=\(text) is not a size; use slide (1280x720), wide (1600x720), square (1080x1080), a4 (794x1123) or WxH such as 1024x768 (200 to 8000 each)")
        }
    }

    public var description: String { name }
}

/// Colours of the canvas.
public enum ChartTheme: String, Sendable, CaseIterable {
    case light, dark
}

/// How categories are ordered.
public enum ChartSort: String, Sendable, CaseIterable {
    /// Largest value first (the default for most charts).
    case value
    /// Alphabetical, Norwegian order (… z æ ø å).
    case label
    /// As the table has them.
    case none
}

/// Options every chart understands, plus the plugin's own (`extra`).
public struct ChartOptions: Sendable, Equatable {
    /// Show at most this many categories (terms, nodes, leaves); the rest are summarised as "og N til".
    public var top: Int?
    public var sort: ChartSort?
    public var size: ChartSize
    public var theme: ChartTheme
    /// Plugin options by name (`orientation=vertical`, `mode=grouped`), validated by the registry.
    public var extra: [String: String]

    public init(top: Int? = nil, sort: ChartSort? = nil, size: ChartSize = .slide, theme: ChartTheme = .light,
                extra: [String: String] = [:]) {
        self.top = top
        self.sort = sort
        self.size = size
        self.theme = theme
        self.extra = extra
    }

    /// A plugin option's value, or `fallback` when not given.
    public func value(_ name: String, default fallback: String) -> String {
        extra[name] ?? fallback
    }
}

/// One option a plugin accepts, for `plugins`, `.help chart` and tab completion.
public struct ChartOptionInfo: Sendable, Equatable {
    public var name: String
    /// The default, as it would be typed.
    public var defaultValue: String
    /// The values allowed, when they are a fixed list (for completion and checking); empty for free values.
    public var values: [String]
    public var help: String

    public init(_ name: String, default defaultValue: String, values: [String] = [], help: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.values = values
        self.help = help
    }

    /// The options every plugin takes (title and subtitle are set on the spec itself).
    public static let common: [ChartOptionInfo] = [
        ChartOptionInfo("top", default: "auto", help: "show at most N categories; the rest become \"og N til\""),
        ChartOptionInfo("sort", default: "value", values: ChartSort.allCases.map(\.rawValue),
                        help: "order: value (largest first), label (alphabetical) or none (table order)"),
        ChartOptionInfo("size", default: "slide", values: ["slide", "wide", "square", "a4"],
                        help: "canvas: slide 1280x720, wide 1600x720, square 1080x1080, a4 794x1123, or WxH"),
        ChartOptionInfo("theme", default: "light", values: ChartTheme.allCases.map(\.rawValue),
                        help: "light or dark background"),
    ]
}

/// A chart error with a message a person can act on.
public struct ChartError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The table does not have a shape or the columns the plugin needs.
        case unsuitableTable
        /// An option name or value is wrong.
        case badOption
        /// No plugin with that id.
        case unknownPlugin
        /// PNG rendering failed or librsvg is missing.
        case rasterizer
        /// A file could not be written.
        case io
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
