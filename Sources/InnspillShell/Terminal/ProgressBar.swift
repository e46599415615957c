import ChartKit
import Foundation
import InnspillText

/// The progress bar of a long command at the prompt, drawn on one line of stderr:
///
/// ```
/// k-means  ██████████░░░░░░░░░░  6/11  about 2 s left
/// ```
///
/// Nothing is drawn for the first `delay` seconds, so quick commands never flicker; after
/// that the line is redrawn at most every `interval` seconds, and `finish()` wipes it before
/// the command's output or error is printed. The estimate of time left is the time the
/// current step has taken, scaled by the share still to do. Updates may come from any thread.
///
/// ```swift
/// let bar = ProgressBar(width: 80, write: { StandardStreams.err($0) })
/// let control = WorkControl(shouldStop: { interrupted }, report: bar.update)
/// try work(control)
/// bar.finish()
/// ```
public final class ProgressBar: @unchecked Sendable {
    private let width: Int
    private let write: (String) -> Void
    private let clock: () -> UInt64
    private let delay: UInt64
    private let interval: UInt64
    private let lock = NSLock()
    private let started: UInt64
    private var step = ""
    private var stepStarted: UInt64
    private var lastDraw: UInt64 = 0
    private var drawn = false
    private var finished = false

    /// `width`: cells on the terminal line; `clock`: nanoseconds (monotonic), replaceable in tests.
    public init(width: Int, delay: Double = 0.5, interval: Double = 0.1,
                clock: @escaping () -> UInt64 = { DispatchTime.now().uptimeNanoseconds },
                write: @escaping (String) -> Void) {
        self.width = max(20, width)
        self.write = write
        self.clock = clock
        self.delay = UInt64(delay * 1e9)
        self.interval = UInt64(interval * 1e9)
        started = clock()
        stepStarted = started
    }

    /// Takes one progress report; draws when the command has run past the delay.
    public func update(_ u: ProgressUpdate) {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        let now = clock()
        let newStep = u.step != step
        if newStep {
            step = u.step
            stepStarted = now
        }
        guard now - started >= delay, newStep || now - lastDraw >= interval || u.done >= u.total else { return }
        lastDraw = now
        drawn = true
        write("\r" + line(u, elapsed: Double(now - stepStarted) / 1e9) + "\u{1B}[K")
    }

    /// Wipes the bar (when one was drawn); later updates are ignored.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { write("\r\u{1B}[K") }
        drawn = false
        finished = true
    }

    /// The text of the bar for an update, `elapsed` seconds into its step.
    func line(_ u: ProgressUpdate, elapsed: Double) -> String {
        let total = max(0, u.total), done = min(max(0, u.done), total)
        let count = "\(done)/\(total)"
        var left = ""
        if done > 0 && done < total && elapsed >= 0.2 {
            left = "  about " + Self.duration(elapsed * Double(total - done) / Double(done)) + " left"
        }
        let name = String(u.step.prefix(width / 3))
        // Three cells short of the width: the terminal's "^C" echo must not wrap the line.
        let barWidth = max(5, width - 3 - DisplayWidth.of(name) - count.count - left.count - 4)
        let filled = total > 0 ? barWidth * done / total : 0
        return name + "  " + String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
            + "  " + count + left
    }

    /// "4 s", "1 min", "2 min 5 s" (rounded up).
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "\(max(1, s)) s" }
        return "\(s / 60) min" + (s % 60 > 0 ? " \(s % 60) s" : "")
    }
}
