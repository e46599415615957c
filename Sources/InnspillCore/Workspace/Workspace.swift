import Foundation
import InnspillText

/// Settings that change how corpora are read and analysed (`set NAME VALUE`).
public struct Settings: Sendable, Equatable {
    /// Which units analysis commands count.
    public enum UnitLevel: String, Sendable, CaseIterable { case post, segment }
    /// Language of chart texts and labels.
    public enum Language: String, Sendable, CaseIterable { case nb, nn, en }

    public var unit: UnitLevel = .post
    public var repair = true
    public var fold = true
    public var lang: Language = .nb

    public init() {}
}

/// Everything the shell knows at one moment: loaded corpora, the current
/// selection, named selections, tags and settings. A value type, so a command
/// works on a copy and the shell keeps the copy only if the command succeeds:
/// a failed or interrupted command leaves the state as it was.
///
/// ```swift
/// var ws = Workspace()
/// try ws.add(corpus)
/// ws.selection.count   // units in view
/// ```
public struct Workspace: Sendable {
    /// Loaded corpora, in load order; their units are in `units`.
    public private(set) var corpora: [CorpusInfo] = []
    /// All units of all corpora, in load order, with workspace-wide ids: a unit's id is its index + 1.
    public private(set) var units: [Unit] = []
    /// The fields a filter or `group by` can name in `units` (the extra CSV columns and their
    /// types), found once when the units change rather than by every command: finding them
    /// reads every unit, 40 ms at 1,000,000 posts.
    public private(set) var fields = FieldRegistry(units: [])
    /// Indices into `units` of the current selection, ascending.
    public var selection: [Int] = []
    /// Named selections (`save NAME`, `use NAME`), as indices into `units`.
    public var savedSelections: [String: [Int]] = [:]
    /// The name of the selection last saved or used, shown in the prompt.
    public var selectionName: String?
    /// Selections before each filter, reset or use, for `undo`.
    public var selectionStack: [[Int]] = []
    /// Tags per unit id, as they were given.
    public var tags: [Int: Set<String>] = [:]

    /// Each unit's tags with those its post or its segments were given: a tag on a post holds for its segments, and
    /// one on a segment for its post, so `filter tags = sitat` finds the tagged text at either unit of analysis.
    ///
    /// ```swift
    /// ws.tags = [12: ["sitat"]]        // post 12, whose segments are 13 and 14
    /// ws.carriedTags[14]               // ["sitat"]
    /// ```
    public var carriedTags: [Int: Set<String>] {
        guard !tags.isEmpty else { return [:] }
        var carried = tags
        // (By index: a unit is a struct of many strings, and copying each costs more than the rest of the pass.)
        for index in units.indices where units[index].kind == .segment {
            if let post = units[index].parent, let names = tags[post] { carried[units[index].id, default: []].formUnion(names) }
        }
        for (id, names) in tags where id >= 1 && id <= units.count {
            if let post = units[id - 1].parent { carried[post, default: []].formUnion(names) }
        }
        return carried
    }
    public var settings = Settings()
    /// The stop words statistics leave out: the standard lists plus the user's changes.
    public var stopwords = StopwordList()

    public init() {}

    /// Throws when a corpus of this name is loaded: the error `add` gives, for checking several before adding any.
    ///
    /// ```swift
    /// for corpus in corpora { try workspace.checkNameIsFree(corpus.name) }
    /// ```
    public func checkNameIsFree(_ name: String) throws {
        if corpora.contains(where: { $0.name == name }) {
            throw InnspillError("a corpus named '\(name)' is already loaded",
                                hint: "give another name with 'load PATH as NAME', or 'unload \(name)' first")
        }
    }

    /// Adds a corpus and selects everything; a narrower selection before it is what `undo` goes back to (the
    /// new units come after the old, so its indices stay right). Refuses a second corpus with the same name.
    /// The corpus's units join `units` with workspace-wide ids; the first corpus's array is taken as it
    /// is, not copied, when its ids and names are already right (as the loader makes them).
    public mutating func add(_ corpus: Corpus) throws {
        try checkNameIsFree(corpus.name)
        let narrowed = selectionName != nil || selection.count != allCounted.count
        let offset = units.count
        let added = corpus.units
        if offset == 0, added.indices.allSatisfy({ added[$0].corpus == corpus.name }) {
            units = added
        } else {
            units.reserveCapacity(offset + added.count)
            for var unit in added {
                unit.id += offset
                unit.corpus = corpus.name
                unit.parent = unit.parent.map { $0 + offset }
                unit.prompt = unit.prompt.map { $0 + offset }
                units.append(unit)
            }
        }
        corpora.append(CorpusInfo(corpus))
        fields = FieldRegistry(units: units)
        if narrowed { pushSelection(allCounted) } else { selection = allCounted }
        selectionName = nil
    }

    /// Removes a corpus by name; the units after it get their ids anew. Its units leave the selection, the named
    /// selections, those `undo` goes back to, and the tags; those of the other corpora stay, under their new ids.
    /// Returns the range of indices into the old `units` that was removed.
    ///
    /// ```swift
    /// try ws.remove(corpusNamed: "demo")
    /// ```
    @discardableResult
    public mutating func remove(corpusNamed name: String) throws -> Range<Int> {
        guard let index = corpora.firstIndex(where: { $0.name == name }) else {
            throw InnspillError("no corpus named '\(name)' is loaded", hint: "'corpora' lists the loaded ones")
        }
        let start = corpora[..<index].reduce(0) { $0 + $1.unitCount }
        let removed = corpora[index].unitCount
        var kept = Array(units[..<start])
        kept.reserveCapacity(units.count - removed)
        for var unit in units[(start + removed)...] {
            unit.id -= removed
            unit.parent = unit.parent.map { $0 - removed }
            unit.prompt = unit.prompt.map { $0 - removed }
            kept.append(unit)
        }
        units = kept
        corpora.remove(at: index)
        let gone = start..<(start + removed)
        func surviving(_ indices: [Int]) -> [Int] { indices.compactMap { gone.contains($0) ? nil : $0 < start ? $0 : $0 - removed } }
        tags = Dictionary(uniqueKeysWithValues: tags.compactMap { id, names in surviving([id - 1]).first.map { ($0 + 1, names) } })
        savedSelections = savedSelections.mapValues(surviving)
        // A selection of the unloaded units alone is gone, not an empty one to go back to.
        selectionStack = selectionStack.compactMap { old in let kept = surviving(old); return kept.isEmpty && !old.isEmpty ? nil : kept }
        selection = surviving(selection)
        fields = FieldRegistry(units: units)
        return gone
    }

    /// The id offset of each corpus: its local unit id + offset = workspace id.
    private var offsets: [Int] {
        var result: [Int] = []
        var next = 0
        for corpus in corpora {
            result.append(next)
            next += corpus.unitCount
        }
        return result
    }

    /// The unit kinds analysis commands count under the current `set unit`.
    public var countedKinds: Set<UnitKind> {
        settings.unit == .post ? [.post, .slide] : [.segment, .slide]
    }

    /// Every unit of the counted kinds. Read through the buffer, one field a unit: every text command
    /// asks, and filtering the array copied each unit (retaining its strings), 14 ms at 100,000 posts.
    public var allCounted: [Int] {
        let kinds = countedKinds
        let post = kinds.contains(.post), segment = kinds.contains(.segment)
        let prompt = kinds.contains(.prompt), slide = kinds.contains(.slide)
        return units.withUnsafeBufferPointer { buffer in
            buffer.indices.filter {
                switch buffer[$0].kind {
                case .post: post
                case .segment: segment
                case .prompt: prompt
                case .slide: slide
                }
            }
        }
    }

    /// Selects every unit of the counted kinds.
    public mutating func resetSelection() {
        selection = allCounted
        selectionName = nil
    }

    /// Switches `set unit` to `level` and carries every selection over to it: the current one, the named ones
    /// and those `undo` goes back to. A post becomes its segments and a segment its post, so a filter typed
    /// before the switch still holds after it; slides stay as they are.
    ///
    /// ```swift
    /// ws.changeUnit(to: .segment)   // 12 selected posts -> their 27 segments
    /// ```
    public mutating func changeUnit(to level: Settings.UnitLevel) {
        guard level != settings.unit else { return }
        settings.unit = level
        var segmentsOfPost: [Int: [Int]] = [:]
        for index in units.indices where units[index].kind == .segment {
            if let parent = units[index].parent { segmentsOfPost[parent - 1, default: []].append(index) }
        }
        func carried(_ indices: [Int]) -> [Int] {
            var result = Set<Int>()
            for index in indices {
                switch (units[index].kind, level) {
                case (.post, .segment): result.formUnion(segmentsOfPost[index] ?? [])
                case (.segment, .post): if let parent = units[index].parent { result.insert(parent - 1) }
                default: result.insert(index)
                }
            }
            return result.sorted()
        }
        selection = carried(selection)
        selectionStack = selectionStack.map(carried)
        savedSelections = savedSelections.mapValues(carried)
    }

    /// The selection with the units of `kinds` it stands for, which a filter that asks for a kind by name chooses among:
    /// the selected units, their posts' segments (or their segments' posts) and the prompts they answer; and every unit
    /// of each corpus whose counted units are all selected, so `filter corpus = s2025` then `filter kind = prompt` gives
    /// that board's prompts, and a filter on a group then `filter kind = segment` that group's segments. Units of other
    /// kinds are not added: `filter kind != slide` narrows the selection, never widens it.
    ///
    /// ```swift
    /// ws.unitsOfTheSelection(adding: [.prompt])   // 66 posts of one board selected -> those and its 12 prompts
    /// ```
    public func unitsOfTheSelection(adding kinds: Set<UnitKind>) -> [Int] {
        guard !kinds.isEmpty else { return selection }
        let counted = allCounted
        let selected = Set(selection)
        var result = selected
        func add(_ index: Int) {
            if kinds.contains(units[index].kind) { result.insert(index) }
        }
        guard selection.count != counted.count else {
            for index in units.indices { add(index) }
            return result.sorted()
        }
        var countedPerCorpus: [String: Int] = [:], selectedPerCorpus: [String: Int] = [:]
        for index in counted { countedPerCorpus[units[index].corpus, default: 0] += 1 }
        for index in selection { selectedPerCorpus[units[index].corpus, default: 0] += 1 }
        let whole = Set(selectedPerCorpus.filter { countedPerCorpus[$0.key] == $0.value }.keys)
        for index in units.indices {
            let unit = units[index]
            if whole.contains(unit.corpus) {
                add(index)
            } else if unit.kind == .segment, let parent = unit.parent, selected.contains(parent - 1) {
                add(index)
                if let prompt = unit.prompt { add(prompt - 1) }
            }
        }
        for index in selection {
            if let parent = units[index].parent { add(parent - 1) }
            if let prompt = units[index].prompt { add(prompt - 1) }
        }
        return result.sorted()
    }

    /// Makes `indices` the selection, keeping the old one for `undo`.
    public mutating func pushSelection(_ indices: [Int]) {
        selectionStack.append(selection)
        if selectionStack.count > 50 { selectionStack.removeFirst() }
        selection = indices
    }

    /// Size of the selection `undo` would go back to.
    public var previousSelectionCount: Int { selectionStack.last?.count ?? 0 }

    /// The unit with this id, if any.
    public func unit(id: Int) -> Unit? {
        id >= 1 && id <= units.count ? units[id - 1] : nil
    }

    /// The units of the current selection.
    public var selectedUnits: [Unit] { selection.map { units[$0] } }

    /// The names of the corpora with units among `indices` (ascending, as selections are), in load order. A corpus's
    /// units stand together in `units`, so each corpus is one binary search, not a read of every unit.
    ///
    /// ```swift
    /// ws.corpusNames(of: ws.selection)   // ["p2020", "p2025"]
    /// ```
    public func corpusNames(of indices: [Int]) -> [String] {
        var names: [String] = [], start = 0
        for corpus in corpora {
            let end = start + corpus.unitCount
            // The first index at or after the corpus's first unit.
            var low = 0, high = indices.count
            while low < high {
                let mid = (low + high) / 2
                if indices[mid] < start { low = mid + 1 } else { high = mid }
            }
            if low < indices.count, indices[low] < end { names.append(corpus.name) }
            start = end
        }
        return names
    }

    /// Every repair of every loaded corpus, with workspace-wide unit ids.
    public var repairs: [Repair] {
        zip(corpora, offsets).flatMap { corpus, offset in
            corpus.repairs.map { var r = $0; if r.unit > 0 { r.unit += offset }; return r }
        }
    }
}

/// The fields whose values `rename` changes: names the export or the OCR got wrong, as a QDA tool recodes a value.
public enum RenamableField: String, Sendable, CaseIterable {
    case group, author, section

    /// The unit's property the field is.
    var keyPath: WritableKeyPath<Unit, String?> {
        switch self {
        case .group: \.group
        case .author: \.author
        case .section: \.section
        }
    }
}

extension Workspace {
    /// Renames a value of `field` in every unit that has it (compared without case, as `group by` groups values):
    /// a group the OCR misspelt, an author line to show on a slide. Returns the indices of the units changed.
    ///
    /// ```swift
    /// ws.rename(.group, from: "Gruppe nrvet-ikke", to: "Gruppe ukjent").count   // 46: 23 posts and their segments
    /// ```
    public mutating func rename(_ field: RenamableField, from old: String, to new: String) -> [Int] {
        let path = field.keyPath
        let wanted = old.lowercased()
        let changed = units.indices.filter { units[$0][keyPath: path]?.lowercased() == wanted }
        for i in changed { units[i][keyPath: path] = new }
        return changed
    }

    /// The distinct values `field` has in the units, in the order first seen: what `rename` can take.
    public func values(of field: RenamableField) -> [String] {
        var seen = Set<String>(), values: [String] = []
        for unit in units {
            if let value = unit[keyPath: field.keyPath], seen.insert(value).inserted { values.append(value) }
        }
        return values
    }
}
