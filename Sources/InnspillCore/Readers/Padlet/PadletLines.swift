import Foundation

/// Recognises the kinds of lines a Padlet text export is made of. Each test is
/// about the structure Padlet prints (author + timestamp lines, group headers,
/// section columns, permalinks, icon noise), not about particular boards.
enum PadletLines {
    /// Icon remnants and end marks: lines with no letters or digits ("(]", "&", "※※※※※"),
    /// the OCR of Padlet's reaction and comment icons ("Qo Do", "Qo D29", "@ QoD ey"),
    /// and the Padlet logo line ("‘Padlet").
    static func isNoise(_ line: Substring) -> Bool {
        // A browser's print header: the page's title ending in "| Padlet", or the date and time alone.
        // (On bytes first: every line of an export comes here.)
        if line.utf8.last == UInt8(ascii: "t") ? line.utf8.reversed().starts(with: "telda".utf8) // "...Padlet"
            : line.utf8.first(where: { $0 != 0x20 }).map({ $0 >= 0x30 && $0 <= 0x39 }) ?? false,
           PageFurniture.isPrintHeader(line) {
            return true
        }
        if let first = line.utf8.first, first == UInt8(ascii: "K") || first == UInt8(ascii: "M"), PageFurniture.isMapAttribution(line) { return true }
        if let first = line.utf8.first, "OURE".utf8.contains(first), isEditStamp(line) { return true }
        // Cheap first test: a letter or digit and more than nine other visible characters make a line
        // text. (Combining marks are not counted.)
        var visible = 0
        var alphanumeric = false
        for u in line.unicodeScalars {
            if u.isASCII {
                if u == " " || u == "\t" { continue }
                visible += 1
                alphanumeric = alphanumeric || u.properties.isAlphabetic || ("0"..."9").contains(u)
            } else if !u.properties.isWhitespace, u.properties.generalCategory != .nonspacingMark {
                visible += 1
                alphanumeric = alphanumeric || u.properties.isAlphabetic || u.properties.numericType != nil
            }
            if visible > 9 && alphanumeric { return false }
        }
        let t = line.trimmingSpaces
        if t.isEmpty { return false }
        // A line of emoji alone ("👍", "🎉🎉") is a post's answer; other lines without a letter or digit are debris.
        if !t.contains(where: { $0.isLetter || $0.isNumber }) {
            return !t.unicodeScalars.allSatisfy { $0.properties.isEmojiPresentation || $0.properties.isEmojiModifier || $0 == "\u{FE0F}" || $0 == " " }
        }
        if PageFurniture.isPageNumber(t) { return true }
        // Reaction counts: "♥ 3", "👍 2" (the count last: "1. 🎻🎺🥁" answers question 1 in emoji).
        if t.count <= 12, !t.contains(where: \.isLetter), t.last?.isNumber == true,
           t.unicodeScalars.contains(where: { $0.properties.generalCategory == .otherSymbol || $0.properties.isEmojiPresentation }) {
            return true
        }
        // Reaction counts in words: "Like 3", "3 likes", "Liker 2".
        if t.utf8.count <= 12 {
            let words = t.lowercased().split(separator: " ")
            if words.count == 2, let number = words.firstIndex(where: { $0.allSatisfy(\.isASCIIDigit) }),
               ["like", "likes", "liker", "likar"].contains(words[1 - number]) { return true }
        }
        let letters = t.filter { $0.isLetter }
        let compact = t.filter { !$0.isWhitespace }
        // Padlet's like/comment icons OCR'd: "Qo Do", "QoD", "Qo D29", "@ QoD ey".
        if compact.count <= 9, compact.lowercased().contains("qod") || compact.lowercased().contains("qo") && compact.lowercased().contains("d") {
            return true
        }
        if letters.lowercased() == "padlet", t.count <= 8 { return true }
        // Icon debris OCR'd with one stray letter among its symbols: "» “?%@W «".
        // (Emoji are no OCR's debris: "1. 🎻🎺🥁" answers question 1.)
        if compact.count >= 4, compact.filter({ $0.isLetter || $0.isNumber }).count <= 1,
           !compact.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return true }
        // Comment and reaction icons: "(]", "(o]", "[o)"; not a lettered or numbered answer's "b)", "2)" alone on its line.
        let numbered = compact.count >= 2 && compact.last == ")" && compact.dropLast().allSatisfy(\.isASCIIDigit)
        if compact.count <= 3, compact.contains(where: { "()[]{}".contains($0) }), Segmenter.letterNumber(t) == nil, !numbered { return true }
        return false
    }

    /// What Padlet prints of an attachment on a line of its own: the file's name ("IMG_4471.jpeg", "Plakat gruppe 2.jpg"),
    /// or a host alone, where the file is stored or a link's preview comes from ("padlet-uploads.storage.googleapis.com",
    /// "bodo.kommune.no"). The link's title, a line of words, stays text.
    ///
    /// ```swift
    /// PadletLines.isAttachment("IMG_0932.HEIC")     // true
    /// PadletLines.isAttachment("bodo.kommune.no")   // true
    /// PadletLines.isAttachment("Se bodo.kommune.no") // false
    /// PadletLines.isAttachment("PDF document · 245 KB")   // true: the file's card
    /// ```
    static func isAttachment(_ line: Substring) -> Bool {
        let bytes = line.utf8
        // On bytes, and most lines are ruled out by their last one: every line of an export comes here.
        guard (4...100).contains(bytes.count), let last = bytes.last, last | 0x20 >= UInt8(ascii: "a"), last | 0x20 <= UInt8(ascii: "z")
        else { return false }
        if last | 0x20 == UInt8(ascii: "b"), bytes.count <= 50, isFileCard(line) { return true }
        guard let dot = bytes.suffix(5).lastIndex(of: UInt8(ascii: ".")) else { return false }
        let ending = String(decoding: bytes[bytes.index(after: dot)...], as: UTF8.self).lowercased()
        if attachmentEndings.contains(ending) { return bytes.count <= 60 && line.first.map { $0.isLetter || $0.isNumber } ?? false }
        guard hostEndings.contains(ending), bytes.count <= 60 else { return false }
        return bytes.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
            || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    /// A file's card under its name: its kind and size ("PDF document · 245 KB", "Word-dokument • 48 kB"), not a thing's
    /// size in a list ("iPad · 64 GB").
    private static func isFileCard(_ line: Substring) -> Bool {
        guard let mark = line.lastIndex(where: { $0 == "·" || $0 == "•" }) else { return false }
        let size = line[line.index(after: mark)...].trimmingSpaces.split(separator: " ")
        guard size.count == 2, ["kb", "mb", "gb"].contains(size[1].lowercased()),
              size[0].allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." }), size[0].first?.isASCIIDigit == true else { return false }
        let kind = line[..<mark].lowercased()
        return ["document", "dokument", "file", "fil", "image", "bilde", "video", "audio", "lyd", "presentation", "presentasjon",
                "spreadsheet", "regneark"].contains { kind.contains($0) }
    }

    /// What a chat copied from Teams says of itself, not of the topic: "Grete Klepp har blitt med i samtalen.",
    /// "Opptaket har stoppet.", a message's "(redigert)", in Norwegian and English.
    ///
    /// ```swift
    /// PadletLines.isChatNotice("Grete Klepp har blitt med i samtalen.")   // true
    /// ```
    static func isChatNotice(_ line: Substring) -> Bool {
        // On bytes first, as every line of an export comes here: a notice ends in ")", or in "samtalen" or "conversation"
        // (with or without a full stop), or starts with "opptaket" or "recording".
        guard line.utf8.count <= 90, let last = line.utf8.last else { return false }
        let end = last == UInt8(ascii: ".") ? line.utf8.dropLast() : line.utf8[...]
        guard last == UInt8(ascii: ")") || end.reversed().starts(with: "nelatmas".utf8) || end.reversed().starts(with: "noitasrevnoc".utf8)
                || PadletLines.lowercasedHasPrefix(line, "opptaket") || PadletLines.lowercasedHasPrefix(line, "recording") else { return false }
        let t = line.trimmingSpaces.lowercased()
        return ["(redigert)", "(edited)"].contains(t) || ["opptaket har startet", "opptaket har stoppet", "opptaket er stoppet",
                                                          "recording has started", "recording has stopped"].contains { t.hasPrefix($0) }
            || [" har blitt med i samtalen", " har forlatt samtalen", " forlot samtalen", " joined the conversation",
                " left the conversation"].contains { t.hasSuffix($0) || t.hasSuffix($0 + ".") }
    }

    /// The endings of files attached to posts.
    private static let attachmentEndings: Set<String> = ["jpg", "jpeg", "png", "gif", "heic", "webp", "pdf", "docx", "doc", "pptx",
                                                         "ppt", "xlsx", "mp4", "mov", "m4a", "mp3"]
    /// The last part of the hosts Padlet names under a link's preview or an upload.
    private static let hostEndings: Set<String> = ["no", "com", "org", "net", "io", "se", "dk", "eu", "info", "be", "ly", "app"]

    /// A Padlet permalink to a post (`https://padlet.com/USER/BOARD/wish/ID`).
    static func permalink(_ line: Substring) -> String? {
        let t = line.trimmingSpaces
        guard t.hasPrefix("http"), !t.contains(" "), t.contains("padlet.com/"), t.contains("/wish/") else { return nil }
        return String(t)
    }

    /// A permalink the PDF broke over two lines, joined: "https://padlet.com/kari/dialog-2025/" over "wish/3306119822",
    /// or broken inside a word; nil unless the first line starts one and the two make a permalink.
    static func brokenPermalink(_ first: Substring, _ second: Substring) -> String? {
        // (Every line of an export is asked: one byte rules out most.)
        guard first.utf8.first(where: { $0 != 0x20 }) == UInt8(ascii: "h") else { return nil }
        let head = first.trimmingSpaces, tail = second.trimmingSpaces
        guard head.hasPrefix("http"), head.contains("padlet.com/"), !head.contains("/wish/"), !head.contains(" "),
              !tail.isEmpty, tail.utf8.count <= 120, !tail.contains(" "), !tail.contains("://") else { return nil }
        return permalink(Substring(String(head) + String(tail)))
    }

    /// A link standing alone on a line that is not a post permalink (a profile link, a page footer, also with the
    /// page's number after it as a browser prints it: "https://padlet.com/kari/board 1/6", "padlet.com/kari/board
    /// Side 3 av 8", or without its scheme as some viewers copy it: "padlet.com/kari/board").
    static func isBareLink(_ line: Substring) -> Bool {
        let t = line.trimmingSpaces
        guard t.hasPrefix("http://") || t.hasPrefix("https://") || t.hasPrefix("padlet.com/") else { return false }
        let link = t.prefix { $0 != " " && $0 != "\t" }
        // (A browser pads the page's number to the right edge of the page.)
        let after = t[link.endIndex...].trimmingSpaces
        return link.contains("padlet.com") && (after.isEmpty || PageFurniture.isPageNumber(after))
    }

    /// Whether a line may be a person's or an organisation's name alone: at most six words, the first capitalised,
    /// no digits and no sentence's end ("Anonymous", "Ole Gabrielsen", "Kulturskolerådet Rogaland").
    static func mayBeName(_ line: Substring) -> Bool {
        let t = line.trimmingSpaces
        guard let first = t.first, first.isUppercase, t.utf8.count <= 60, !".?!:;,".contains(t.last ?? "."),
              !t.contains(where: \.isNumber) else { return false }
        return t.split(separator: " ").count <= 6
    }

    /// Words that name a section (a Padlet column, a round or a day of the seminar) when followed by a number.
    static let sectionWords = ["gruppedialog", "dialogtema", "dialogrunde", "dialogøkt", "dialogokt", "tema", "runde",
                               "økt", "gruppearbeid", "gruppesamtale", "gruppesamtaler", "sesjon", "session", "round", "theme", "del",
                               "dag", "day", "kolonne", "column", "samtale", "samtalerunde"]
    /// Words that label a group before its number: "Gruppe 3", "Rom 9", and the tables of a café dialogue ("Bord 2").
    static let groupWords = ["gruppe", "gruppa", "grupperom", "group", "rom", "room", "bord", "table", "team"]

    /// The text after the icons a title starts with ("💡 Hva gjør vi bra?" gives "Hva gjør vi bra?"): emoji and
    /// other symbols, and the spaces after them. Bullets and dashes are punctuation and stay.
    ///
    /// ```swift
    /// PadletLines.droppingLeadingIcons("🎻 Bord 1: Fredrikstad")   // "Bord 1: Fredrikstad"
    /// ```
    static func droppingLeadingIcons(_ text: Substring) -> Substring {
        // Most lines start with an ASCII byte, which is no icon.
        guard let first = text.utf8.first, first >= 0x80 else { return text }
        return text.drop { c in
            // (A keycap, "2️⃣", is a digit with its marks: an icon too.)
            c == " " || c.unicodeScalars.contains("\u{20E3}")
                || c.unicodeScalars.first.map { $0.properties.isEmojiPresentation || $0.properties.generalCategory == .otherSymbol } ?? false
        }
    }

    /// A section heading standing on its own line: "Gruppedialog 1", "Dialogtema 2 - Gruppeoppgaver", "Tema 2".
    static func section(_ line: Substring) -> String? {
        let t = line.trimmingSpaces
        guard t.count <= 70, !t.hasSuffix("?"), !t.hasSuffix(":"), !t.hasSuffix(".") else { return nil }
        if isLetteredSection(t) { return String(t) }
        guard let (word, number, rest) = leadingWordNumber(Substring(t)) else {
            // "Gruppedialog dag 1", "Gruppearbeid runde 2": a section word before another with the number. (Most
            // paragraphs have no digit near their start: the bytes rule them out before a word is lower-cased.)
            guard t.utf8.prefix(32).contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            let first = t.prefix(while: \.isLetter)
            guard sectionWords.contains(first.lowercased()), let (inner, _, _) = leadingWordNumber(t.dropFirst(first.count)),
                  sectionWords.contains(inner) else { return nil }
            return String(t)
        }
        guard sectionWords.contains(word) else { return nil }
        // "Dialogtema 2 - Gruppe: Førde" is a post header naming its theme, not a column;
        // "Dialogtema 1 - spørsmål til gruppene" is the title of the theme's questions.
        let lowerRest = rest.lowercased()
        if lowerRest.contains("gruppe") && rest.contains(":") { return nil }
        if lowerRest.contains("rsm"), PadletTextReader.isPromptBoxTitle(rest.drop(while: { !$0.isLetter })) { return nil }
        _ = number
        return String(t)
    }

    /// A section lettered instead of numbered: "Tema A – Kulturskolen som ressurssenter", "Økt B".
    static func isLetteredSection(_ t: Substring) -> Bool {
        let word = t.prefix(while: \.isLetter)
        guard sectionWords.contains(word.lowercased()) else { return false }
        let rest = t.dropFirst(word.count)
        guard rest.first == " ", let letter = rest.dropFirst().first, letter.isUppercase, letter.isASCII else { return false }
        let after = rest.dropFirst(2)
        return after.isEmpty || after.first == " " && (after.dropFirst().first.map { "–-:".contains($0) } ?? false) || after.first == ":"
    }

    /// "Dialogtema 2" from a header part, if the part names a section.
    static func sectionKey(_ part: Substring) -> String? {
        sectionKey(part, lead: leadingWordNumber(part))
    }

    /// `sectionKey(part)` when the caller has the part's `leadingWordNumber` already.
    static func sectionKey(_ part: Substring, lead: (String, Int, Substring)?) -> String? {
        guard let (word, number, _) = lead, sectionWords.contains(word) else { return nil }
        let original = part.trimmingSpaces.prefix(word.count)
        return "\(original) \(number)"
    }

    /// The section a header's theme names ("Tema 1", "Dialogtema 2"), among the board's section titles:
    /// the one with the same number whose word is the theme's word or ends with it ("Dialogtema 1" for
    /// "Tema 1", "Dialogtema 2 - Gruppeoppgaver" for "Dialogtema 2").
    static func section(named key: String, among sections: [String]) -> String? {
        guard let (word, number, _) = leadingWordNumber(Substring(key)) else { return nil }
        let named = { (title: String) -> Bool in
            guard let (titleWord, titleNumber, _) = leadingWordNumber(Substring(title)) else { return false }
            return titleNumber == number && titleWord.hasSuffix(word)
        }
        return sections.first { named($0) && leadingWordNumber(Substring($0))?.0 == word } ?? sections.first(where: named)
    }

    /// `text.lowercased().hasPrefix(prefix)` for an ASCII `prefix` in small letters, without
    /// lower-casing the whole text (group headers test a few letters of every title of a CSV).
    /// Answered from the bytes while they are ASCII: no ASCII letter lower-cases to another one.
    /// A non-ASCII scalar among or right after the prefix's bytes (which may lower-case to ASCII,
    /// as the Kelvin sign does, or join the last letter into one Character) is left to the
    /// Character comparison.
    static func lowercasedHasPrefix(_ text: Substring, _ prefix: String) -> Bool {
        let bytes = text.utf8
        var i = bytes.startIndex
        for expected in prefix.utf8 {
            guard i < bytes.endIndex else { return false }
            let byte = bytes[i]
            if byte >= 0x80 { return text.lowercased().hasPrefix(prefix) }
            guard (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == expected else { return false }
            i = bytes.index(after: i)
        }
        if i < bytes.endIndex, bytes[i] >= 0x80 { return text.lowercased().hasPrefix(prefix) }
        return true
    }

    /// Splits "Word 12 rest" into ("word", 12, "rest") (word lowercased).
    static func leadingWordNumber(_ text: Substring) -> (String, Int, Substring)? {
        let t = text.drop(while: { $0 == " " })
        let word = t.prefix(while: { $0.isLetter })
        guard !word.isEmpty else { return nil }
        var rest = t.dropFirst(word.count).drop(while: { $0 == " " })
        if lowercasedHasPrefix(rest, "nr") { rest = rest.dropFirst(2).drop(while: { $0 == "." || $0 == " " }) }
        let digits = rest.prefix(while: { $0.isASCIIDigit })
        guard !digits.isEmpty, digits.count <= 3, let n = Int(digits) else { return nil }
        let after = rest.dropFirst(digits.count)
        guard after.first.map({ !$0.isLetter && !$0.isNumber }) ?? true else { return nil }
        return (word.lowercased(), n, after)
    }

    /// A group's label at the start of a header part, and the rest of the part: "Gruppe 3: Bodø" gives
    /// ("Gruppe 3", ": Bodø"); also "Gruppe 5a" (groups split in two), "Gr. 21", "Group 4", "Rom nr. 9".
    static func leadingGroupLabel(_ text: Substring) -> (label: String, rest: Substring)? {
        let t = text.drop(while: { $0 == " " })
        if t.first?.isASCIIDigit == true { return ordinalGroupLabel(t) }
        // Every group word starts with "g", "r", "b", "t" or "z", or is a compound of "gruppe": other parts (most of every CSV
        // title) are ruled out on their bytes.
        guard let first = t.utf8.first.map({ $0 | 0x20 }), "grbtz".utf8.contains(first) || firstWordEndsInGruppe(t) else { return nil }
        let word = t.prefix(while: \.isLetter)
        var lower = word.lowercased()
        var after = t.dropFirst(word.count)
        // "Gr. 21", "Gr 4" without the dot, and "Gr1" (a quiz's nickname) without the space.
        if lower == "gr", after.first == "." || after.first == " " { lower = "gruppe"; after = after.dropFirst() }
        if lower == "gr", after.first?.isASCIIDigit == true { lower = "gruppe" }
        // Zoom's "Breakout Room 2", and "Zoom-rom 3", "Breakout-rom 1": rooms.
        if lower == "breakout" || lower == "zoom", after.first == " " || after.first == "-" {
            let next = after.dropFirst().prefix(while: \.isLetter)
            if ["room", "rom"].contains(next.lowercased()) { lower = "rom"; after = after.dropFirst(1 + next.count) }
        }
        // "Samtalegruppe 5", "Arbeidsgruppe 2": a compound of "gruppe" for a group at work names its groups as "Gruppe"
        // does; "Målgruppe 1" (a target group) or "Aldersgruppe 2" do not.
        let gruppe = ["gruppe", "gruppa"].contains(lower)
            || lower.count > 6 && (lower.hasSuffix("gruppe") || lower.hasSuffix("gruppa")) && workingGroups.contains(String(lower.dropLast(6)))
        guard groupWords.contains(lower) || gruppe else { return nil }
        after = after.drop(while: { $0 == " " })
        if lowercasedHasPrefix(after, "nr") { after = after.dropFirst(2).drop(while: { $0 == "." || $0 == " " }) }
        let digits = after.prefix(while: \.isASCIIDigit)
        var number: Int
        if !digits.isEmpty, digits.count <= 3, let n = Int(digits) {
            number = n
            after = after.dropFirst(digits.count)
        } else if gruppe, let (n, length) = numberWord(after) {
            // "Gruppe sju", "Gruppe fire": a number written out.
            number = n
            after = after.dropFirst(length)
            guard after.first.map({ !$0.isLetter && !$0.isNumber && $0 != "-" }) ?? true else { return nil }
        } else {
            return nil
        }
        var label = PadletTextReader.groupLabel(word: lower, number: number)
        // One letter after the number, and no more: "5a", not "5 av".
        if let letter = after.first, letter.isASCII, letter.isLetter, !(after.dropFirst().first?.isLetter ?? false) {
            label += letter.lowercased()
            after = after.dropFirst()
        }
        // A word goes on after the number in a file's name ("Gruppe3_oppsummering.pdf"): no label.
        guard after.first.map({ !$0.isLetter && !$0.isNumber && $0 != "_" }) ?? true else { return nil }
        return (label, after)
    }

    /// A group named by its number first, as an ordinal: "1. gruppe: Bodø og Gildeskål" gives ("Gruppe 1", ": Bodø og
    /// Gildeskål"), "3. rom" gives ("Rom 3", ""). Only a colon, a dash or nothing may follow the word, so a numbered answer
    /// that starts with it ("1. Gruppa meiner at ...") is no header.
    private static func ordinalGroupLabel(_ text: Substring) -> (label: String, rest: Substring)? {
        let digits = text.prefix(while: \.isASCIIDigit)
        guard digits.count <= 2, let number = Int(digits), number > 0 else { return nil }
        var after = text.dropFirst(digits.count)
        guard after.first == "." else { return nil }
        after = after.dropFirst().drop(while: { $0 == " " })
        let word = after.prefix(while: \.isLetter)
        let lower = word.lowercased()
        guard ["gruppe", "gruppa", "group", "rom", "room"].contains(lower) else { return nil }
        after = after.dropFirst(word.count)
        guard after.drop(while: { $0 == " " }).first.map({ ":-–—".contains($0) }) ?? true else { return nil }
        return (PadletTextReader.groupLabel(word: lower, number: number), after)
    }

    /// The first parts of compounds of "gruppe" that name groups at work in a seminar ("samtale" in "Samtalegruppe 5").
    static let workingGroups: Set<String> = [
        "samtale", "dialog", "diskusjons", "diskusjon", "arbeids", "basis", "refleksjons", "fokus", "kafé", "kafe", "studie",
        "lese", "drøftings", "summe", "tema", "fag",
    ]

    /// Numbers written out, one to twelve, in bokmål and nynorsk.
    static let numberWords: [String: Int] = [
        "en": 1, "én": 1, "ein": 1, "ett": 1, "eitt": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7,
        "sjau": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "ellve": 11, "tolv": 12,
    ]

    /// The number a written-out number word at the start of `text` is, and its length in Characters ("sju: Vaksdal" gives (7, 3)).
    static func numberWord(_ text: Substring) -> (Int, Int)? {
        let word = text.prefix(while: \.isLetter)
        return numberWords[word.lowercased()].map { ($0, word.count) }
    }

    /// Whether the first word of `text` ends in "gruppe" or "gruppa" ("Samtalegruppe 5"): a test on its bytes.
    static func firstWordEndsInGruppe(_ text: Substring) -> Bool {
        let bytes = text.utf8
        let isWordByte = { (b: UInt8) in b >= 0x80 || (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
        let end = bytes.firstIndex { !isWordByte($0) } ?? bytes.endIndex
        let word = bytes[..<end]
        guard word.count > 6 else { return false }
        let tail = word.suffix(6).map { $0 | 0x20 }
        return tail.elementsEqual("gruppe".utf8) || tail.elementsEqual("gruppa".utf8)
    }

    /// The group a text names with a group word and a number anywhere in it ("KARI (REFERENT FOR GRUPPE 2)"
    /// gives "Gruppe 2").
    static func groupNamed(in text: String) -> String? {
        var rest = Substring(text)
        while let start = rest.firstIndex(where: \.isLetter) {
            let word = rest[start...]
            if let (label, _) = leadingGroupLabel(word), word.startIndex == rest.startIndex || !(rest[rest.index(before: word.startIndex)].isLetter) {
                return label
            }
            rest = word.drop(while: \.isLetter)
        }
        return nil
    }

    /// A line that introduces municipalities of the post, split into the list and the sentences that follow it on the
    /// same line (none, most often): a list ends where a sentence does, since no municipality's name has ". " in it.
    ///
    /// ```swift
    /// PadletLines.municipalityList("Kommunar: Voss og Volda. Vi snakka om friplassar.")  // ("Voss og Volda", "Vi snakka om friplassar.")
    /// PadletLines.municipalityList("Kommunar: Sogndal, Luster")                            // (" Sogndal, Luster", "")
    /// ```
    static func municipalityList(_ line: Substring) -> (list: Substring, rest: Substring)? {
        let t = line.drop(while: { $0 == " " })
        // Cheap first test: this runs on every line of large exports.
        guard let first = t.first, first == "K" || first == "k" || first == "M" || first == "m",
              let colon = t.prefix(16).firstIndex(of: ":") else { return nil }
        let label = t[...colon].lowercased()
        guard ["kommuner:", "kommunar:", "kommune:", "kommunene:", "kommunane:", "municipalities:"].contains(label) else { return nil }
        return listAndSentences(t[t.index(after: colon)...])
    }

    /// A list of names split from the sentences that follow it on its line: the list ends where a sentence does
    /// ("Voss og Volda. Vi snakka om friplassar." gives ("Voss og Volda", "Vi snakka om friplassar.")).
    static func listAndSentences(_ list: Substring) -> (list: Substring, rest: Substring) {
        var index = list.startIndex
        while let stop = list[index...].firstIndex(where: { $0 == "." || $0 == "!" || $0 == "?" }) {
            let after = list[list.index(after: stop)...]
            // (An abbreviation's point goes on with the list: "Bodø v. Kari Hansen".)
            let word = list[..<stop].reversed().prefix(while: \.isLetter)
            let abbreviation = list[stop] == "." && (word.count <= 1 || abbreviations.contains(String(word.reversed()).lowercased()))
            if !abbreviation, after.first == " ", let next = after.first(where: { $0 != " " }), next.isUppercase {
                return (list[..<stop], after.drop(while: { $0 == " " }))
            }
            index = list.index(after: stop)
        }
        return (list, list[list.endIndex...])
    }

    /// Abbreviations whose point ends no sentence in a list of names.
    private static let abbreviations: Set<String> = ["ca", "bl", "dvs", "mfl", "osv", "jf", "nr", "ev", "evt", "ref", "ved", "avd"]

    /// Whether the text after a participant label is a list of names ("Kari Nordmann, Ola Hansen og Per", "Bodø v. Kari
    /// Hansen, Saltdal", "Kari Moss (rektor)"), not a sentence that starts with the label ("Deltakere fra alle kommunene
    /// mente at ..."): its words start with a capital, but for those that join names and those in brackets.
    static func namesAList(_ list: Substring) -> Bool {
        var depth = 0
        var words = 0
        for word in list.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "/" }) {
            let opens = word.filter { $0 == "(" }.count, closes = word.filter { $0 == ")" }.count
            defer { depth = max(0, depth + opens - closes) }
            guard depth == 0, opens == 0, let first = word.first(where: \.isLetter) else { continue }
            words += 1
            if first.isUppercase || nameJoiners.contains(word.lowercased()) { continue }
            return false
        }
        return words > 0
    }

    /// Words between names in a list of who took part.
    private static let nameJoiners: Set<String> = ["og", "and", "i", "fra", "frå", "v.", "v", "ved", "kommune", "kommunar", "kommuner"]

    /// Whether a line under a participant list's label ("Gruppen besto av:") is one of its entries ("Fauske", "Asker /
    /// Kari Eksempelsen, rektor"), not the answer that follows without a blank line ("Vi ønsker felles administrasjon.",
    /// "Mer samarbeid", "Spørsmål 1: ..."): no sentence's end, no question's marker, and names only or a place
    /// (`namesAPlace`, which the caller's gazetteer knows).
    static func isParticipantEntry(_ line: Substring, namesAPlace: Bool) -> Bool {
        let t = line.trimmingSpaces
        guard let last = t.last, !".!?".contains(last), Segmenter.marker(t) == nil else { return false }
        return namesAPlace || namesAList(t.drop(while: { "-–•* ".contains($0) }))
    }

    /// A post's edit time under its author line: "Oppdatert OCT 15, 2024 10:31AM", "Updated 3/20/25 9:40AM" (a time, not
    /// an author).
    static func isEditStamp(_ line: Substring) -> Bool {
        let t = line.trimmingSpaces
        // On bytes: every line that starts with one of these capitals comes here.
        guard let word = PadletLines.editWords.first(where: { t.utf8.starts(with: $0.utf8) }),
              let after = t.utf8.dropFirst(word.utf8.count).first, after == UInt8(ascii: " ") || after == UInt8(ascii: ":")
        else { return false }
        return PadletDates.stampIgnoringEdits(t) != nil
    }

    private static let editWords = ["Oppdatert", "Updated", "Edited", "Redigert", "Endret", "Endra"]

    /// The board's creator as a browser shows it, without a date: "Laga av Kulturskulerådet Møre og Romsdal · 13
    /// innlegg", "Made by Kari Nordmann"; the name, or nil.
    ///
    /// ```swift
    /// PadletLines.madeBy("Laget av Kari Nordmann · 12 innlegg")   // "Kari Nordmann"
    /// ```
    static func madeBy(_ line: Substring) -> Substring? {
        let t = line.trimmingSpaces
        guard let first = t.utf8.first, first == UInt8(ascii: "L") || first == UInt8(ascii: "M") || first == UInt8(ascii: "C") else { return nil }
        guard let label = ["Laga av ", "Laget av ", "Made by ", "Created by "].first(where: { t.hasPrefix($0) }) else { return nil }
        let name = t.dropFirst(label.count).prefix(while: { $0 != "·" && $0 != "|" }).trimmingSpaces
        guard !name.isEmpty, name.count <= 60, name.first?.isUppercase == true else { return nil }
        return name
    }

    /// "2 kommentarer", "1 comment", "Kommentarer (2)": Padlet's count of the comments printed under a post.
    static func commentCount(_ line: Substring) -> Int? {
        let t = line.trimmingSpaces
        guard t.utf8.count <= 16, let first = t.first else { return nil }
        let words: Set<String> = ["kommentar", "kommentarer", "kommentarar", "comment", "comments"]
        // "Kommentarer (2)", "Comments (1)"
        if first.isLetter, t.last == ")", let open = t.firstIndex(of: "("), words.contains(t[..<open].trimmingSpaces.lowercased()) {
            return Int(t[t.index(after: open)..<t.index(before: t.endIndex)])
        }
        guard first.isASCIIDigit else { return nil }
        let word = t.drop(while: \.isASCIIDigit).trimmingSpaces.lowercased()
        guard words.contains(word) else { return nil }
        return Int(t.prefix(while: \.isASCIIDigit))
    }

    /// "Deltakere fra Narvik, Ballangen og Evenes.", "Til stede: Bodø, Saltdal": the participants on the label's
    /// own line; the text after the label, or nil. ("Deltakere:" alone on its line labels a list: see below.)
    static func participantsOnLine(_ line: Substring) -> Substring? {
        let t = line.drop(while: { $0 == " " })
        guard let first = t.utf8.first.map({ $0 | 0x20 }), "dtpg".utf8.contains(first) else { return nil }
        let lower = t.prefix(20).lowercased()
        for label in ["deltakere fra ", "deltagere fra ", "deltakarar frå ", "deltakarar fra ", "deltakere: ", "deltagere: ",
                      "deltakerne: ", "deltagerne: ", "deltakarar: ", "deltakarane: ", "til stede: ", "tilstede: ", "til stades: ",
                      "participants: ", "participants from ", "gruppen besto av: ", "gruppen besto av ", "gruppa bestod av: ",
                      "gruppa bestod av ", "gruppa besto av: ", "gruppa besto av "] where lower.hasPrefix(label) {
            let rest = t.dropFirst(label.count).trimmingSpaces
            return rest.isEmpty ? nil : rest
        }
        return nil
    }

    /// "Gruppen besto av:" and the like: a participant list follows.
    static func isParticipantListLabel(_ line: Substring) -> Bool {
        // A Character ":" or " " ends in that byte: most lines are ruled out without finding their last Character.
        guard let lastByte = line.utf8.last, lastByte == UInt8(ascii: ":") || lastByte == UInt8(ascii: " ") else { return false }
        guard line.last == ":" || line.last == " " else { return false }
        let t = line.trimmingSpaces.lowercased()
        guard t.hasSuffix(":"), t.count <= 40 else { return false }
        return t.hasPrefix("gruppen besto") || t.hasPrefix("gruppa bestod") || t.hasPrefix("deltakere") || t.hasPrefix("deltagere")
            || t.hasPrefix("deltakarar") || t.hasPrefix("til stede") || t.hasPrefix("tilstede") || t.hasPrefix("til stades")
            || t.hasPrefix("participants")
    }
}
