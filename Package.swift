// swift-tools-version:6.0
import PackageDescription

/// Chart plugins compiled into the package: one folder under Plugins/ each,
/// depending on ChartKit only. Adding a plugin is a new folder, one entry here
/// and one line in Sources/innspill/CompiledPlugins.swift.
let chartPlugins: [(target: String, folder: String)] = [
    ("BarChart", "Bar"),
    ("StackedChart", "Stacked"),
    ("HeatmapChart", "Heatmap"),
    ("TimelineChart", "Timeline"),
    ("WordCloudChart", "WordCloud"),
    ("DendrogramChart", "Dendrogram"),
    ("NetworkChart", "Network"),
]

let package = Package(
    name: "innspill",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "innspill", targets: ["innspill"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // System libraries: module.modulemap + shim.h only.
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CHunspell", pkgConfig: "hunspell", providers: [.apt(["libhunspell-dev", "hunspell-no"])]),
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        // libxml2: prototypes declared in shim.h (its headers include ICU's, which clash with Foundation's copy).
        .systemLibrary(name: "CLibXML2", providers: [.apt(["libxml2-dev"])]),
        // librsvg: prototypes declared in shim.h (its pkg-config flags carry -pthread, which SwiftPM rejects).
        .systemLibrary(name: "CRSVG", providers: [.apt(["librsvg2-dev"])]),
        .target(name: "CInnspillSignals"),

        .target(name: "InnspillText", dependencies: ["CStemmer", "CHunspell"]),
        .target(
            name: "InnspillCore",
            dependencies: ["InnspillText", "CPCRE2", "CZstd", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "InnspillCluster", dependencies: ["InnspillText"]),
        .target(name: "ChartKit", dependencies: ["CRSVG"]),
        .target(
            name: "InnspillShell",
            dependencies: ["InnspillCore", "InnspillText", "InnspillCluster", "ChartKit", "CLibEdit", "CInnspillSignals"]
        ),
        .executableTarget(
            name: "innspill",
            dependencies: [
                "InnspillShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + chartPlugins.map { .target(name: $0.target) }
        ),

        // Locates ../shared for the tests that read the real corpora and reference data.
        .target(name: "InnspillTestSupport", path: "Tests/Support"),
        .testTarget(name: "InnspillTextTests", dependencies: ["InnspillText", "InnspillTestSupport"]),
        .testTarget(
            name: "InnspillCoreTests",
            dependencies: ["InnspillCore", "InnspillTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["FuzzRegressions"]  // inputs `make fuzz` found, read by path
        ),
        .testTarget(name: "InnspillClusterTests", dependencies: ["InnspillCluster", "InnspillText", "InnspillTestSupport"]),
        .testTarget(
            name: "ChartKitTests",
            dependencies: ["ChartKit", "InnspillTestSupport"] + chartPlugins.map { .target(name: $0.target) },
            exclude: ["Golden"]  // read by path, so a test can rewrite them with INNSPILL_UPDATE_GOLDEN=1
        ),
        .testTarget(name: "InnspillShellTests", dependencies: ["InnspillShell"]),
        .testTarget(name: "EndToEndTests", dependencies: ["InnspillTestSupport"], exclude: ["Golden", "Sessions"]),
    ] + chartPlugins.map {
        .target(name: $0.target, dependencies: ["ChartKit"], path: "Plugins/\($0.folder)")
    }
)
