/// The project's own lists of Norwegian function words (pronouns, determiners,
/// prepositions, conjunctions, auxiliaries and common adverbs), in lower case.
/// Use `StopwordList` for the list in force (with the user's changes).
///
/// ```swift
/// NorwegianStopwords.nynorsk.contains("korleis")   // true
/// NorwegianStopwords.bokmal.contains("korleis")    // false
/// ```
public enum NorwegianStopwords {
    /// Bokmål function words.
    public static let bokmal: Set<String> = words("""
        jeg meg min mitt mine du deg din ditt dine han ham hans hun henne hennes den det dens dets
        vi oss vår vårt våre dere deres de dem seg sin sitt sine man en ens selv sjøl
        en ei et ett den det de denne dette disse slik slikt slike sånn sånt sånne samme
        annen annet andre all alt alle hver hvert hverandre begge både ingen intet ikke noe noen
        ingenting ingen noensinne mang mange mye mer mest flere flest få færre færrest lite mindre minst
        og eller men for fordi at om som enn hvis da når mens siden så både verken
        dersom ettersom skjønt selv om likevel derfor dermed altså nemlig
        å i på til fra av med ved over under mot mellom hos uten etter før om gjennom
        langs blant rundt bak foran innen inn ut opp ned inni utenfor innenfor oppå nedi bortover
        hvem hva hvilken hvilket hvilke hvor hvordan hvorfor hvorvidt hvis hvorav
        er var vært være blir ble blitt bli har hadde hatt ha kan kunne skal skulle
        vil ville må måtte bør burde får fikk fått gjør gjorde gjort gjøre
        ikke også bare kun nå da så her der dit hit heller enda ennå alltid aldri ofte
        snart allerede igjen jo vel nok visst kanskje ganske svært meget veldig litt
        ja nei jo ok eks osv etc bl.a f.eks ca jf dvs evt
        hennes kom kommer sa si sier vors inne ute oppe nede borte
        """)

    /// Nynorsk function words.
    public static let nynorsk: Set<String> = words("""
        eg meg min mitt mine mi du deg din ditt dine di han honom hans ho henne hennar
        den det vi me oss vår vårt våre de dykk dykkar dei deim deira deires seg sin sitt sine si
        ein eit eitt ei denne dette desse slik slikt slike sånn same sjølv sjøl
        anna annan andre all alt alle kvar kvart kvarandre begge båe både ingen ingi inkje ikkje
        noko nokon noka nokor nokre somt somme mykje meir mest fleire flest få færre lite mindre minst
        og eller men for fordi at om um som enn viss dersom då når medan sidan sia so så
        elles difor derfor likevel altså
        å i på til frå av med ved over under mot mellom hjå utan etter før gjennom
        langs blant rundt bak framfor innan inn ut opp upp ned inni utanfor
        kven kva kvifor kvi korleis korso kor kvar kvarhelst hoss hossen kvifor
        er var vore vere vera er blir blei vart vorte vert verte vorte bli vort varte
        har hadde hatt ha kan kunne skal skulle vil ville må måtte bør burde
        får fekk fått gjer gjorde gjort gjere
        ikkje òg berre no då så her der dit hit heller enno alltid aldri ofte
        snart allereie att jo vel nok visst kanskje ganske svært veldig litt
        ja nei kom kjem sa seier
        """)

    /// Both lists together.
    public static let all: Set<String> = bokmal.union(nynorsk)

    private static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
