import ChartKit
