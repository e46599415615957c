import Foundation

/// Writes to stdout and stderr with `write(2)`, so output is never held in a
/// buffer when the process exits, and a closed pipe (`innspill ... | head`)
/// ends the program quietly instead of with an error.
public enum StandardStreams {
    /// Writes text to standard output.
    public static func out(_ text: String) { write(text, to: 1) }
    /// Writes text to standard error.
    public static func err(_ text: String) { write(text, to: 2) }

    private static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                return
            }
            offset += n
        }
        bytes.removeAll()
    }
}
