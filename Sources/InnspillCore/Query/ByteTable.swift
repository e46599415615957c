import Foundation

/// Distinct byte strings to dense ids (0, 1, 2, ...): an open-addressing hash table over
/// an arena of bytes, with a cheap multiplicative hash. Several times faster than a
/// `Dictionary` keyed by `String` (no Unicode normalisation, no per-key allocation), which
/// is what building columns and vocabularies for a million units needs.
struct ByteTable {
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Slot -> id + 1 (0 is empty).
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var mask = 63

    /// How many distinct byte strings there are.
    var count: Int { hashes.count }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < n { w |= UInt64(bytes[i]) << shift; shift += 8; i += 1 }
            h = (h ^ w) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 29
        }
        h = (h ^ (h >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    /// The id of `bytes`, if present.
    @inline(__always)
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let h = ByteTable.hash(bytes)
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = slots[s]
            if e == 0 { return nil }
            let id = Int(e) - 1
            if hashes[id] == h, equal(id, bytes) { return id }
            s = (s + 1) & mask
        }
    }

    /// The id of `bytes`, adding it when new; `inserted` tells which.
    @inline(__always)
    mutating func id(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int, inserted: Bool) {
        let h = ByteTable.hash(bytes)
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = slots[s]
            if e == 0 { break }
            let id = Int(e) - 1
            if hashes[id] == h, equal(id, bytes) { return (id, false) }
            s = (s + 1) & mask
        }
        let id = hashes.count
        hashes.append(h)
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        slots[s] = Int32(id + 1)
        if hashes.count * 2 > mask { grow() }
        return (id, true)
    }

    /// The id of a string's UTF-8 bytes, adding it when new.
    @inline(__always)
    mutating func id(_ string: String) -> (id: Int, inserted: Bool) {
        if let r = string.utf8.withContiguousStorageIfAvailable({ id($0) }) { return r }
        return Array(string.utf8).withUnsafeBufferPointer { id($0) }
    }

    /// The bytes of an id as a String.
    func string(_ id: Int) -> String {
        arena[starts[id]..<starts[id + 1]].withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    @inline(__always)
    private func equal(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id], length = starts[id + 1] - start
        guard length == bytes.count else { return false }
        if length == 0 { return true }
        return arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, bytes.baseAddress!, length) == 0 }
    }

    private mutating func grow() {
        let size = (mask + 1) * 4
        mask = size - 1
        slots = Array(repeating: 0, count: size)
        for (id, h) in hashes.enumerated() {
            var s = Int(truncatingIfNeeded: h) & mask
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = Int32(id + 1)
        }
    }
}
