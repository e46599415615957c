import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files whole or not at all: the bytes go to a temporary file in the
/// same folder, which is then renamed over the target. A full disk, an error
/// while producing the content or an interrupted run never leaves half a file,
/// and never destroys the old one.
///
/// ```swift
/// try AtomicFile.write(Data("a,b\n".utf8), to: "out/table.csv")
/// try AtomicFile.write(to: "units.jsonl") { out in
///     for line in lines { try out.write(line + "\n") }   // streamed; a throw here keeps the old file
/// }
/// ```
public enum AtomicFile {
    /// Buffered output to the temporary file; see `write(to:permissions:_:)`.
    public final class Writer {
        fileprivate let fd: Int32
        fileprivate var buffer: [UInt8] = []
        fileprivate var failure: Int32 = 0

        fileprivate init(fd: Int32) {
            self.fd = fd
            buffer.reserveCapacity(1 << 16)
        }

        /// Appends the UTF-8 bytes of `text`.
        public func write(_ text: String) throws {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 16 { try flush() }
        }

        /// Appends raw bytes.
        public func write(_ data: Data) throws {
            buffer.append(contentsOf: data)
            if buffer.count >= 1 << 16 { try flush() }
        }

        fileprivate func flush() throws {
            let ok = buffer.withUnsafeBytes { raw -> Bool in
                var offset = 0
                while offset < raw.count {
                    let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 { if errno == EINTR { continue }; failure = errno; return false }
                    offset += n
                }
                return true
            }
            buffer.removeAll(keepingCapacity: true)
            if !ok { throw CocoaError(.fileWriteUnknown) }
        }
    }

    /// Fails with the message `write` would give when `path` cannot be written to because its
    /// folder is missing or is a file, or `path` is a folder; writes nothing. For commands that
    /// name a file to write later (`.once`), so the mistake is reported where it was made.
    public static func checkPlace(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        let (shown, folderName) = names(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.deletingLastPathComponent().path, isDirectory: &isDirectory) else {
            throw InnspillError("cannot write '\(shown)': folder '\(folderName)' does not exist",
                                hint: "create the folder first or choose another path")
        }
        guard isDirectory.boolValue else {
            throw InnspillError("cannot write '\(shown)': '\(folderName)' is not a folder", hint: "choose a path inside a folder")
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InnspillError("cannot write '\(shown)': it is a folder", hint: "give a file name")
        }
    }

    /// The path and its folder as messages show them (relative to the current folder when below it).
    private static func names(_ path: String) -> (path: String, folder: String) {
        let shown = DisplayPath.of(path)
        let folder = (shown as NSString).deletingLastPathComponent
        return (shown, folder.isEmpty ? "." : folder)
    }

    /// Writes `data` to `path` atomically, keeping an existing file's permissions
    /// (new files get `permissions`, default 0644).
    public static func write(_ data: Data, to path: String, permissions: mode_t = 0o644) throws {
        try write(to: path, permissions: permissions) { try $0.write(data) }
    }

    /// Streams content into `path` atomically: `body` writes into a temporary file in the
    /// same folder, which replaces `path` only when `body` returns. If `body` throws, the
    /// temporary file is removed, the old file stays as it was, and the error is rethrown.
    public static func write(to path: String, permissions: mode_t = 0o644, _ body: (Writer) throws -> Void) throws {
        try checkPlace(path)
        let url = URL(fileURLWithPath: path)
        let (shown, folderName) = names(path)
        let folder = url.deletingLastPathComponent().path
        var mode = permissions
        var existing = stat()
        if stat(url.path, &existing) == 0 { mode = existing.st_mode & 0o7777 }
        var template = Array("\(folder)/.\(url.lastPathComponent).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw InnspillError("cannot write '\(shown)': \(String(cString: strerror(errno)))",
                                hint: "check that the folder '\(folderName)' is writable")
        }
        let tempPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let writer = Writer(fd: fd)
        var failure: Int32 = fchmod(fd, mode) == 0 ? 0 : errno
        var thrown: Error?
        if failure == 0 {
            do {
                try body(writer)
                try writer.flush()
            } catch {
                if writer.failure != 0 { failure = writer.failure } else { thrown = error }
            }
        }
        if failure == 0, thrown == nil, fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0, thrown == nil, rename(tempPath, url.path) != 0 { failure = errno }
        if failure != 0 || thrown != nil {
            unlink(tempPath)
            if let thrown { throw thrown }
            throw InnspillError("cannot write '\(shown)': \(String(cString: strerror(failure)))",
                                hint: "the old file, if any, is unchanged")
        }
    }
}

@inline(__always)
private func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, pointer, count)
    #else
    return Darwin.write(fd, pointer, count)
    #endif
}
