import Foundation

/// Folders a test process makes under the system's temporary folder, removed when the
/// process exits, so test runs leave nothing behind in /tmp.
///
/// ```swift
/// static let home = ScratchFolder.make("innspill-e2e-home")   // /tmp/innspill-e2e-home-4711-1A2B3C4D
/// ```
public enum ScratchFolder {
    /// Makes a new, empty folder named `prefix-PID-RANDOM` and answers it; it is removed,
    /// with everything in it, when the test process exits.
    public static func make(_ prefix: String) -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        made.append(url)
        return url
    }

    private static let made = Removals()
}

/// The folders to remove at exit; registers the exit handler with the first one.
private final class Removals: @unchecked Sendable {
    private let lock = NSLock()
    private var folders: [URL] = []

    func append(_ url: URL) {
        lock.lock()
        defer { lock.unlock() }
        if folders.isEmpty { atexit { ScratchFolder.removeAll() } }
        folders.append(url)
    }

    func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        folders.removeAll()
    }
}

extension ScratchFolder {
    /// Removes every folder made so far (the exit handler).
    static func removeAll() { made.removeAll() }
}
