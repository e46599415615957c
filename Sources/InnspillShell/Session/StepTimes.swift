import Foundation
import InnspillText

/// How long each step of one command took, from the command's own progress reports, for
/// `.timer on`: a step lasts from its first report until the next step's first report (or the
/// end of the command). A step that comes back later adds to its first time; steps keep the
/// order they first appeared in. Reports may come from any thread.
///
/// ```swift
/// let steps = StepTimes()
/// let control = WorkControl(report: steps.record)
/// try cluster(control)
/// steps.summary()   // "analysing 0.412 s, vectorizing 0.120 s, k-means 1.907 s"
/// ```
final class StepTimes: @unchecked Sendable {
    private let clock: () -> UInt64
    private let lock = NSLock()
    private var order: [String] = []
    private var nanoseconds: [String: UInt64] = [:]
    private var current: (step: String, since: UInt64)?

    /// `clock`: nanoseconds (monotonic), replaceable in tests.
    init(clock: @escaping () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }) {
        self.clock = clock
    }

    /// Takes one progress report.
    func record(_ update: ProgressUpdate) {
        lock.lock()
        defer { lock.unlock() }
        guard update.step != current?.step else { return }
        let now = clock()
        close(at: now)
        if nanoseconds[update.step] == nil {
            order.append(update.step)
            nanoseconds[update.step] = 0
        }
        current = (update.step, now)
    }

    /// The steps and their times ("reading rows 0.210 s, repairing 0.034 s"), or nil when the
    /// command reported none. Ends the step running now.
    func summary() -> String? {
        lock.lock()
        defer { lock.unlock() }
        close(at: clock())
        guard !order.isEmpty else { return nil }
        return order.map { "\($0) " + String(format: "%.3f s", Double(nanoseconds[$0] ?? 0) / 1e9) }.joined(separator: ", ")
    }

    private func close(at now: UInt64) {
        guard let (step, since) = current else { return }
        nanoseconds[step, default: 0] += now - since
        current = nil
    }
}
