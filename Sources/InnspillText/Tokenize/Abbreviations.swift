/// Norwegian abbreviations written with dots, in lower case with their dots.
/// The tokenizer keeps each as one token, and sentence splitting does not end a
/// sentence at their dots (except the few in `sentenceFinal`, which may).
///
/// ```swift
/// NorwegianAbbreviations.all.contains("f.eks.")   // true
/// ```
public enum NorwegianAbbreviations {
    /// Abbreviations that are never at the end of a sentence.
    public static let inner: Set<String> = [
        "f.eks.", "f.eks", "bl.a.", "bl.a", "ca.", "jf.", "jfr.", "dvs.", "evt.", "ev.", "mht.", "iht.", "ift.",
        "pga.", "vha.", "t.o.m.", "f.o.m.", "nr.", "pkt.", "kl.", "tlf.", "dr.", "prof.", "inkl.", "ekskl.",
        "eks.", "div.", "ref.", "hhv.", "tilsv.", "ang.", "vedr.", "mill.", "mrd.", "kr.", "st.", 
        "o.a.", "m.a.", "m.a.o.", "e.l.", "f.t.", "p.t.", "a.s.", "avd.", "adr.", "bet.", "eg.",
        "forts.", "gr.", "hr.", "jan.", "feb.", "apr.", "aug.", "sep.", "sept.", "okt.", "nov.", "des.",
        "mnd.", "sek.", "t.d.", "t.h.", "t.v.", "u.a.", "vs.", "ø.l.", 
    ]
    /// Abbreviations that often end a sentence ("..., kor osv. Neste ...").
    public static let sentenceFinal: Set<String> = ["osv.", "m.m.", "mm.", "mv.", "m.v.", "m.fl.", "o.l.", "etc.", "o.a", "mfl."]

    /// All known abbreviations.
    public static let all: Set<String> = inner.union(sentenceFinal)

    /// The longest abbreviation (in characters), to bound look-ahead.
    static let maxLength: Int = all.map(\.count).max() ?? 0
}
