import Foundation

/// "Nice" axis ticks: steps of 1, 2, 2.5 or 5 times a power of ten.
public enum NiceTicks {
    /// Ticks covering `low...high` with about `count` steps; the first is <= low and the last >= high.
    public static func ticks(low: Double, high: Double, count: Int = 5, integer: Bool = false) -> [Double] {
        var lo = low, hi = high
        if !(lo.isFinite && hi.isFinite) { return [0, 1] }
        if lo == hi {
            if lo == 0 { return [0, 1] }
            lo = min(0, lo); hi = max(0, hi)
        }
        var step = niceStep((hi - lo) / Double(max(1, count)))
        if integer { step = max(1, step.rounded()) }
        let first = (lo / step).rounded(.down) * step
        let last = (hi / step).rounded(.up) * step
        var out: [Double] = []
        var v = first
        var i = 0
        while v <= last + step * 1e-9, i < 100 {
            out.append(abs(v) < step * 1e-9 ? 0 : v)
            i += 1
            v = first + Double(i) * step
        }
        return out
    }

    public static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        let f = raw / power
        let nice: Double = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10
        return nice * power
    }

    /// Decimals needed to print ticks of this step without noise.
    public static func decimals(step: Double) -> Int {
        guard step > 0, step.isFinite else { return 0 }
        var d = 0
        var s = step
        while d < 6, abs(s - s.rounded()) > 1e-9 { s *= 10; d += 1 }
        return d
    }

    /// Nice ticks for times in seconds: minutes, hours, days, weeks, months or years.
    public static func timeTicks(low: Double, high: Double, count: Int = 6) -> (ticks: [Double], step: Double) {
        let span = max(high - low, 60)
        let steps: [Double] = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200,
                               86_400, 172_800, 604_800, 1_209_600, 2_592_000, 7_776_000, 15_552_000, 31_536_000,
                               63_072_000, 157_680_000, 315_360_000]
        let step = steps.first { span / $0 <= Double(count) } ?? steps.last!
        // Weeks start on Mondays (1970-01-05 was one).
        let origin: Double = step == 604_800 || step == 1_209_600 ? 345_600 : 0
        let first = ((low - origin) / step).rounded(.up) * step + origin
        var out: [Double] = []
        var v = first
        while v <= high + 1e-6, out.count < 50 { out.append(v); v += step }
        return (out, step)
    }
}
