/// A chart: declares what it is and what it accepts, and draws a `ChartSpec` as terminal text and as SVG.
///
/// A plugin lives in its own target under `Plugins/`, depends on ChartKit only, and is listed once in the
/// executable. Implement `draw(_:)` (the SVG layout, whose text boxes tests check) and `renderText`;
/// `renderSVG` comes for free.
///
/// ```swift
/// public struct BarChart: ChartPlugin {
///     public static let id = "bar"
///     public static let summary = "Horizontal or vertical bars, one per category"
///     public static let shapes: [ChartShape] = [.categoryCounts, .weightedTerms]
///     public static let options: [ChartOptionInfo] = [...]
///     public init() {}
///     public func renderText(_ spec: ChartSpec, width: Int, color: Bool) throws -> String { ... }
///     public func draw(_ spec: ChartSpec) throws -> SVGDocument { ... }
/// }
/// ```
public protocol ChartPlugin: Sendable {
    /// The name typed after `chart` (`bar`, `heatmap`).
    static var id: String { get }
    /// One line for `plugins`.
    static var summary: String { get }
    /// The table shapes this chart can draw.
    static var shapes: [ChartShape] { get }
    /// The plugin's own options (the common ones — top, sort, size, theme — are in `ChartOptionInfo.common`).
    static var options: [ChartOptionInfo] { get }

    init()

    /// The chart as terminal text at most `width` cells wide; ANSI colour only when `color`.
    func renderText(_ spec: ChartSpec, width: Int, color: Bool) throws -> String
    /// The SVG layout, with its text boxes recorded.
    func draw(_ spec: ChartSpec) throws -> SVGDocument
    /// The SVG document as text.
    func renderSVG(_ spec: ChartSpec) throws -> String
}

extension ChartPlugin {
    public func renderSVG(_ spec: ChartSpec) throws -> String { try draw(spec).render() }

    /// Throws a clear error unless the spec's shape is one this plugin accepts.
    public func require(_ spec: ChartSpec) throws(ChartError) {
        guard Self.shapes.contains(spec.shape) else {
            throw ChartError(.unsuitableTable, Self.unsuitableMessage(spec.shape))
        }
    }

    static func unsuitableMessage(_ shape: ChartShape) -> String {
        "chart \(id) cannot draw a \(shape.rawValue) table; it accepts "
            + shapes.map(\.description).joined(separator: " or ")
            + ". Produce such a table first (for example `group by FIELD` or `freq`), then run `chart \(id)`."
    }
}
