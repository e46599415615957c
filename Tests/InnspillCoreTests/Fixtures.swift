import Foundation
@testable import InnspillCore

/// Loads `text` as a file named `name` (its extension picks the format, as for a user's file), written
/// to a folder of this test process.
///
/// ```swift
/// let corpus = try loadFixture("Gruppe 2, Oslo\n\nLange ventelister.\n", name: "referat.txt")
/// ```
func loadFixture(_ text: String, name: String) throws -> Corpus {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-fixtures-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return try CorpusLoader.loadFile(url.path, options: LoadOptions())
}

/// Loads bytes as a file named `name`, as `loadFixture(_:name:)` loads text.
func loadFixture(data: Data, name: String) throws -> Corpus {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-fixtures-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent(name)
    try data.write(to: url)
    return try CorpusLoader.loadFile(url.path, options: LoadOptions())
}
