import InnspillText

extension WorkControl {
    /// Throws `InnspillError.interrupted` when the work should stop (Ctrl-C): the form library
    /// loops in InnspillCore call between blocks.
    ///
    /// ```swift
    /// for block in blocks { try control.checkStop(); ... }
    /// ```
    public func checkStop() throws {
        if shouldStop() { throw InnspillError.interrupted }
    }
}
