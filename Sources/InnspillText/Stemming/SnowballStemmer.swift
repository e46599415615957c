import CStemmer
import Foundation

/// Snowball's Norwegian stemmer (libstemmer), safe to call from any thread,
/// with a cache of the words it has seen. Expects lower-case words.
///
/// ```swift
/// let stemmer = SnowballStemmer.norwegian
/// stemmer.stem("kulturskolene")   // "kulturskol"
/// stemmer.stem("elevane")         // "elev"
/// ```
public final class SnowballStemmer: @unchecked Sendable {
    /// The shared Norwegian stemmer.
    public static let norwegian: SnowballStemmer = SnowballStemmer(language: "norwegian")!

    private let handles: [OpaquePointer]
    private let locks: [NSLock]
    private let memo: Memo<String, String>

    /// A stemmer for a libstemmer language ("norwegian", "english", ...); nil if
    /// libstemmer does not know it. `pool` stemmers run side by side.
    public init?(language: String, pool: Int = 4, cacheLimit: Int = 500_000) {
        var hs: [OpaquePointer] = []
        for _ in 0 ..< max(1, pool) {
            guard let h = sb_stemmer_new(language, "UTF_8") else {
                hs.forEach { sb_stemmer_delete($0) }
                return nil
            }
            hs.append(h)
        }
        handles = hs
        locks = hs.map { _ in NSLock() }
        memo = Memo(limit: cacheLimit)
    }

    deinit { handles.forEach { sb_stemmer_delete($0) } }

    /// The stem of a lower-case word.
    public func stem(_ word: String) -> String {
        memo.value(for: word, compute: uncachedStem)
    }

    /// The stem without touching the cache (for tests and one-off runs).
    public func uncachedStem(_ word: String) -> String {
        // Pick a free stemmer; wait on one if all are busy.
        var slot = -1
        for k in handles.indices where locks[k].try() {
            slot = k
            break
        }
        if slot < 0 {
            slot = Int(UInt(bitPattern: word.hashValue) % UInt(handles.count))
            locks[slot].lock()
        }
        defer { locks[slot].unlock() }
        let h = handles[slot]
        var utf8 = Array(word.utf8)
        return utf8.withUnsafeMutableBufferPointer { buf -> String in
            guard let p = buf.baseAddress.map({ UnsafeRawPointer($0).assumingMemoryBound(to: sb_symbol.self) }),
                  let out = sb_stemmer_stem(h, p, Int32(buf.count)) else { return word }
            let len = Int(sb_stemmer_length(h))
            return String(decoding: UnsafeBufferPointer(start: out, count: len), as: UTF8.self)
        }
    }
}
