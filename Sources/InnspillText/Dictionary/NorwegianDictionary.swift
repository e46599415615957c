import CHunspell
import Foundation

/// The two written standards of Norwegian.
public enum WrittenStandard: String, Sendable, CaseIterable {
    case bokmal = "nb"
    case nynorsk = "nn"
}

/// A hunspell dictionary of one written standard (Debian's hunspell-no,
/// `/usr/share/hunspell/nb_NO` and `nn_NO`). The dictionary files are
/// ISO-8859-1, so words are converted on the way in and out.
///
/// ```swift
/// let nb = try NorwegianDictionary(.bokmal)
/// nb.contains("kulturskole")   // true
/// nb.contains("bgr")           // false
/// ```
public final class NorwegianDictionary: @unchecked Sendable {
    public let standard: WrittenStandard
    private let handle: OpaquePointer
    private let lock = NSLock()  // Hunhandle is not thread-safe.
    private var cache: [String: Bool] = [:]

    /// Where the dictionaries are looked for; `INNSPILL_HUNSPELL_DIR` overrides it.
    public static var directory: String {
        ProcessInfo.processInfo.environment["INNSPILL_HUNSPELL_DIR"] ?? "/usr/share/hunspell"
    }

    public init(_ standard: WrittenStandard) throws {
        self.standard = standard
        let base = "\(NorwegianDictionary.directory)/\(standard.rawValue)_NO"
        guard FileManager.default.isReadableFile(atPath: base + ".dic"),
              FileManager.default.isReadableFile(atPath: base + ".aff") else {
            throw DictionaryMissing(path: base + ".dic")
        }
        guard let h = Hunspell_create(base + ".aff", base + ".dic") else { throw DictionaryMissing(path: base + ".dic") }
        handle = h
    }

    deinit { Hunspell_destroy(handle) }

    /// Whether `word` is a correctly spelled word of this standard (case as hunspell treats it:
    /// a capitalised form of a lower-case word is accepted, not the reverse).
    public func contains(_ word: String) -> Bool {
        guard let latin1 = word.cString(using: .isoLatin1) else { return false }
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[word] { return known }
        let ok = latin1.withUnsafeBufferPointer { Hunspell_spell(handle, $0.baseAddress) } != 0
        if cache.count < 200_000 { cache[word] = ok }
        return ok
    }

    /// Hunspell's suggestions for a misspelled word, best first.
    public func suggestions(for word: String) -> [String] {
        guard let latin1 = word.cString(using: .isoLatin1) else { return [] }
        lock.lock()
        defer { lock.unlock() }
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let n = latin1.withUnsafeBufferPointer { Hunspell_suggest(handle, &list, $0.baseAddress) }
        defer { Hunspell_free_list(handle, &list, n) }
        guard n > 0, let list else { return [] }
        return (0..<Int(n)).compactMap { i in list[i].flatMap { String(cString: $0, encoding: .isoLatin1) } }
    }

    /// Raised when the dictionary files are not installed.
    public struct DictionaryMissing: Error, CustomStringConvertible {
        public let path: String
        public var description: String {
            "hunspell dictionary \(path) is missing; install it with: apt-get install hunspell-no"
        }
    }
}

/// Both standards together: a word is Norwegian if either dictionary knows it.
/// Loaded once, on first use (about half a second).
public final class NorwegianDictionaries: Sendable {
    public let bokmal: NorwegianDictionary
    public let nynorsk: NorwegianDictionary

    public init() throws {
        bokmal = try NorwegianDictionary(.bokmal)
        nynorsk = try NorwegianDictionary(.nynorsk)
    }

    /// The shared instance, or nil when hunspell-no is not installed.
    public static let shared: NorwegianDictionaries? = try? NorwegianDictionaries()

    /// Whether either standard knows `word`.
    public func contains(_ word: String) -> Bool { bokmal.contains(word) || nynorsk.contains(word) }
}
