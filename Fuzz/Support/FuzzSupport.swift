import Foundation
import InnspillCore

/// Helpers shared by the fuzz targets (compiled into each by Fuzz/run.sh).
enum FuzzSupport {
    /// A folder of this process's own for the files the readers are given: `$INNSPILL_FUZZ_SCRATCH`
    /// (Fuzz/run.sh makes one and removes it after), else one in /dev/shm when there is one, so
    /// writing an input costs little.
    static let folder: String = {
        if let scratch = ProcessInfo.processInfo.environment["INNSPILL_FUZZ_SCRATCH"] { return scratch }
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let path = "\(base)/innspill-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// Writes the fuzzer's bytes to `folder/name` and returns the path.
    static func write(_ data: UnsafePointer<UInt8>, _ size: Int, name: String) -> String {
        let path = "\(folder)/\(name)"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot write \(path)")
        var offset = 0
        while offset < size {
            let n = Glibc.write(fd, data + offset, size - offset)
            precondition(n > 0, "cannot write \(path)")
            offset += n
        }
        close(fd)
        return path
    }

    /// Loads the file at `path` the way `load` does. The oracle, besides "no crash, no hang":
    /// every failure is an InnspillError that names the file, never another error.
    static func load(_ path: String, format: LoadFormat) {
        do {
            let corpus = try CorpusLoader.loadFile(path, options: LoadOptions(format: format))
            precondition(!corpus.units.isEmpty, "a corpus without units was returned instead of an error")
        } catch let error as InnspillError {
            let name = (path as NSString).lastPathComponent
            precondition(error.description.contains(name), "the error does not name the file: \(error.description)")
        } catch {
            preconditionFailure("load threw \(type(of: error)), not an InnspillError: \(error)")
        }
    }
}
