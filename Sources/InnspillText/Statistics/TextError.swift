/// An error of the text engine, as a value with a message a person can act on and
/// a code callers can match.
///
/// ```swift
/// do { _ = try KWICQuery.parse("  ") } catch { print(error.code, error.message) }   // emptyQuery, "no word to look for in ..."
/// ```
public struct TextError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case emptyQuery, badArgument
    }
    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
