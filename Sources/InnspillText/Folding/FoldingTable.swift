/// The project's table of nynorsk (and radical bokmål) forms and the bokmål
/// form they fold to. Function words and irregular words are listed whole;
/// regular patterns are rules, checked against the dictionaries (`FoldingRules`).
enum FoldingTable {
    /// Whole words: nynorsk form -> bokmål form. Identity entries protect words the
    /// rules would otherwise change ("var" is not "ver").
    static let words: [String: String] = [
        // Pronouns and determiners
        "eg": "jeg", "me": "vi", "ho": "hun", "honom": "ham", "hennar": "hennes", "dei": "de", "deim": "dem",
        "deira": "deres", "deires": "deres", "dykk": "dere", "dykkar": "deres", "mi": "min",
        "ein": "en", "eit": "et", "eitt": "ett", "desse": "disse", "same": "samme", "sjølv": "selv", "sjøl": "selv",
        "anna": "annet", "annan": "annen", "nokon": "noen", "noko": "noe", "nokre": "noen", "noka": "noen", "nokor": "noen",
        "ingi": "ingen", "inkje": "ikke", "kvar": "hvor", "kvart": "hvert", "kvarandre": "hverandre", "einskild": "enkelt",
        "einskilde": "enkelte", "eigen": "egen", "eige": "eget", "eigne": "egne", "eiga": "egen",
        // Question words
        "kva": "hva", "kven": "hvem", "kvifor": "hvorfor", "kvi": "hvorfor", "korleis": "hvordan", "korso": "hvordan",
        "hoss": "hvordan", "hossen": "hvordan", "kvarhelst": "hvorhelst",
        // Adverbs, conjunctions, prepositions
        "ikkje": "ikke", "berre": "bare", "mykje": "mye", "meir": "mer", "fleire": "flere", "heile": "hele", "heil": "hel",
        "òg": "også", "no": "nå", "då": "da", "medan": "mens", "sidan": "siden", "sia": "siden", "utan": "uten",
        "innan": "innen", "utanfor": "utenfor", "innanfor": "innenfor", "hjå": "hos", "um": "om", "upp": "opp", "so": "så",
        "elles": "ellers", "difor": "derfor", "båe": "både", "frå": "fra", "enno": "ennå", "allereie": "allerede",
        "saman": "sammen", "framleis": "fremdeles", "vidare": "videre", "heller": "heller", "aldri": "aldri",
        "kanskje": "kanskje", "heime": "hjemme", "heim": "hjem", "attende": "tilbake", "åleine": "alene",
        "einaste": "eneste", "einast": "eneste", "mellom": "mellom",
        // Verbs
        "vere": "være", "vera": "være", "vore": "vært", "vorte": "blitt", "vert": "blir", "verte": "bli", "vart": "ble",
        "varte": "ble", "vort": "blitt", "blei": "ble", "kjem": "kommer", "kome": "komme", "kom": "kom", "fekk": "fikk",
        "gjekk": "gikk", "seier": "sier", "seie": "si", "sei": "si", "sjå": "se", "veit": "vet", "gjer": "gjør",
        "gjere": "gjøre", "gje": "gi", "gjev": "gir", "gjeve": "gitt", "treng": "trenger", "trengje": "trenge",
        "ynskje": "ønske", "ynskjer": "ønsker", "ønskje": "ønske", "ønskjer": "ønsker", "tenkje": "tenke",
        "tenkjer": "tenker", "følgje": "følge", "følgjer": "følger", "byrje": "begynne", "byrjar": "begynner",
        "spele": "spille", "spela": "spilte", "spelar": "spiller", "søkje": "søke", "søkjer": "søker",
        "var": "var", "har": "har", "svar": "svar", "klar": "klar", "bar": "bar", "par": "par",
        // Nouns and adjectives
        "born": "barn", "borna": "barna", "bornet": "barnet", "tilsette": "ansatte", "tilsett": "ansatt",
        "rettleiing": "veiledning", "verksemd": "virksomhet", "verksemda": "virksomheten", "føresetnad": "forutsetning",
        "føresetnader": "forutsetninger", "staden": "stedet", "stad": "sted", "mogleg": "mulig", "moglege": "mulige",
        "moglegheit": "mulighet", "moglegheiter": "muligheter", "tydeleg": "tydelig", "vanleg": "vanlig",
        "viktigast": "viktigst", "viktigaste": "viktigste", "spennande": "spennende", "framtid": "fremtid",
        "framtida": "fremtiden", "kvardag": "hverdag", "kvardagen": "hverdagen", "tilbod": "tilbud", "tilboda": "tilbudene",
        "tilbodet": "tilbudet", "oppgåve": "oppgave", "oppgåva": "oppgaven", "oppgåver": "oppgaver",
    ]

    /// Parts replaced wherever they occur (also inside compounds), before the checked rules:
    /// "kulturskulen" -> "kulturskolen", "tenestene" -> "tjenestene".
    static let substrings: [(String, String)] = [
        ("skular", "skoler"), ("skulane", "skolene"), ("skule", "skole"), ("teneste", "tjeneste"), ("tenest", "tjenest"), ("framtid", "fremtid"),
        ("mogleg", "mulig"), ("saman", "sammen"), ("kvardag", "hverdag"), ("verksemd", "virksomhet"),
        ("rettleiing", "veiledning"), ("tilbod", "tilbud"), ("oppgåv", "oppgav"),
        // Nynorsk forms bokmål's dictionary also allows, so the checked rules never reach them: "kunsthandverk".
        ("handverk", "håndverk"), ("handbok", "håndbok"),
    ]

    /// Prefixes replaced at the start of a word: "framover" -> "fremover".
    static let prefixes: [(String, String)] = [("fram", "frem")]

    /// Suffix rules (nynorsk ending -> bokmål ending), longest first; applied only to
    /// a word bokmål does not know, and kept only when bokmål knows the result.
    static let suffixes: [(String, String)] = [
        ("arane", "erne"), ("heitene", "hetene"), ("heitane", "hetene"), ("heiter", "heter"), ("heita", "heten"),
        ("arar", "ere"), ("aren", "eren"), ("ingane", "ingene"), ("ingar", "inger"), ("inga", "ingen"),
        ("igaste", "igste"), ("igast", "igst"), ("legare", "ligere"), ("legaste", "ligste"), ("lege", "lige"),
        ("ande", "ende"), ("heit", "het"), ("leik", "lek"), ("ane", "ene"), ("ar", "er"), ("leg", "lig"),
        ("ast", "est"), ("a", "en"), ("e", ""),
    ]

    /// Inner rules tried (each occurrence, and all at once) on a word bokmål does not know,
    /// alone and before a suffix rule; kept only when bokmål knows the result.
    static let infixes: [(String, String)] = [
        ("ei", "e"), ("leg", "lig"), ("au", "ø"), ("spel", "spill"), ("bod", "bud"), ("åv", "av"), ("øy", "ø"),
        ("kj", "k"), ("gj", "g"),
    ]

    /// Prefix rules tried like `infixes`, only at the start: "kvit" -> "hvit".
    static let checkedPrefixes: [(String, String)] = [("kv", "hv")]
}
