import Foundation
import XCTest

/// Locates ../shared (the real corpora, reference data and evaluation sets)
/// beside the checkout. Tests that need it skip with a clear message when it
/// is absent; CI runs them with it present.
public enum SharedData {
    /// The package root (three levels above this file).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared`, or `$INNSPILL_SHARED` when set.
    public static let root: URL = {
        if let env = ProcessInfo.processInfo.environment["INNSPILL_SHARED"] { return URL(fileURLWithPath: env) }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// A file under ../shared; skips the calling test when it is missing.
    public static func file(_ relativePath: String) throws -> URL {
        let url = root.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("needs \(url.path) (../shared beside the checkout); it is present in CI")
        }
        return url
    }
}
