import Foundation

/// The date and time forms Padlet prints in its text exports.
enum PadletDates {
    /// An author + timestamp line: `Gruppe 3 5/5/25 9:12AM`, `SIGRUNFOSTAD 5/5/2510:29AM`
    /// (date glued to the time), with stray icon characters before the author.
    struct Stamp: Equatable {
        var author: String
        /// Nil where the line gives the time relative to a day no one knows ("for 3 dagar sidan").
        var posted: Date?
        /// Where the author works, as a chat names it after the name ("Sandnes kommune").
        var affiliation: String? = nil
        /// Whether the line heads a chat message (`[05.12.2024 10:31] Hansen, Kari`): all the message says is its text.
        var isChatMessage = false
        /// Whether the time follows "at" ("Anonymous  Nov 9, 2023 at 10:42 AM"): a sentence can end so too ("Fagdag Nov
        /// 20, 2024 at 10:00 AM"), so such a line heads a post only where a paragraph starts.
        var afterAt = false
    }

    /// Parses a whole author + timestamp line, or nil: `Gruppe 3 5/5/25 9:12AM`, and the long forms
    /// boards print for their header and, on some boards, for every post: `INGRID LØVLI NOV 12, 2020
    /// 10:14AM`, `KARI NORDMANN 9. FEBRUAR 2023, 10:12 UTC` (UTC is shown in Norwegian time), and with a
    /// 24-hour clock as a Norwegian locale prints them: `Tone Bakken 13. november 2024 13:41`,
    /// `Tone Bakken 13. nov. 2024 kl. 13:41`, `Tone Bakken 13.11.2024, 13:41`.
    static func stamp(_ line: Substring) -> Stamp? {
        // "Oppdatert OCT 15, 2024 10:31AM" tells when a post was edited: no author's line.
        if let first = line.utf8.first, "OURE".utf8.contains(first), PadletLines.isEditStamp(line) { return nil }
        return stampIgnoringEdits(line)
    }

    /// `stamp(line)`, also for a post's edit line ("Oppdatert OCT 15, 2024 10:31AM", whose author is "Oppdatert").
    static func stampIgnoringEdits(_ line: Substring) -> Stamp? {
        if line.utf8.first == UInt8(ascii: "[") { return chatStamp(line) }
        // "Anonymous  Nov 9, 2023 10:42 AM (edited)": the board's English interface marks a post edited after its time.
        if line.utf8.last == UInt8(ascii: ")"), let open = line.lastIndex(of: "("),
           ["(edited)", "(redigert)", "(endret)", "(endra)"].contains(line[open...].lowercased()) {
            return stampIgnoringEdits(line[..<open].trimmingSpaces)
        }
        if line.utf8.count > 3 && line.utf8.suffix(3).elementsEqual("UTC".utf8) { return longStamp(line, clock: .utc) }
        if endsInAMOrPM(line) { return shortStamp(line) ?? longStamp(line, clock: .twelveHour) }
        if endsIn24HourTime(line) { return longStamp(line, clock: .twentyFourHour) }
        if endsInAgo(line) { return relativeStamp(line) }
        return nil
    }

    /// A post's author line as the board shows it in a browser, with the time relative to the day it was copied:
    /// `Ingrid Hareide for 3 dagar sidan`, `Anonym for en time siden`, `Kari Nordmann 2 days ago`. That day is
    /// unknown, so the stamp has no time.
    ///
    /// ```swift
    /// PadletDates.stamp("Ingrid Hareide for 3 dagar sidan")?.author   // "Ingrid Hareide"
    /// PadletDates.stamp("Vi starta for 3 år sidan")                   // nil: a sentence, not a name
    /// ```
    private static func relativeStamp(_ line: Substring) -> Stamp? {
        let parts = line.split(separator: " ")
        var words = parts.map { $0.lowercased() }
        let english = words.last == "ago"
        guard words.count >= 4 else { return nil }
        words.removeLast()
        let unit = words.removeLast(), count = words.removeLast()
        if !english { guard words.last == "for" else { return nil }; words.removeLast() }
        let counts: Set<String> = english ? ["a", "an", "one"] : ["en", "ei", "ein", "et", "eit", "ett"]
        let units = english ? ["second", "minute", "hour", "day", "week", "month", "year"]
            : ["sekund", "minutt", "time", "tim", "dag", "uke", "veke", "vek", "måned", "månad", "år"]
        guard count.allSatisfy(\.isASCIIDigit) && count.count <= 3 || counts.contains(count),
              units.contains(where: { unit.hasPrefix($0) }), unit.count <= 8 else { return nil }
        let author = cleanAuthor(Substring(parts.prefix(words.count).joined(separator: " ")))
        // A name: its words capitalised, but for the small words inside names ("Kulturskulerådet Møre og Romsdal").
        guard !author.isEmpty, isName(author) else { return nil }
        return Stamp(author: author, posted: nil)
    }

    /// Whether the text ends in "siden", "sidan" or "ago": the byte test every line passes first.
    private static func endsInAgo(_ text: Substring) -> Bool {
        let bytes = text.utf8
        return bytes.last == UInt8(ascii: "n") && (bytes.reversed().starts(with: "nedis".utf8) || bytes.reversed().starts(with: "nadis".utf8))
            || bytes.last == UInt8(ascii: "o") && bytes.reversed().starts(with: "oga ".utf8)
    }

    /// How a stamp's time is printed: `10:14AM`, `10:12 UTC`, or `13:41`.
    private enum Clock { case twelveHour, utc, twentyFourHour }

    /// Whether the line is an author line in the short form, `Gruppe 3 5/5/25 9:12AM`.
    static func isShortStamp(_ line: Substring) -> Bool { endsInAMOrPM(line) && shortStamp(line) != nil }

    private static func shortStamp(_ line: Substring) -> Stamp? {
        guard let (prefix, date) = trailingTimestamp(line) else { return nil }
        let author = cleanAuthor(prefix)
        return author.isEmpty ? nil : Stamp(author: author, posted: date)
    }

    /// `NAME MON DD, YYYY H:MMAM`, `NAME D. MONTH YYYY, HH:MM UTC` or `NAME D. MONTH YYYY kl. HH:MM`: the
    /// board header's date form with a time.
    private static func longStamp(_ line: Substring, clock: Clock) -> Stamp? {
        guard let (author, posted, padletsOwn, afterAt) = longDateTime(line, clock: clock), !author.isEmpty else { return nil }
        // Without Padlet's AM/PM or UTC, a sentence can end the same way ("Søke om midlar 20. mars 2025 14:00"):
        // the author must read as a name, in at most six words of which one starts in lower case ("Kulturskolen i Bodø").
        if clock == .twentyFourHour {
            let words = author.split(separator: " ")
            guard words.count <= 6, words.filter({ $0.first?.isLowercase == true }).count <= 1,
                  !notNames.contains(words[0].lowercased()) else { return nil }
            // A form Padlet does not print ("14.03.24", "2024-03-14", "kl. 10.14") ends a note's line as often ("Neste
            // møte 20.03.24 10:00", "Onsdag 20.03.24 kl. 18.00"): a person's name, each word capitalised, or a group's.
            if !padletsOwn {
                let name = words.count >= 2 && words.allSatisfy { $0.first?.isUppercase == true }
                guard name || words.allSatisfy({ $0.count >= 2 && !$0.contains(where: \.isLowercase) })
                        || PadletTextReader.isGroupName(author) else { return nil }
            }
        }
        return Stamp(author: author, posted: posted, afterAt: afterAt)
    }

    /// Words that open a note's line before a date, not a name: days, and what a date is of ("Neste samling ...").
    private static let notNames: Set<String> = [
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "måndag", "tysdag", "laurdag", "sundag",
        "neste", "frist", "oppstart", "start", "møte", "møtet", "samling", "samlinga", "konsert", "dato", "tid", "sist",
        "forrige", "innlevering", "oppdatert", "endret", "publisert",
    ]

    /// A date and time alone on a line, as a board in a browser prints it under its author's name ("Anonymous" over
    /// "Oct 9, 2024 9:51 AM"), in the long forms or the export's short one ("5/6/25 9:14AM"); nil for other lines.
    ///
    /// ```swift
    /// PadletDates.dateAndTime("Oct 9, 2024 9:51 AM")   // 2024-10-09 09:51
    /// PadletDates.dateAndTime("5/6/25 9:14AM")         // 2025-05-06 09:14
    /// PadletDates.dateAndTime("Kari Vik Oct 9, 2024 9:51 AM")   // nil: an author's line
    /// ```
    static func dateAndTime(_ line: Substring) -> Date? {
        let clock: Clock
        if endsInAMOrPM(line) { clock = .twelveHour } else if endsIn24HourTime(line) { clock = .twentyFourHour } else { return nil }
        if clock == .twelveHour, let (before, posted) = trailingTimestamp(line) {
            return before.allSatisfy { $0 == " " } ? posted : nil
        }
        guard let (author, posted, _, _) = longDateTime(line, clock: clock), author.isEmpty else { return nil }
        return posted
    }

    /// The text before a long form's date, the date and time (`longStamp` without its tests of the author), and
    /// whether they are written as Padlet prints them: a month by name or a year of four figures, "HH:MM".
    private static func longDateTime(_ line: Substring, clock: Clock) -> (author: String, posted: Date, padletsOwn: Bool, afterAt: Bool)? {
        let chars = Array(line.trimmingSpaces)
        var hour: Int, minute: Int, timeStart: Int
        var pointInTime = false
        switch clock {
        case .twelveHour:
            guard let (start, h, m) = trailingTime(chars) else { return nil }
            (hour, minute, timeStart) = (h, m, start)
        case .utc, .twentyFourHour:
            // "HH:MM UTC", "HH:MM"
            var i = chars.count - (clock == .utc ? 3 : 0)
            while i > 0, chars[i - 1] == " " { i -= 1 }
            guard i >= 5, chars[i - 3] == ":" || chars[i - 3] == ".", let h = Int(String(chars[(i - 5)..<(i - 3)]).trimmingSpaces),
                  let m = Int(String(chars[(i - 2)..<i])), (0...23).contains(h), (0...59).contains(m) else { return nil }
            (hour, minute, timeStart) = (h, m, i - 5)
            pointInTime = chars[i - 3] == "."
        }
        // The date must end right before the time ("kl." may stand between them): its last word is the year.
        var before = Substring(String(chars[..<timeStart])).trimmingSpaces
        // ("at" in the English interface's "Nov 9, 2023 at 10:42 AM", after a name: "Neste møte er Nov 20, 2023 at 10:00 AM"
        // is a sentence.)
        var at = false
        for word in [" kl.", " kl", " at"] where before.lowercased().hasSuffix(word) {
            before = before.dropLast(word.count).trimmingSpaces
            at = word == " at"
        }
        guard let yearWord = before.split(separator: " ").last?.trimmingCharacters(in: CharacterSet(charactersIn: ",")),
              yearWord.count == 4 && yearWord.allSatisfy(\.isASCIIDigit) || numericDate(yearWord) != nil,
              let (name, day) = boardHeader(before) else { return nil }
        let author = cleanAuthor(Substring(name))
        if at, !isName(author) { return nil }
        let seconds = Int(day.timeIntervalSince1970)
        guard var posted = ISODate.make(year: 1970, month: 1, day: 1, hour: hour, minute: minute) else { return nil }
        posted.addTimeInterval(TimeInterval(seconds))
        if clock == .utc { posted = ISODate.norwegianTime(fromUTC: posted) }
        let padletsOwn = !pointInTime && (yearWord.count == 4 || yearWord.count == 10 && yearWord.filter({ $0 == "." }).count == 2)
        return (author, posted, padletsOwn, at)
    }

    /// A message's line in a chat copied from Teams: `[05.12.2024 10:31] Hansen, Kari (Sandnes kommune)`, the
    /// author written "Surname, Given" shown as "Kari Hansen", and the bracket after the name its affiliation.
    ///
    /// ```swift
    /// PadletDates.stamp("[05.12.2024 10:31] Hansen, Kari (Sandnes kommune)")?.author        // "Kari Hansen"
    /// PadletDates.stamp("[05.12.2024 10:31] Hansen, Kari (Sandnes kommune)")?.affiliation   // "Sandnes kommune"
    /// ```
    private static func chatStamp(_ line: Substring) -> Stamp? {
        guard let close = line.firstIndex(of: "]") else { return nil }
        let inside = line[line.index(after: line.startIndex)..<close].split(whereSeparator: { $0 == " " || $0 == "," })
        let date = inside.first.map { $0.split(separator: ".", omittingEmptySubsequences: false).compactMap { Int($0) } } ?? []
        let time = inside.count == 2 ? inside[1].split(separator: ":").compactMap { Int($0) } : []
        guard date.count == 3, date[2] > 1900, (2...3).contains(time.count),
              let posted = ISODate.make(year: date[2], month: date[1], day: date[0], hour: time[0], minute: time[1]) else { return nil }
        var name = line[line.index(after: close)...].trimmingSpaces
        var affiliation: String?
        if name.last == ")", let open = name.lastIndex(of: "(") {
            affiliation = String(name[name.index(after: open)..<name.index(before: name.endIndex)].trimmingSpaces)
            name = name[..<open].trimmingSpaces
        }
        // A name, not a sentence: a message on the same line is another chat's form.
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 5, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        let parts = name.split(separator: ",").map { $0.trimmingSpaces }
        let author = parts.count == 2 && !parts[1].isEmpty ? "\(parts[1]) \(parts[0])" : String(name)
        return Stamp(author: author, posted: posted, affiliation: affiliation, isChatMessage: true)
    }

    /// Whether the line ends in a 24-hour time, `H:MM` or `HH:MM`, standing as a word of its own; or in the
    /// Norwegian standard's `kl. HH.MM` (a point between hour and minute only after "kl.", where it is no number).
    private static func endsIn24HourTime(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8.suffix(10))
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        let n = bytes.count
        guard n >= 6, isDigit(bytes[n - 1]), isDigit(bytes[n - 2]), isDigit(bytes[n - 4]) else { return false }
        let start = isDigit(bytes[n - 5]) ? n - 5 : n - 4
        guard start > 0, bytes[start - 1] == 0x20 else { return false }
        if bytes[n - 3] == UInt8(ascii: ":") { return true }
        guard bytes[n - 3] == UInt8(ascii: "."), start >= 4 else { return false }
        let before = bytes[..<(start - 1)]
        return before.reversed().starts(with: ".lk".utf8) || before.reversed().starts(with: "lk".utf8)
    }

    /// A line that ends with a date but no time (`KIM ... - NORSK  5/5/25`), whose
    /// next line ends with the time: the author wrapped over two lines.
    /// So is a long form wrapped the same way: "MARI-ANNE BERGSLAND – TIME KULTURSKULE (REFERENT   9. FEBRUAR 2023," over
    /// "GRUPPE 4)   08:47 UTC".
    static func wrappedStamp(_ first: Substring, _ second: Substring) -> Stamp? {
        if let last = second.utf8.last, last == UInt8(ascii: "C") || last >= 0x30 && last <= 0x39,
           let end = first.trimmingSpaces.utf8.last, end == UInt8(ascii: ",") || end >= 0x30 && end <= 0x39 {
            return wrappedLongStamp(first: first, second)
        }
        guard endsInAMOrPM(second) else { return nil }
        let chars = Array(first)
        guard let (prefix, month, day, year) = trailingDate(chars) else { return nil }
        let secondChars = Array(second)
        guard let (restEnd, hour, minute) = trailingTime(secondChars) else { return nil }
        let rest = String(secondChars[..<restEnd])
        guard let date = ISODate.make(year: year, month: month, day: day, hour: hour, minute: minute) else { return nil }
        let author = cleanAuthor(Substring(String(chars[..<prefix]) + " " + rest))
        return author.isEmpty ? nil : Stamp(author: author, posted: date)
    }

    /// `wrappedStamp` for the long forms: the first line's date read with the second's time ("08:47 UTC", "13:41"),
    /// the author's name from both lines.
    private static func wrappedLongStamp(first: Substring, _ second: Substring) -> Stamp? {
        let words = second.split(separator: " ")
        let timeWords = words.last == "UTC" ? 2 : 1
        guard words.count >= timeWords, endsIn24HourTime(Substring(" " + words[words.count - timeWords])) else { return nil }
        let time = words.suffix(timeWords).joined(separator: " ")
        guard var stamp = stamp(Substring(first.trimmingSpaces + " " + time)), stamp.posted != nil else { return nil }
        let rest = words.dropLast(timeWords).joined(separator: " ")
        if !rest.isEmpty { stamp.author = cleanAuthor(Substring(stamp.author + " " + rest)) }
        return stamp
    }

    /// Whether `line`, standing alone before an author line whose author is `author`, is the start of
    /// that author's name: it opens a bracket the author closes ("... (REFERENT FOR" / "GRUPPE 2) ..."),
    /// or both are short and in capitals, as Padlet prints names.
    static func isWrappedAuthor(_ line: Substring, before author: String) -> Bool {
        let t = line.trimmingSpaces
        guard !t.isEmpty, t.count <= 60, PadletLines.section(t) == nil, !t.hasSuffix(":"), !t.hasSuffix("."), !t.hasSuffix("?") else { return false }
        let opens = t.filter { $0 == "(" }.count - t.filter { $0 == ")" }.count
        let closes = author.filter { $0 == ")" }.count - author.filter { $0 == "(" }.count
        if opens > 0, opens == closes { return true }
        func inCapitals(_ s: some StringProtocol) -> Bool {
            s.contains(where: \.isLetter) && !s.contains(where: \.isLowercase) && !s.contains(where: \.isNumber)
        }
        return t.count <= 40 && inCapitals(t) && inCapitals(author)
    }

    /// Whether the text ends in "AM" or "PM", in any case: the byte test every line passes before
    /// `trailingTime` turns it into Characters. The text reader asks it of every line.
    private static func endsInAMOrPM(_ text: Substring) -> Bool {
        var bytes = text.utf8.reversed().makeIterator()
        guard let m = bytes.next(), m | 0x20 == UInt8(ascii: "m"), let ap = bytes.next() else { return false }
        return ap | 0x20 == UInt8(ascii: "a") || ap | 0x20 == UInt8(ascii: "p")
    }

    /// Strips icon noise before the author and extra spaces inside it.
    static func cleanAuthor(_ text: Substring) -> String {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
        let start = words.firstIndex(where: { $0.contains(where: { $0.isLetter }) && !["&", "»", "«", "¢"].contains($0) }) ?? words.endIndex
        words = words[start...]
        // "Kari Nordmann · Nov 9", "Anonymous • 9 Nov": the mark between name and date; "Posted by Kari Nordmann on Nov 9".
        while let last = words.last, !last.contains(where: { $0.isLetter || $0.isNumber }) { words.removeLast() }
        if words.count > 2, words.first?.lowercased() == "posted", words.dropFirst().first?.lowercased() == "by" { words.removeFirst(2) }
        if words.count > 1, words.last?.lowercased() == "on" { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// Whether a text reads as a person's or an account's name, or is empty: at most six words, each capitalised but for
    /// the small words inside names ("Kari Nordmann", "Anonymous", "Kulturskulerådet Møre og Romsdal"), or marks ("·").
    static func isName(_ text: String) -> Bool {
        let small: Set<Substring> = ["og", "i", "på", "av", "for", "fra", "frå", "and", "of", "de", "van", "von"]
        let named = text.split(separator: " ").filter { $0.contains(where: \.isLetter) }
        return named.count <= 6 && named.allSatisfy { $0.first?.isUppercase == true || small.contains($0) }
            && (named.first?.first?.isUppercase ?? true)
    }

    /// Finds `M/D/YY H:MMAM` at the end of a line; returns the text before it and the date.
    static func trailingTimestamp(_ line: Substring) -> (Substring, Date)? {
        let chars = Array(line)
        guard let (timeStart, hour, minute) = trailingTime(chars) else { return nil }
        // Before the time: optional spaces, then M/D/Y where Y may be glued to the hour digits.
        var end = timeStart
        while end > 0, chars[end - 1] == " " { end -= 1 }
        guard let (prefix, month, day, year) = trailingDate(Array(chars[..<end])) else { return nil }
        guard let date = ISODate.make(year: year, month: month, day: day, hour: hour, minute: minute) else { return nil }
        return (Substring(String(chars[..<prefix])), date)
    }

    /// `H:MM[ ]AM|PM` at the end: the index where it starts, hour (24h) and minute.
    /// When the hour is glued to a two-digit year (`259:08AM`), only the hour digits are taken.
    static func trailingTime(_ chars: [Character]) -> (Int, Int, Int)? {
        var i = chars.count
        guard i >= 6 else { return nil }
        let suffix = String(chars[(i - 2)...]).uppercased()
        guard suffix == "AM" || suffix == "PM" else { return nil }
        i -= 2
        while i > 0, chars[i - 1] == " " { i -= 1 }
        guard i >= 4, chars[i - 1].isASCIIDigit, chars[i - 2].isASCIIDigit, chars[i - 3] == ":" else { return nil }
        let minute = Int(String(chars[(i - 2)..<i]))!
        var start = i - 3
        var digits = 0
        while start > 0, chars[start - 1].isASCIIDigit { start -= 1; digits += 1 }
        guard digits >= 1 else { return nil }
        // Glued to the year: "25" + "9" or "25" + "10" (year of two digits) or "2025" + "9".
        let run = String(chars[start..<(i - 3)])
        var hourText = run
        var hourStart = start
        if start > 0, chars[start - 1] == "/" {
            switch run.count {
            case 3, 4: hourText = String(run.dropFirst(2)); hourStart = start + 2
            case 5, 6: hourText = String(run.dropFirst(4)); hourStart = start + 4
            default: break
            }
        }
        guard hourText.count <= 2, var hour = Int(hourText), (1...12).contains(hour), minute < 60 else { return nil }
        if suffix == "PM", hour != 12 { hour += 12 }
        if suffix == "AM", hour == 12 { hour = 0 }
        return (hourStart, hour, minute)
    }

    /// `M/D/YY` or `M/D/YYYY` at the end of `chars`: index where it starts, month, day, year.
    static func trailingDate(_ chars: [Character]) -> (Int, Int, Int, Int)? {
        var end = chars.count
        while end > 0, chars[end - 1] == " " { end -= 1 }
        var i = end
        while i > 0, chars[i - 1].isASCIIDigit { i -= 1 }
        let yearText = String(chars[i..<end])
        guard yearText.count == 2 || yearText.count == 4, i > 0, chars[i - 1] == "/" else { return nil }
        var j = i - 1
        while j > 0, chars[j - 1].isASCIIDigit { j -= 1 }
        let dayText = String(chars[j..<(i - 1)])
        guard (1...2).contains(dayText.count), j > 0, chars[j - 1] == "/" else { return nil }
        var k = j - 1
        while k > 0, chars[k - 1].isASCIIDigit { k -= 1 }
        let monthText = String(chars[k..<(j - 1)])
        guard (1...2).contains(monthText.count), let month = Int(monthText), let day = Int(dayText), var year = Int(yearText) else { return nil }
        if year < 100 { year += 2000 }
        guard k == 0 || chars[k - 1] == " " else { return nil }
        return (k, month, day, year)
    }

    static let englishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let norwegianMonths = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                                          "september", "oktober", "november", "desember"]

    /// A date and time as a board in Norwegian prints a post's time, the long form `stamp` reads after an author's name.
    ///
    /// ```swift
    /// PadletDates.written(ISODate.make(year: 2025, month: 3, day: 20, hour: 14, minute: 37)!)   // "20. mars 2025 14:37"
    /// ```
    static func written(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        let (year, month, day) = ISODate.civil(fromDays: days)
        return "\(day). \(norwegianMonths[month - 1]) \(year) " + String(format: "%02d:%02d", rest / 3600, rest % 3600 / 60)
    }

    /// Whether a short line names a day: "15. november", "Kristiansund, 15. nov.", "14.03.2024" (with or without the year).
    ///
    /// ```swift
    /// PadletDates.namesADay("Kristiansund, 15. november")   // true
    /// PadletDates.namesADay("Oppsummering")                 // false
    /// ```
    static func namesADay(_ line: Substring) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        return words.indices.contains { i in
            let word = words[i]
            if numericDate(word) != nil { return true }
            guard word.hasSuffix("."), let day = Int(word.dropLast()), (1...31).contains(day), i + 1 < words.count else { return false }
            return norwegianMonth(words[i + 1]) != nil
        }
    }

    /// The month (1-12) a Norwegian month name or its short form names: "november", "NOV.", "sept.".
    private static func norwegianMonth(_ word: String) -> Int? {
        let lower = word.lowercased()
        if let m = norwegianMonths.firstIndex(of: lower) { return m + 1 }
        let stem = lower.hasSuffix(".") ? String(lower.dropLast()) : lower
        guard stem.count >= 3, stem != lower || stem.count == 3 else { return nil }
        return norwegianMonths.firstIndex { $0.hasPrefix(stem) }.map { $0 + 1 }
    }

    /// The board header's creator and date, in any of Padlet's forms:
    /// `TORKEL OCT 09, 2020 09:51AM`, `TORKEL ØIEN 9. FEBRUAR 2023, 08:38 UTC`, `Hege Posaas 4/30/2025`.
    static func boardHeader(_ line: Substring) -> (creator: String, date: Date)? {
        let words = line.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        for (i, word) in words.enumerated() {
            let lower = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
            // English: MON DD, YYYY
            if let m = englishMonths.firstIndex(where: { lower.hasPrefix($0) }), lower.count <= 9, i + 2 < words.count,
               let day = Int(words[i + 1].trimmingCharacters(in: CharacterSet(charactersIn: ","))),
               let year = Int(words[i + 2].trimmingCharacters(in: CharacterSet(charactersIn: ","))), year > 1990,
               let date = ISODate.make(year: year, month: m + 1, day: day) {
                return (words[..<i].joined(separator: " "), date)
            }
            // Norwegian: D. MONTH YYYY, the month maybe cut short ("13. nov. 2024"). (The day without its point, "21 Nov
            // 2024", was tried: it ends sentences as often, "Webinar 21 Nov 2024 09:00", and split posts.)
            if word.hasSuffix("."), let day = Int(word.dropLast()), i + 2 < words.count,
               let m = norwegianMonth(words[i + 1]),
               let year = Int(words[i + 2].trimmingCharacters(in: CharacterSet(charactersIn: ","))),
               let date = ISODate.make(year: year, month: m, day: day) {
                return (words[..<i].joined(separator: " "), date)
            }
            // In figures: D.M.YYYY, M/D/YYYY, YYYY-MM-DD, at the line's end or before its time alone: in a sentence or
            // a comment's line ("Kommentar fra Kari 3/5/25 10:20AM: Spennende!") it names no board's creator.
            if i > 0, let date = numericDate(word.trimmingCharacters(in: CharacterSet(charactersIn: ","))),
               words[(i + 1)...].allSatisfy(isClockWord) {
                return (words[..<i].joined(separator: " "), date)
            }
        }
        return nil
    }

    /// Whether a word after a date belongs to its time: "10:14", "9:51AM", "AM", "UTC", "kl.", "10.14", or icon debris
    /// with neither letters nor figures ("&").
    private static func isClockWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        if ["am", "pm", "utc", "kl", "kl."].contains(lower) { return true }
        let bare = lower.hasSuffix("am") || lower.hasSuffix("pm") ? String(lower.dropLast(2)) : lower
        if let separator = bare.firstIndex(where: { $0 == ":" || $0 == "." }) {
            let hour = bare[..<separator], minute = bare[bare.index(after: separator)...]
            return (1...2).contains(hour.count) && minute.count == 2 && (hour + minute).allSatisfy(\.isASCIIDigit)
        }
        return !word.contains { $0.isLetter || $0.isNumber }
    }

    /// A date in figures as exports print it: `14.03.2024` and `14.03.24` (day first), `3/14/2024` and `3/14/24`
    /// (Padlet's month first), `2024-03-14` (ISO); nil for anything else.
    ///
    /// ```swift
    /// PadletDates.numericDate("14.03.24")     // 2024-03-14
    /// PadletDates.numericDate("2.10")         // nil: a number, not a date
    /// ```
    static func numericDate(_ word: String) -> Date? {
        for separator: Character in [".", "/", "-"] {
            let parts = word.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { continue }
            let numbers = parts.compactMap { Int($0) }
            switch separator {
            case "-":
                guard parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 else { return nil }
                return ISODate.make(year: numbers[0], month: numbers[1], day: numbers[2])
            default:
                guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4 else { return nil }
                let year = parts[2].count == 2 ? 2000 + numbers[2] : numbers[2]
                return separator == "." ? ISODate.make(year: year, month: numbers[1], day: numbers[0])
                    : ISODate.make(year: year, month: numbers[0], day: numbers[1])
            }
        }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
