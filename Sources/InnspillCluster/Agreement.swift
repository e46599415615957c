import Foundation

/// Agreement between two partitions of the same units (labels are any integers).
///
/// ```swift
/// Agreement.adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0])   // 1.0
/// Agreement.normalizedMutualInformation(gold, predicted)     // 0 ... 1
/// ```
public enum Agreement {
    /// Hubert-Arabie adjusted Rand index (1 = identical partitions, about 0 = chance).
    public static func adjustedRandIndex(_ a: [Int], _ b: [Int]) -> Double {
        precondition(a.count == b.count, "partitions of different lengths")
        let n = a.count
        if n < 2 { return 1 }
        let (table, rows, cols) = contingency(a, b)
        func pairs(_ x: Int) -> Double { Double(x) * Double(x - 1) / 2 }
        let index = table.values.reduce(0) { $0 + pairs($1) }
        let sumRows = rows.reduce(0) { $0 + pairs($1) }
        let sumCols = cols.reduce(0) { $0 + pairs($1) }
        let expected = sumRows * sumCols / pairs(n)
        let maximum = (sumRows + sumCols) / 2
        if maximum == expected { return 1 } // both trivial (all one cluster or all singletons)
        return (index - expected) / (maximum - expected)
    }

    /// Normalised mutual information with arithmetic-mean normalisation (scikit-learn's default).
    public static func normalizedMutualInformation(_ a: [Int], _ b: [Int]) -> Double {
        precondition(a.count == b.count, "partitions of different lengths")
        let n = Double(a.count)
        if a.isEmpty { return 1 }
        let (table, rows, cols) = contingency(a, b)
        var mi = 0.0
        for (key, count) in table {
            let c = Double(count)
            mi += c / n * log(c * n / (Double(rows[key.x]) * Double(cols[key.y])))
        }
        let ha = -rows.reduce(0.0) { $0 + Double($1) / n * log(Double($1) / n) }
        let hb = -cols.reduce(0.0) { $0 + Double($1) / n * log(Double($1) / n) }
        if ha == 0 && hb == 0 { return 1 }
        let denominator = (ha + hb) / 2
        return denominator > 0 ? max(0, min(1, mi / denominator)) : 0
    }

    /// NMI for string labels (e.g. gold topics against cluster numbers).
    public static func normalizedMutualInformation<A: Hashable, B: Hashable>(_ a: [A], _ b: [B]) -> Double {
        normalizedMutualInformation(codes(a), codes(b))
    }

    public static func adjustedRandIndex<A: Hashable, B: Hashable>(_ a: [A], _ b: [B]) -> Double {
        adjustedRandIndex(codes(a), codes(b))
    }

    static func codes<T: Hashable>(_ labels: [T]) -> [Int] {
        var map: [T: Int] = [:]
        return labels.map { l in
            if let c = map[l] { return c }
            map[l] = map.count
            return map.count - 1
        }
    }

    private struct Key: Hashable {
        let x: Int, y: Int
        init(_ x: Int, _ y: Int) { self.x = x; self.y = y }
    }

    private static func contingency(_ a: [Int], _ b: [Int]) -> ([Key: Int], [Int], [Int]) {
        let ca = codes(a), cb = codes(b)
        var table: [Key: Int] = [:]
        var rows = [Int](repeating: 0, count: (ca.max() ?? -1) + 1)
        var cols = [Int](repeating: 0, count: (cb.max() ?? -1) + 1)
        for i in 0 ..< ca.count {
            table[Key(ca[i], cb[i]), default: 0] += 1
            rows[ca[i]] += 1
            cols[cb[i]] += 1
        }
        return (table, rows, cols)
    }
}
