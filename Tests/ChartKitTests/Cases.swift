import BarChart
import DendrogramChart
import HeatmapChart
import NetworkChart
import StackedChart
import TimelineChart
import WordCloudChart
import ChartKit

/// Every golden case: a plugin, a fixed table and options. Goldens live in Golden/<name>.txt and .svg.
struct ChartCase {
    var name: String
    var plugin: any ChartPlugin.Type
    var spec: ChartSpec

    init(_ name: String, _ plugin: any ChartPlugin.Type, _ spec: ChartSpec, _ extra: [String: String] = [:],
         top: Int? = nil, size: ChartSize = .slide, theme: ChartTheme = .light) {
        self.name = name
        self.plugin = plugin
        var s = spec
        s.options.extra = extra
        s.options.top = top
        s.options.size = size
        s.options.theme = theme
        self.spec = s
    }

    static let all: [ChartCase] = [
        ChartCase("bar-themes", BarChart.self, Fixtures.themes),
        ChartCase("bar-themes-vertical", BarChart.self, Fixtures.themes, ["orientation": "vertical"]),
        ChartCase("bar-one", BarChart.self, Fixtures.one),
        ChartCase("bar-zeros", BarChart.self, Fixtures.zeros),
        ChartCase("bar-many", BarChart.self, Fixtures.many),
        ChartCase("bar-many-a4-dark", BarChart.self, Fixtures.many, top: 40, size: .a4, theme: .dark),
        ChartCase("bar-terms-vertical", BarChart.self, Fixtures.terms, ["orientation": "vertical"]),
        ChartCase("bar-keyness", BarChart.self, Fixtures.keyness),
        ChartCase("bar-many-en", BarChart.self, Fixtures.manyEnglish, top: 12),
        ChartCase("heatmap-en", HeatmapChart.self, { var s = Fixtures.wideCrosstab; s.language = .en; return s }(), top: 6),
        ChartCase("stacked-sections", StackedChart.self, Fixtures.crosstab),
        ChartCase("stacked-grouped", StackedChart.self, Fixtures.crosstab, ["mode": "grouped"]),
        ChartCase("stacked-percent-dark", StackedChart.self, Fixtures.crosstab, ["mode": "percent"], theme: .dark),
        ChartCase("stacked-many", StackedChart.self, Fixtures.wideCrosstab),
        ChartCase("stacked-one", StackedChart.self, Fixtures.oneCell),
        ChartCase("stacked-hundreds", StackedChart.self, Fixtures.hundredsCrosstab),
        ChartCase("heatmap-sections", HeatmapChart.self, Fixtures.crosstab),
        ChartCase("heatmap-groups", HeatmapChart.self, Fixtures.wideCrosstab),
        ChartCase("heatmap-groups-dark-square", HeatmapChart.self, Fixtures.wideCrosstab, top: 12, size: .square, theme: .dark),
        ChartCase("heatmap-one", HeatmapChart.self, Fixtures.oneCell),
        ChartCase("heatmap-hundreds", HeatmapChart.self, Fixtures.hundredsCrosstab),
        ChartCase("timeline-day", TimelineChart.self, Fixtures.day),
        ChartCase("timeline-day-area-binned", TimelineChart.self, Fixtures.day, ["style": "area", "bin": "15m"]),
        ChartCase("timeline-seminars", TimelineChart.self, Fixtures.seminars),
        ChartCase("timeline-one-point", TimelineChart.self, Fixtures.onePoint),
        ChartCase("timeline-many-series", TimelineChart.self, Fixtures.manySeries),
        ChartCase("timeline-weeks", TimelineChart.self, Fixtures.weeks, ["style": "area"]),
        ChartCase("wordcloud-terms", WordCloudChart.self, Fixtures.terms),
        ChartCase("wordcloud-many-dark", WordCloudChart.self, Fixtures.many, top: 150, theme: .dark),
        ChartCase("wordcloud-one", WordCloudChart.self, Fixtures.one),
        ChartCase("wordcloud-zeros", WordCloudChart.self, Fixtures.zeros),
        ChartCase("dendrogram-small", DendrogramChart.self, Fixtures.tree(leaves: 8)),
        ChartCase("dendrogram-k3", DendrogramChart.self, Fixtures.tree(leaves: 12), ["k": "3"]),
        ChartCase("dendrogram-many", DendrogramChart.self, Fixtures.tree(leaves: 150)),
        ChartCase("dendrogram-one", DendrogramChart.self, Fixtures.tree(leaves: 1)),
        ChartCase("network-terms", NetworkChart.self, Fixtures.network),
        ChartCase("network-many-dark", NetworkChart.self, Fixtures.bigNetwork, theme: .dark),
        ChartCase("network-one-edge", NetworkChart.self, Fixtures.oneEdge),
    ]
}
