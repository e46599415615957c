import Foundation

/// A group and its municipalities named in a sentence, as a rapporteur says them or an e-mail writes them:
/// "Gruppe én, det var Askøy, Øygarden og Alver.", "Her kommer svarene fra gruppe 2 (Vefsn, Grane og Hattfjelldal)."
///
/// ```swift
/// GroupMention.label("Gruppe én, det var Askøy og Alver.")    // "Gruppe 1"
/// GroupMention.sentences("Hei. Gruppe to her!")            // ["Hei.", "Gruppe to her!"]
/// ```
enum GroupMention {
    /// The sentences of a text, each with its end mark.
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        for c in text {
            current.append(c)
            if ".?!".contains(c) {
                let sentence = current.trimmingSpaces
                if !sentence.isEmpty { sentences.append(String(sentence)) }
                current = ""
            }
        }
        let rest = current.trimmingSpaces
        if !rest.isEmpty { sentences.append(String(rest)) }
        return sentences
    }

    /// The group a sentence names, as its label: "Gruppe én, det var ..." is "Gruppe 1", "gruppe 3 var ..." "Gruppe 3",
    /// "Gruppe to." "Gruppe 2", and a group named by a capital letter, "Gruppe A – Tromsø ...", "Gruppe A".
    static func label(_ sentence: String) -> String? {
        let words = sentence.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for k in words.indices.dropLast() where ["gruppe", "gruppa", "group"].contains(words[k].lowercased()) {
            let next = words[k + 1]
            if let n = Int(next), (1...99).contains(n) { return "Gruppe \(n)" }
            if let n = numberWords[next.lowercased()] { return "Gruppe \(n)" }
            if next.count == 1, let letter = next.first, letter.isUppercase { return "Gruppe \(letter)" }
        }
        return nil
    }

    private static let numberWords: [String: Int] = ["én": 1, "en": 1, "ein": 1, "ett": 1, "eitt": 1, "to": 2, "tre": 3, "fire": 4,
                                                     "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10,
                                                     "elleve": 11, "tolv": 12, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5]

    /// The municipalities of the sentence among `opening` that names most of them (a text's first sentences say who
    /// is speaking: "Hei, Kari fra Kristiansand. Vi var Kristiansand, Vennesla og Lillesand.").
    static func municipalities(in opening: some Sequence<String>, places: PlaceNames) -> [String] {
        opening.map { places.names(in: $0, headings: [], taking: []).mentions }.max { $0.count < $1.count } ?? []
    }
}
