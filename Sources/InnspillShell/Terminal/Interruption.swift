import CInnspillSignals
import InnspillCore

/// Ctrl-C while a command runs: long loops call `check()`, which throws
/// `InnspillError.interrupted` once SIGINT has arrived, and the shell then
/// keeps the state as it was before the command.
public enum Interruption {
    @Sendable public static func check() throws {
        if innspill_interrupt_pending() != 0 { throw InnspillError.interrupted }
    }
}
