import Foundation

/// Facts about the process's surroundings: the home folder, whether streams are terminals, colour.
public enum ProcessEnvironment {
    public static var home: String? { ProcessInfo.processInfo.environment["HOME"] }

    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }

    /// Colour only on a terminal, and only when NO_COLOR is unset (https://no-color.org).
    public static func colorAllowed(fd: Int32 = 1) -> Bool {
        isTerminal(fd) && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Width of the terminal on `fd`, or 80 when it is not one.
    public static func terminalWidth(fd: Int32 = 1) -> Int {
        var size = winsize()
        if isTerminal(fd), ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    /// The current folder.
    public static var currentDirectory: String { FileManager.default.currentDirectoryPath }
}
