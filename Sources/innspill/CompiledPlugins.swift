import BarChart
import ChartKit
import DendrogramChart
import HeatmapChart
import NetworkChart
import StackedChart
import TimelineChart
import WordCloudChart

/// The chart plugins compiled into the executable: one line per plugin.
enum CompiledPlugins {
    static let all: [any ChartPlugin.Type] = [
        BarChart.self,
        StackedChart.self,
        HeatmapChart.self,
        TimelineChart.self,
        WordCloudChart.self,
        DendrogramChart.self,
        NetworkChart.self,
    ]
}
