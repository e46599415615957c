import Foundation

/// Paths as a person reads them in messages and tables: relative to the
/// current folder when the file is below it, else as they are.
///
/// ```swift
/// DisplayPath.of("/home/kari/seminar/board.txt")   // "board.txt" when run in /home/kari/seminar
/// ```
public enum DisplayPath {
    public static func of(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
