import Foundation
import InnspillText

/// How `group by` orders its rows.
public enum GroupSort: String, Sendable, CaseIterable {
    /// Most units first; ties by name.
    case count
    /// By name in Norwegian order (numbers and dates by value).
    case name
}

/// `count` and `group by FIELD[, FIELD] [top N] [sort count|name]`.
///
/// ```swift
/// let t = try Grouping.groupBy(["municipality"], units: ws.units, indices: ws.selection,
///                              fields: registry, context: context, top: 10)
/// // columns: municipality, count, share, groups
/// let cross = try Grouping.groupBy(["section", "county"], units: ws.units, indices: ws.selection,
///                                  fields: registry)   // shape .crosstab; cross.pivoted() for display
/// ```
///
/// Values are grouped case-insensitively (the most common spelling names the group);
/// a unit with several values counts once under each; units with no value form the
/// last row, with an empty name; `date`/`posted` group by day.
public enum Grouping {
    /// The table metadata counting the posts and segments in no group, which its `groups` column leaves out.
    public static let ungroupedKey = "ungrouped"

    /// `count`: the units of the selection and how many distinct groups wrote them.
    public static func count(_ units: [Unit], indices: [Int], context: QueryContext = QueryContext()) -> Table {
        var groups = Set<Int>()
        var ungrouped = 0
        units.withUnsafeBufferPointer { buf in
            let columns = context.cache.map { ColumnSource(cache: $0, units: units, buffer: buf) }
            let keys = GroupKeySource(context: context, columns: columns)
            for i in indices {
                if let g = keys.id(buf, i) { groups.insert(g) } else if buf[i].kind.isWrittenByGroups { ungrouped += 1 }
            }
        }
        var table = Table(title: "Count", columns: [Column("units", .integer), Column("groups", .integer)],
                          rows: [[.integer(indices.count), .integer(groups.count)]], shape: .listing)
        if let note = ungroupedNote(ungrouped) { table.notes.append(note) }
        return table
    }

    /// The note of a table with a groups column, when `count` of its posts or segments name no group: those count in
    /// no group. (Slides and prompts are no group's.)
    ///
    /// ```swift
    /// Grouping.ungroupedNote(3)   // "3 posts or segments have no group: they count under no group in 'groups'"
    /// ```
    public static func ungroupedNote(_ count: Int) -> String? {
        switch count {
        case 0: nil
        case 1: "1 post or segment has no group: it counts under no group in 'groups'"
        default: "\(count) posts or segments have no group: they count under no group in 'groups'"
        }
    }

    /// `group by` one field (counts, shares, distinct groups) or two (a long-form crosstab, with the distinct groups of each pair).
    /// `columns` are the command-line columns of the field names, for error locations.
    public static func groupBy(_ fieldNames: [String], units: [Unit], indices: [Int], fields: FieldRegistry,
                               context: QueryContext = QueryContext(), top: Int? = nil, sort: GroupSort = .count,
                               columns: [Int] = []) throws -> Table {
        guard (1...2).contains(fieldNames.count) else {
            throw InnspillError("group by takes one or two fields, not \(fieldNames.count)",
                                hint: "e.g. group by municipality, or group by section, county",
                                location: columns.count > 2 ? .column(columns[2]) : nil)
        }
        var descriptors: [FieldDescriptor] = []
        for (n, name) in fieldNames.enumerated() {
            descriptors.append(try fields.resolve(name, column: n < columns.count ? columns[n] : nil))
        }
        if descriptors.count == 1 {
            return single(descriptors[0], label: fieldNames[0], units: units, indices: indices, context: context, top: top, sort: sort)
        }
        return crosstab(descriptors, labels: fieldNames, units: units, indices: indices, context: context, top: top, sort: sort)
    }

    // MARK: - one field

    static func single(_ field: FieldDescriptor, label: String, units: [Unit], indices: [Int], context: QueryContext,
                       top: Int?, sort: GroupSort) -> Table {
        var counts: [Int] = []
        var nullCount = 0
        var nullGroups = Set<Int>()
        var ungrouped = 0
        var multi = 0
        var ids: [Int] = []
        var names: [String] = []
        var groupsPer: [Int] = []
        // By county: its municipalities that the units name, as (county id, municipality id) pairs.
        let byCounty = field.name == "counties"
        var countyMunicipalities = Set<CategoryGroup>()
        let reader = KeyReader(field, context: context)
        units.withUnsafeBufferPointer { buf in
            let columns = context.cache.map { ColumnSource(cache: $0, units: units, buffer: buf) }
            let keys = KeySource(field, context: context, columns: columns)
            let groupKeys = GroupKeySource(context: context, columns: columns)
            let municipalityField = FieldRegistry.builtIn.first { $0.name == "municipalities" }!
            let municipalityKeys = byCounty ? KeySource(municipalityField, context: context, columns: columns) : nil
            // Which county and municipality a unit names together: a bitmap when both columns are cached, else a set.
            var named: [Bool] = []
            var namedWidth = 0
            if let c = keys.capacity, let m = municipalityKeys?.capacity, c * m <= 1 << 24 {
                namedWidth = m
                named = Array(repeating: false, count: c * m)
            }
            // Distinct groups per category: a bitmap of (category, group) when both are known and
            // small, else a set of pairs.
            var pairs = Set<CategoryGroup>()
            var bitmap: [UInt64] = []
            var groupCapacity = 0
            if let c = keys.capacity, let g = groupKeys.capacity, c * g <= 1 << 26 {
                groupCapacity = g
                bitmap = Array(repeating: 0, count: (c * g + 63) / 64)
                counts = Array(repeating: 0, count: c)
            }
            var seenGroup = -1
            for i in indices {
                seenGroup = groupKeys.id(buf, i) ?? -1
                if seenGroup < 0, buf[i].kind.isWrittenByGroups { ungrouped += 1 }
                ids.removeAll(keepingCapacity: true)
                keys.forEach(buf, i) { id in if !ids.contains(id) { ids.append(id) } }
                if ids.isEmpty {
                    nullCount += 1
                    if seenGroup >= 0 { nullGroups.insert(seenGroup) }
                    continue
                }
                if ids.count > 1 { multi += 1 }
                municipalityKeys?.forEach(buf, i) { m in
                    for id in ids {
                        if namedWidth > 0 { named[id * namedWidth + m] = true } else { countyMunicipalities.insert(CategoryGroup(category: id, group: m)) }
                    }
                }
                for id in ids {
                    if id >= counts.count { counts.append(contentsOf: repeatElement(0, count: id - counts.count + 1)) }
                    counts[id] += 1
                    if seenGroup >= 0 {
                        if groupCapacity > 0 {
                            let bit = id * groupCapacity + seenGroup
                            bitmap[bit >> 6] |= 1 << UInt64(bit & 63)
                        } else {
                            pairs.insert(CategoryGroup(category: id, group: seenGroup))
                        }
                    }
                }
            }
            for k in named.indices where named[k] { countyMunicipalities.insert(CategoryGroup(category: k / namedWidth, group: k % namedWidth)) }
            // A municipality goes with its own county: a name two share with the county the unit was read to be in.
            if let municipalityKeys {
                let pairing = CountyPairing([field, municipalityField], keys, municipalityKeys)
                countyMunicipalities = countyMunicipalities.filter { pairing.belong($0.category, $0.group) }
            }
            names = keys.names()
            groupsPer = Array(repeating: 0, count: counts.count)
            if groupCapacity > 0 {
                for id in counts.indices where counts[id] > 0 {
                    for g in 0..<groupCapacity {
                        let bit = id * groupCapacity + g
                        if bitmap[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { groupsPer[id] += 1 }
                    }
                }
            }
            for p in pairs { groupsPer[p.category] += 1 }
        }
        // `top N` keeps the N largest, whatever order they are shown in.
        var order = counts.indices.filter { counts[$0] > 0 }
        order.sort { a, b in counts[a] != counts[b] ? counts[a] > counts[b] : reader.precedes(names[a], names[b]) }
        let distinct = order.count
        if let top, top < order.count { order = Array(order.prefix(max(0, top))) }
        if sort == .name { order.sort { reader.precedes(names[$0], names[$1]) } }
        let total = max(indices.count, 1)
        var table = Table(title: "Units by \(label)",
                          columns: [Column(label, reader.columnKind), Column("count", .integer),
                                    Column("share", .number), Column("groups", .integer)],
                          shape: .categoryCounts)
        for id in order {
            table.rows.append([reader.value(names[id]), .integer(counts[id]),
                               .number(Double(counts[id]) / Double(total)), .integer(groupsPer[id])])
        }
        if nullCount > 0 {
            table.rows.append([.null, .integer(nullCount), .number(Double(nullCount) / Double(total)), .integer(nullGroups.count)])
        }
        // By county: how many of its municipalities took part, for a slide of who was there.
        if byCounty {
            var taking: [Int: Int] = [:]
            for pair in countyMunicipalities { taking[pair.category, default: 0] += 1 }
            table.columns.append(Column("municipalities", .integer))
            for (r, id) in order.enumerated() { table.rows[r].append(.integer(taking[id] ?? 0)) }
            if nullCount > 0 { table.rows[table.rows.count - 1].append(.integer(0)) }
        }
        table.notes.append("\(Plural.count(indices.count, "unit")); share is of the units; groups counts distinct groups (each corpus's apart)"
                           + (byCounty ? "; municipalities counts those of each county that the units name" : ""))
        if multi > 0 {
            table.notes.append("a unit with several \(field.name) counts once under each (\(Plural.count(multi, "unit has", "units have")) several), so counts add up to more than \(indices.count) and shares to more than 100%")
        }
        if nullCount > 0 { table.notes.append("\(Plural.count(nullCount, "unit has", "units have")) no \(label) (the row with an empty name)") }
        if let note = ungroupedNote(ungrouped) { table.notes.append(note) }
        if let top, top < distinct { table.notes.append("top \(top) of \(distinct) values") }
        table.metadata = ["field": field.name, "units": String(indices.count)]
        if ungrouped > 0 { table.metadata[ungroupedKey] = String(ungrouped) }
        return table
    }

    // MARK: - two fields

    static func crosstab(_ fields: [FieldDescriptor], labels: [String], units: [Unit], indices: [Int], context: QueryContext,
                         top: Int?, sort: GroupSort) -> Table {
        let ra = KeyReader(fields[0], context: context), rb = KeyReader(fields[1], context: context)
        var cells: [Int: Int] = [:]
        var totalsA: [Int: Int] = [:], totalsB: [Int: Int] = [:]
        var multi = 0
        var aIds: [Int] = [], bIds: [Int] = []
        var namesA: [String] = [], namesB: [String] = []
        // The distinct groups of each pair, by the pair's key in `cells`, and the posts and segments of no group.
        var pairGroups = Set<CategoryGroup>()
        var ungrouped = 0
        units.withUnsafeBufferPointer { buf in
            let columns = context.cache.map { ColumnSource(cache: $0, units: units, buffer: buf) }
            let ka = KeySource(fields[0], context: context, columns: columns)
            let kb = KeySource(fields[1], context: context, columns: columns)
            let groupKeys = GroupKeySource(context: context, columns: columns)
            // Flat counters (index id + 1, 0 for "no value") when both sides are cached columns.
            var flat: [Int] = [], flatA: [Int] = [], flatB: [Int] = []
            var width = 0
            if let ca = ka.capacity, let cb = kb.capacity, (ca + 1) * (cb + 1) <= 1 << 24 {
                width = cb + 1
                flat = Array(repeating: 0, count: (ca + 1) * width)
                flatA = Array(repeating: 0, count: ca + 1)
                flatB = Array(repeating: 0, count: cb + 1)
            }
            // A unit's counties are those of its municipalities: a county goes with the municipalities in it, not with
            // every municipality of the unit ("Gruppe 15 - Grimstad, Lier, Hustadvika, Indre Fosen": Grimstad is in Agder).
            let pairing = CountyPairing(fields, ka, kb)
            for i in indices {
                aIds.removeAll(keepingCapacity: true)
                bIds.removeAll(keepingCapacity: true)
                ka.forEach(buf, i) { id in if !aIds.contains(id) { aIds.append(id) } }
                kb.forEach(buf, i) { id in if !bIds.contains(id) { bIds.append(id) } }
                if aIds.isEmpty { aIds.append(-1) }
                if bIds.isEmpty { bIds.append(-1) }
                if aIds.count > 1 || bIds.count > 1 { multi += 1 }
                if let group = groupKeys.id(buf, i) {
                    for a in aIds { for b in bIds where pairing.belong(a, b) { pairGroups.insert(CategoryGroup(category: (a + 1) << 32 | (b + 1), group: group)) } }
                } else if buf[i].kind.isWrittenByGroups {
                    ungrouped += 1
                }
                if width > 0 {
                    for a in aIds { flatA[a + 1] += 1 }
                    for b in bIds { flatB[b + 1] += 1 }
                    for a in aIds { for b in bIds where pairing.belong(a, b) { flat[(a + 1) * width + b + 1] += 1 } }
                } else {
                    for a in aIds { totalsA[a, default: 0] += 1 }
                    for b in bIds { totalsB[b, default: 0] += 1 }
                    for a in aIds { for b in bIds where pairing.belong(a, b) { cells[(a + 1) << 32 | (b + 1), default: 0] += 1 } }
                }
            }
            if width > 0 {
                for (k, n) in flatA.enumerated() where n > 0 { totalsA[k - 1] = n }
                for (k, n) in flatB.enumerated() where n > 0 { totalsB[k - 1] = n }
                for (k, n) in flat.enumerated() where n > 0 { cells[(k / width) << 32 | (k % width)] = n }
            }
            namesA = ka.names()
            namesB = kb.names()
        }
        func ordered(_ totals: [Int: Int], _ names: [String], _ reader: KeyReader, by sort: GroupSort) -> [Int] {
            totals.keys.sorted { a, b in
                if (a < 0) != (b < 0) { return b < 0 }
                if sort == .count, totals[a]! != totals[b]! { return totals[a]! > totals[b]! }
                if a < 0 || b < 0 { return false }
                return reader.precedes(names[a], names[b])
            }
        }
        // `top N` keeps the N largest values of the first field, whatever order they are shown in.
        var orderA = ordered(totalsA, namesA, ra, by: sort)
        let orderB = ordered(totalsB, namesB, rb, by: sort)
        let distinctA = orderA.filter { $0 >= 0 }.count
        if let top, top < distinctA {
            // The units with no value in the first field are not one of the N: their rows stay, as `top N` keeps them.
            let kept = Set(ordered(totalsA, namesA, ra, by: .count).filter { $0 >= 0 }.prefix(max(0, top))).union([-1])
            orderA = orderA.filter(kept.contains)
        }
        let total = max(indices.count, 1)
        var groupsPer: [Int: Int] = [:]
        for pair in pairGroups { groupsPer[pair.category, default: 0] += 1 }
        var table = Table(title: "Units by \(labels[0]) and \(labels[1])",
                          columns: [Column(labels[0], ra.columnKind), Column(labels[1], rb.columnKind),
                                    Column("count", .integer), Column("share", .number), Column("groups", .integer)],
                          shape: .crosstab)
        for a in orderA {
            for b in orderB {
                let key = (a + 1) << 32 | (b + 1)
                guard let n = cells[key] else { continue }
                table.rows.append([a < 0 ? .null : ra.value(namesA[a]), b < 0 ? .null : rb.value(namesB[b]),
                                   .integer(n), .number(Double(n) / Double(total)), .integer(groupsPer[key] ?? 0)])
            }
        }
        table.notes.append("\(Plural.count(indices.count, "unit")); long form (one row per pair); 'pivot' shows it as rows x columns; groups counts distinct groups")
        if multi > 0 {
            table.notes.append("a unit with several values counts once under each pair (\(Plural.count(multi, "unit has", "units have")) several), so counts add up to more than \(indices.count)")
        }
        if totalsA[-1] != nil || totalsB[-1] != nil { table.notes.append("an empty name stands for units with no value") }
        if let top, top < distinctA { table.notes.append("top \(top) of \(distinctA) \(labels[0]) values") }
        table.metadata = ["field": fields[0].name, "field2": fields[1].name, "units": String(indices.count)]
        // How many units have each value of the second field, for `pivot share`.
        table.metadata[Table.columnTotalsKey] = orderB.map { b in
            (b < 0 ? "" : rb.value(namesB[b]).display) + "\t" + String(totalsB[b] ?? 0)
        }.joined(separator: "\n")
        if multi > 0 {
            table.metadata[Table.rowTotalsKey] = orderA.map { a in
                (a < 0 ? "" : ra.value(namesA[a]).display) + "\t" + String(totalsA[a] ?? 0)
            }.joined(separator: "\n")
        }
        if ungrouped > 0 { table.metadata[ungroupedKey] = String(ungrouped) }
        if let note = ungroupedNote(ungrouped) { table.notes.append(note) }
        return table
    }
}

/// Which values of a crosstab of counties and municipalities go together: a municipality and its county. Any two values
/// go together in a crosstab of other fields (and a value with none).
private final class CountyPairing {
    private let countyFirst: Bool?
    private let ka: KeySource, kb: KeySource
    private var names: (a: [String], b: [String]) = ([], [])
    private var known: [Int: Bool] = [:]

    init(_ fields: [FieldDescriptor], _ ka: KeySource, _ kb: KeySource) {
        switch (fields[0].name, fields[1].name) {
        case ("counties", "municipalities"): countyFirst = true
        case ("municipalities", "counties"): countyFirst = false
        default: countyFirst = nil
        }
        (self.ka, self.kb) = (ka, kb)
    }

    func belong(_ a: Int, _ b: Int) -> Bool {
        guard let countyFirst, a >= 0, b >= 0 else { return true }
        let key = a << 32 | b
        if let answer = known[key] { return answer }
        // Names are read as ids first appear (an interned field's ids grow as units are read).
        if a >= names.a.count { names.a = ka.names() }
        if b >= names.b.count { names.b = kb.names() }
        let (county, municipality) = countyFirst ? (names.a[a], names.b[b]) : (names.b[b], names.a[a])
        // (A name two municipalities share, left unresolved, goes with the counties of both; a name the gazetteer does
        // not know, with every county.)
        let counties = Gazetteer.standard.lookup(municipality).map(\.county)
        let answer = counties.isEmpty || counties.contains(county)
        known[key] = answer
        return answer
    }
}

/// A category and a group that wrote units in it, for counting distinct groups per category.
private struct CategoryGroup: Hashable {
    let category: Int
    let group: Int
}

/// The id of the group that wrote a unit, as `GroupKey` tells groups apart: one corpus's group
/// (corpus id and group id combined), so groups of two corpora that share a name count as two.
final class GroupKeySource {
    private let corpus: KeySource
    private let group: KeySource
    private let groupCapacity: Int?

    init(context: QueryContext, columns: ColumnSource?) {
        corpus = KeySource(FieldRegistry.builtIn.first { $0.name == "corpus" }!, context: context, columns: columns)
        group = KeySource(FieldRegistry.builtIn.first { $0.name == "group" }!, context: context, columns: columns)
        groupCapacity = corpus.capacity != nil ? group.capacity : nil
    }

    /// The unit's group id, or nil when it has no group.
    @inline(__always)
    func id(_ b: UnsafeBufferPointer<Unit>, _ i: Int) -> Int? {
        var g = -1, c = 0
        group.forEach(b, i) { g = $0 }
        guard g >= 0 else { return nil }
        corpus.forEach(b, i) { c = $0 }
        if let groupCapacity { return c * groupCapacity + g }
        return c << 32 | g
    }

    /// How many ids there can be, when known in advance (cached columns).
    var capacity: Int? {
        guard let groupCapacity, let corpora = corpus.capacity else { return nil }
        return corpora * groupCapacity
    }
}

/// The grouping ids (0, 1, 2, ...; values equal after case folding share one) of a field's
/// values per unit: from a cached column when there is one, else interned as they come.
final class KeySource {
    private let text: TextColumn?
    private let list: ListColumn?
    private let interner: Interner?
    private let reader: KeyReader

    init(_ field: FieldDescriptor, context: QueryContext, columns: ColumnSource?) {
        text = columns?.text(field)
        list = text == nil ? columns?.list(field) : nil
        interner = text == nil && list == nil ? Interner() : nil
        reader = KeyReader(field, context: context, wordCounts: columns?.wordCounts(field))
    }

    @inline(__always)
    func forEach(_ b: UnsafeBufferPointer<Unit>, _ i: Int, _ body: (Int) -> Void) {
        if let text {
            let m = text.dictionary.merged[Int(text.ids[i])]
            if m != 0 { body(Int(m) - 1) }
        } else if let list {
            let merged = list.dictionary.merged
            var k = Int(list.offsets[i])
            let end = Int(list.offsets[i + 1])
            while k < end { body(Int(merged[Int(list.ids[k])]) - 1); k += 1 }
        } else if let interner {
            reader.forEach(b, i) { body(interner.id($0)) }
        }
    }

    /// How many ids there can be, when known in advance (cached columns).
    var capacity: Int? {
        if let text { return text.dictionary.names.count - 1 }
        if let list { return list.dictionary.names.count - 1 }
        return nil
    }

    func names() -> [String] {
        if let text { return Array(text.dictionary.names.dropFirst()) }
        if let list { return Array(list.dictionary.names.dropFirst()) }
        return interner!.names()
    }
}

/// Gives each distinct value an id, merging values equal after trimming and case folding.
final class Interner {
    private var table = ByteTable()
    private var merged: [String: Int] = [:]
    private var exactStrings: [String] = []
    private var exactCounts: [Int] = []
    private var exactToMerged: [Int] = []
    private var mergedCount = 0

    /// The merged id of `s`.
    @inline(__always)
    func id(_ s: String) -> Int {
        let (e, inserted) = table.id(s)
        if inserted {
            exactStrings.append(s)
            exactCounts.append(0)
            let key = NorwegianText.fold(s.trimmingCharacters(in: .whitespacesAndNewlines))
            if let m = merged[key] {
                exactToMerged.append(m)
            } else {
                merged[key] = mergedCount
                exactToMerged.append(mergedCount)
                mergedCount += 1
            }
        }
        exactCounts[e] += 1
        return exactToMerged[e]
    }

    /// The name of each id: its most common spelling, trimmed (ties: first in Norwegian order).
    func names() -> [String] {
        var best = Array(repeating: -1, count: mergedCount)
        for e in exactStrings.indices {
            let m = exactToMerged[e]
            let b = best[m]
            if b < 0 || exactCounts[e] > exactCounts[b]
                || (exactCounts[e] == exactCounts[b] && NorwegianOrder.precedes(exactStrings[e], exactStrings[b])) {
                best[m] = e
            }
        }
        return best.map { exactStrings[$0].trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}

/// Reads a field's grouping keys as strings (dates by day) and turns them back into cells.
struct KeyReader {
    let access: FieldAccess
    let type: FieldType

    init(_ field: FieldDescriptor, context: QueryContext, wordCounts: [Int32]? = nil) {
        access = FieldAccess(field, context: context, wordCounts: wordCounts)
        type = field.type
    }

    var columnKind: Column.Kind {
        switch type {
        case .integer: return .integer
        case .date: return .date
        default: return .text
        }
    }

    @inline(__always)
    func forEach(_ b: UnsafeBufferPointer<Unit>, _ i: Int, _ body: (String) -> Void) {
        if let text = access.text {
            if let v = text(b, i), !Compiler.isBlankText(v) { body(v) }
        } else if let list = access.list {
            for v in list(b, i) where !Compiler.isBlankText(v) { body(v) }
        } else if let integer = access.integer {
            if let v = integer(b, i) { body(String(v)) }
        } else if let date = access.date {
            if let d = date(b, i) {
                let day = (d.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400
                body(ISODate.string(Date(timeIntervalSince1970: day)))
            }
        }
    }

    func value(_ key: String) -> Value {
        switch type {
        case .integer: return Int(key).map { .integer($0) } ?? .text(key)
        case .date: return ISODate.parse(key).map { .date($0) } ?? .text(key)
        default: return .text(key)
        }
    }

    func precedes(_ a: String, _ b: String) -> Bool {
        switch type {
        case .integer:
            if let x = Int(a), let y = Int(b) { return x < y }
        case .date:
            return a < b
        default: break
        }
        return NorwegianOrder.precedes(a, b)
    }
}
