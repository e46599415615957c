/// An error of the text engine, as a value with a message a person can act on.
public struct TextError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case emptyQuery, badRegex, badArgument
    }
    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
