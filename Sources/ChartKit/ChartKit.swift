// ChartKit: the chart plugin API of Innspill. It knows nothing of corpora or the shell.
//
// - `ChartSpec` (Spec/): a neutral table with a shape, texts and options; `ChartData` reads it per shape.
// - `ChartPlugin` and `ChartRegistry` (Plugin/): what a chart declares, how the executable lists them,
//   option parsing, rendering to text, SVG, PNG and files.
// - `TextCanvas` and `DisplayWidth` (Text/): terminal output that fits a width, colour only when asked.
// - `SVGDocument`, `ChartFrame`, axes and legends (SVG/): escaped SVG whose text boxes are recorded so
//   tests can prove nothing overlaps.
// - `FontMetrics` (Fonts/): DejaVu Sans advance widths, to measure, shorten and wrap labels.
// - `NiceTicks`, `Palette`, `NumberFormat`, `TimeFormat` (Scales/): deterministic scales and formatting.
// - `PNGRasterizer` (Render/): SVG to PNG through librsvg and cairo (the CRSVG shim).
//
// Usage:
//
//     let charts = ChartRegistry([BarChart.self, HeatmapChart.self])
//     var spec = ChartSpec(shape: .categoryCounts, columns: ["tema", "innspill"],
//                          rows: [[.text("Økonomi"), .number(14)], [.text("Lokaler"), .number(5)]],
//                          title: "Innspill per tema", source: "Kilde: Dialogseminar 9.2.2023, 38 innspill")
//     spec.options = try charts.options(for: "bar", arguments: ["top": "10"])
//     print(try charts.renderText("bar", spec, width: 80, color: false), terminator: "")
//     try charts.write("bar", spec, to: URL(fileURLWithPath: "tema.svg"))
