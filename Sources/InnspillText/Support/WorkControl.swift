/// How far a long piece of work has come: its current step and how many of the
/// step's items are done out of how many.
public struct ProgressUpdate: Sendable, Equatable {
    /// What is being done, in a few words ("k-means", "reading").
    public var step: String
    public var done: Int
    public var total: Int

    public init(step: String, done: Int, total: Int) {
        self.step = step
        self.done = done
        self.total = total
    }
}

/// What long-running library work (loading, clustering) tells its caller and how
/// the caller stops it: the work calls `progress` now and then and polls
/// `shouldStop` between steps, and ends early (with its own cancellation error)
/// when it returns true. Both closures may be called from worker threads.
///
/// The library side:
/// ```swift
/// func load(_ path: String, control: WorkControl = .none) throws -> Corpus {
///     for (i, line) in lines.enumerated() {
///         if i % 4096 == 0 {
///             if control.shouldStop() { throw InnspillError.interrupted }
///             control.progress("reading", done: i, total: lines.count)
///         }
///         ...
///     }
/// }
/// ```
/// The caller (the shell passes `context.work`, which draws a progress bar at the prompt
/// and stops on Ctrl-C):
/// ```swift
/// let control = WorkControl(shouldStop: { interrupted }, report: { print($0.step, $0.done, $0.total) })
/// ```
public struct WorkControl: Sendable {
    /// Returns true when the work should end as soon as it can.
    public var shouldStop: @Sendable () -> Bool
    /// Receives progress; called often, so it must be cheap (the shell's renderer throttles).
    public var report: @Sendable (ProgressUpdate) -> Void

    public init(shouldStop: @escaping @Sendable () -> Bool = { false },
                report: @escaping @Sendable (ProgressUpdate) -> Void = { _ in }) {
        self.shouldStop = shouldStop
        self.report = report
    }

    /// Neither reports nor stops.
    public static let none = WorkControl()

    /// Reports that `done` of `total` items of `step` are done.
    public func progress(_ step: String, done: Int, total: Int) {
        report(ProgressUpdate(step: step, done: done, total: total))
    }

    /// The same stop check, with every step name prefixed (for work run inside other work,
    /// e.g. "stability run 2/5: k-means").
    public func prefixed(_ prefix: String) -> WorkControl {
        let report = self.report
        return WorkControl(shouldStop: shouldStop, report: { u in
            report(ProgressUpdate(step: prefix + u.step, done: u.done, total: u.total))
        })
    }
}
