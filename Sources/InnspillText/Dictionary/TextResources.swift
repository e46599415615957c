import Foundation

/// The word lists the text engine loads on first use (the bokmål and nynorsk hunspell
/// dictionaries, the compound splitter's word list, the folding table): about a fifth of a
/// second, which would otherwise fall on the first text command typed at the prompt.
///
/// ```swift
/// let loading = TextResources.loadInBackground()   // when the prompt opens
/// ...
/// loading.wait()                                   // before the process exits
/// ```
public enum TextResources {
    /// Loads the word lists now, on this thread (a no-op once they are loaded).
    private static func load() {
        _ = StandardFolder.shared
        _ = CompoundSplitter.shared
    }

    /// Loads the word lists on a background thread; wait on the group before exiting, so the
    /// process never ends while a C library is half-way through reading a dictionary.
    public static func loadInBackground() -> DispatchGroup {
        let group = DispatchGroup()
        DispatchQueue.global(qos: .utility).async(group: group) { load() }
        return group
    }
}
