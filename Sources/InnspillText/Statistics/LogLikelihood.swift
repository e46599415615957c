import Foundation

/// The association and keyness formulas, on plain counts.
public enum Association {
    /// `x * ln(x / e)`, with 0 for x = 0.
    static func term(_ x: Double, _ e: Double) -> Double { x > 0 && e > 0 ? x * log(x / e) : 0 }

    /// Log-likelihood G2 of a 2x2 contingency table [[a, b], [c, d]], expected values from the margins.
    ///
    /// ```swift
    /// Association.logLikelihood(a: 10, b: 90, c: 20, d: 880)   // 12.649...
    /// ```
    public static func logLikelihood(a: Double, b: Double, c: Double, d: Double) -> Double {
        let n = a + b + c + d
        guard n > 0 else { return 0 }
        let r1 = a + b, r2 = c + d, c1 = a + c, c2 = b + d
        let g = term(a, r1 * c1 / n) + term(b, r1 * c2 / n) + term(c, r2 * c1 / n) + term(d, r2 * c2 / n)
        return max(0, 2 * g)
    }

    /// Keyness log-likelihood as corpus linguists compute it (Rayson and Garside 2000):
    /// a term occurring `a` times in `totalA` words and `b` times in `totalB` words.
    /// `E1 = totalA (a + b) / (totalA + totalB)`, `G2 = 2 (a ln(a/E1) + b ln(b/E2))`.
    ///
    /// ```swift
    /// Association.keynessLogLikelihood(a: 10, totalA: 1000, b: 2, totalB: 1000)   // 5.822...
    /// ```
    public static func keynessLogLikelihood(a: Double, totalA: Double, b: Double, totalB: Double) -> Double {
        let n = totalA + totalB
        guard n > 0 else { return 0 }
        let e1 = totalA * (a + b) / n, e2 = totalB * (a + b) / n
        return max(0, 2 * (term(a, e1) + term(b, e2)))
    }

    /// Hardie's log ratio: `log2((a / totalA) / (b / totalB))`, a zero count taken as 0.5.
    public static func logRatio(a: Double, totalA: Double, b: Double, totalB: Double) -> Double {
        guard totalA > 0, totalB > 0 else { return 0 }
        return log2((max(a, 0.5) / totalA) / (max(b, 0.5) / totalB))
    }

    /// Pointwise mutual information, `log2(observed / expected)`.
    public static func pmi(observed: Double, expected: Double) -> Double {
        observed > 0 && expected > 0 ? log2(observed / expected) : 0
    }

    /// t-score, `(observed - expected) / sqrt(observed)`.
    public static func tScore(observed: Double, expected: Double) -> Double {
        observed > 0 ? (observed - expected) / observed.squareRoot() : 0
    }
}

/// Significance of a G2 value with one degree of freedom.
public enum Significance: Int, Sendable, Comparable, CaseIterable {
    case none = 0, p05, p01, p001

    /// The critical G2 values: 3.84 (p < 0.05), 6.63 (p < 0.01), 10.83 (p < 0.001).
    public init(g2: Double) {
        self = g2 >= 10.83 ? .p001 : g2 >= 6.63 ? .p01 : g2 >= 3.84 ? .p05 : .none
    }

    /// "***", "**", "*" or "".
    public var stars: String { String(repeating: "*", count: rawValue) }

    /// "p<0.001", "p<0.01", "p<0.05" or "".
    public var label: String { ["", "p<0.05", "p<0.01", "p<0.001"][rawValue] }

    public static func < (l: Significance, r: Significance) -> Bool { l.rawValue < r.rawValue }
}
