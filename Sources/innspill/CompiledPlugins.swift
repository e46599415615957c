/// The chart plugins compiled into the executable: one line per plugin.
enum CompiledPlugins {
    static let names: [String] = []
}
