/// An error a person can act on: what went wrong, where, and how to fix it.
///
/// ```swift
/// throw InnspillError("unknown field 'muncipality'", hint: "did you mean 'municipality'?",
///                     location: .column(8))
/// ```
public struct InnspillError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is.
    public enum Location: Sendable, Equatable {
        /// A file, and a line in it when known.
        case file(String, line: Int?)
        /// A column (0-based, in characters) of the command line being run.
        case column(Int)
    }

    public var message: String
    public var hint: String?
    public var location: Location?

    public init(_ message: String, hint: String? = nil, location: Location? = nil) {
        self.message = message
        self.hint = hint
        self.location = location
    }

    /// The message with the file and line in front where there is one.
    public var description: String {
        switch location {
        case .file(let path, let line?): return "\(path):\(line): \(message)"
        case .file(let path, nil): return "\(path): \(message)"
        default: return message
        }
    }

    /// The error raised when the user interrupts a command with Ctrl-C.
    public static let interrupted = InnspillError("interrupted", hint: "the state is as it was before the command")
}
