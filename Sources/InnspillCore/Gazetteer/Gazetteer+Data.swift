// The 2024 municipalities of Norway, their former names and frequent misspellings.
// Written for Innspill from public knowledge of the 2020 and 2024 reforms; checked in
// tests against ../shared/data (Kartverket's list and regtools' history).

extension Gazetteer {
    /// The 15 counties of 2024 by county number (the first two digits of a municipality number).
    static let countyNames: [String: String] = [
        "03": "Oslo", "11": "Rogaland", "15": "Møre og Romsdal", "18": "Nordland",
        "31": "Østfold", "32": "Akershus", "33": "Buskerud", "34": "Innlandet",
        "39": "Vestfold", "40": "Telemark", "42": "Agder", "46": "Vestland",
        "50": "Trøndelag", "55": "Troms", "56": "Finnmark",
    ]

    /// Sámi and Kven parallel names of the counties of 2024.
    static let countyParallelNames: [String: [String]] = [
        "Nordland": ["Nordlánnda"], "Trøndelag": ["Trööndelage"],
        "Troms": ["Romsa", "Tromssa"], "Finnmark": ["Finnmárku", "Finmarkku"],
    ]

    /// Former counties (before 2020 and 2020-2023) and the counties of 2024 they now are.
    static let formerCounties: [String: [String]] = [
        "Viken": ["Østfold", "Akershus", "Buskerud"],
        "Vestfold og Telemark": ["Vestfold", "Telemark"],
        "Troms og Finnmark": ["Troms", "Finnmark"],
        "Hedmark": ["Innlandet"], "Oppland": ["Innlandet"],
        "Hordaland": ["Vestland"], "Sogn og Fjordane": ["Vestland"],
        "Aust-Agder": ["Agder"], "Vest-Agder": ["Agder"],
        "Sør-Trøndelag": ["Trøndelag"], "Nord-Trøndelag": ["Trøndelag"],
    ]

    /// Traditional regions that lie in one county of 2024, as people qualify a shared name with them
    /// ("Herøy (Sunnmøre)", "Bø i Vesterålen"). None is a municipality's name.
    static let regions: [String: String] = [
        "Sunnmøre": "Møre og Romsdal", "Nordmøre": "Møre og Romsdal", "Romsdal": "Møre og Romsdal",
        "Helgeland": "Nordland", "Salten": "Nordland", "Ofoten": "Nordland", "Lofoten": "Nordland", "Vesterålen": "Nordland",
        "Sunnhordland": "Vestland", "Hardanger": "Vestland", "Sogn": "Vestland", "Nordfjord": "Vestland",
        "Gudbrandsdalen": "Innlandet", "Valdres": "Innlandet", "Hedmarken": "Innlandet", "Østerdalen": "Innlandet",
        "Hadeland": "Innlandet", "Solør": "Innlandet", "Hallingdal": "Buskerud", "Numedal": "Buskerud",
        "Setesdal": "Agder", "Jæren": "Rogaland", "Ryfylke": "Rogaland", "Dalane": "Rogaland",
        "Namdalen": "Trøndelag", "Innherred": "Trøndelag", "Romerike": "Akershus", "Grenland": "Telemark",
    ]

    /// `number;name` or `number;name;official name with parallel names joined by " - "`.
    static let municipalityData = """
    0301;Oslo
    1101;Eigersund
    1103;Stavanger
    1106;Haugesund
    1108;Sandnes
    1111;Sokndal
    1112;Lund
    1114;Bjerkreim
    1119;Hå
    1120;Klepp
    1121;Time
    1122;Gjesdal
    1124;Sola
    1127;Randaberg
    1130;Strand
    1133;Hjelmeland
    1134;Suldal
    1135;Sauda
    1144;Kvitsøy
    1145;Bokn
    1146;Tysvær
    1149;Karmøy
    1151;Utsira
    1160;Vindafjord
    1505;Kristiansund
    1506;Molde
    1508;Ålesund
    1511;Vanylven
    1514;Sande
    1515;Herøy
    1516;Ulstein
    1517;Hareid
    1520;Ørsta
    1525;Stranda
    1528;Sykkylven
    1531;Sula
    1532;Giske
    1535;Vestnes
    1539;Rauma
    1547;Aukra
    1554;Averøy
    1557;Gjemnes
    1560;Tingvoll
    1563;Sunndal
    1566;Surnadal
    1573;Smøla
    1576;Aure
    1577;Volda
    1578;Fjord
    1579;Hustadvika
    1580;Haram
    1804;Bodø
    1806;Narvik
    1811;Bindal
    1812;Sømna
    1813;Brønnøy
    1815;Vega
    1816;Vevelstad
    1818;Herøy
    1820;Alstahaug
    1822;Leirfjord
    1824;Vefsn
    1825;Grane
    1826;Hattfjelldal;Aarborte - Hattfjelldal
    1827;Dønna
    1828;Nesna
    1832;Hemnes
    1833;Rana
    1834;Lurøy
    1835;Træna
    1836;Rødøy
    1837;Meløy
    1838;Gildeskål
    1839;Beiarn
    1840;Saltdal
    1841;Fauske;Fauske - Fuossko
    1845;Sørfold
    1848;Steigen
    1851;Lødingen
    1853;Evenes;Evenes - Evenášši
    1856;Røst
    1857;Værøy
    1859;Flakstad
    1860;Vestvågøy
    1865;Vågan
    1866;Hadsel
    1867;Bø
    1868;Øksnes
    1870;Sortland;Sortland - Suortá
    1871;Andøy
    1874;Moskenes
    1875;Hamarøy;Hábmer - Hamarøy
    3101;Halden
    3103;Moss
    3105;Sarpsborg
    3107;Fredrikstad
    3110;Hvaler
    3112;Råde
    3114;Våler
    3116;Skiptvet
    3118;Indre Østfold
    3120;Rakkestad
    3122;Marker
    3124;Aremark
    3201;Bærum
    3203;Asker
    3205;Lillestrøm
    3207;Nordre Follo
    3209;Ullensaker
    3212;Nesodden
    3214;Frogn
    3216;Vestby
    3218;Ås
    3220;Enebakk
    3222;Lørenskog
    3224;Rælingen
    3226;Aurskog-Høland
    3228;Nes
    3230;Gjerdrum
    3232;Nittedal
    3234;Lunner
    3236;Jevnaker
    3238;Nannestad
    3240;Eidsvoll
    3242;Hurdal
    3301;Drammen
    3303;Kongsberg
    3305;Ringerike
    3310;Hole
    3312;Lier
    3314;Øvre Eiker
    3316;Modum
    3318;Krødsherad
    3320;Flå
    3322;Nesbyen
    3324;Gol
    3326;Hemsedal
    3328;Ål
    3330;Hol
    3332;Sigdal
    3334;Flesberg
    3336;Rollag
    3338;Nore og Uvdal
    3401;Kongsvinger
    3403;Hamar
    3405;Lillehammer
    3407;Gjøvik
    3411;Ringsaker
    3412;Løten
    3413;Stange
    3414;Nord-Odal
    3415;Sør-Odal
    3416;Eidskog
    3417;Grue
    3418;Åsnes
    3419;Våler
    3420;Elverum
    3421;Trysil
    3422;Åmot
    3423;Stor-Elvdal
    3424;Rendalen
    3425;Engerdal
    3426;Tolga
    3427;Tynset
    3428;Alvdal
    3429;Folldal
    3430;Os
    3431;Dovre
    3432;Lesja
    3433;Skjåk
    3434;Lom
    3435;Vågå
    3436;Nord-Fron
    3437;Sel
    3438;Sør-Fron
    3439;Ringebu
    3440;Øyer
    3441;Gausdal
    3442;Østre Toten
    3443;Vestre Toten
    3446;Gran
    3447;Søndre Land
    3448;Nordre Land
    3449;Sør-Aurdal
    3450;Etnedal
    3451;Nord-Aurdal
    3452;Vestre Slidre
    3453;Øystre Slidre
    3454;Vang
    3901;Horten
    3903;Holmestrand
    3905;Tønsberg
    3907;Sandefjord
    3909;Larvik
    3911;Færder
    4001;Porsgrunn
    4003;Skien
    4005;Notodden
    4010;Siljan
    4012;Bamble
    4014;Kragerø
    4016;Drangedal
    4018;Nome
    4020;Midt-Telemark
    4022;Seljord
    4024;Hjartdal
    4026;Tinn
    4028;Kviteseid
    4030;Nissedal
    4032;Fyresdal
    4034;Tokke
    4036;Vinje
    4201;Risør
    4202;Grimstad
    4203;Arendal
    4204;Kristiansand
    4205;Lindesnes
    4206;Farsund
    4207;Flekkefjord
    4211;Gjerstad
    4212;Vegårshei
    4213;Tvedestrand
    4214;Froland
    4215;Lillesand
    4216;Birkenes
    4217;Åmli
    4218;Iveland
    4219;Evje og Hornnes
    4220;Bygland
    4221;Valle
    4222;Bykle
    4223;Vennesla
    4224;Åseral
    4225;Lyngdal
    4226;Hægebostad
    4227;Kvinesdal
    4228;Sirdal
    4601;Bergen
    4602;Kinn
    4611;Etne
    4612;Sveio
    4613;Bømlo
    4614;Stord
    4615;Fitjar
    4616;Tysnes
    4617;Kvinnherad
    4618;Ullensvang
    4619;Eidfjord
    4620;Ulvik
    4621;Voss
    4622;Kvam
    4623;Samnanger
    4624;Bjørnafjorden
    4625;Austevoll
    4626;Øygarden
    4627;Askøy
    4628;Vaksdal
    4629;Modalen
    4630;Osterøy
    4631;Alver
    4632;Austrheim
    4633;Fedje
    4634;Masfjorden
    4635;Gulen
    4636;Solund
    4637;Hyllestad
    4638;Høyanger
    4639;Vik
    4640;Sogndal
    4641;Aurland
    4642;Lærdal
    4643;Årdal
    4644;Luster
    4645;Askvoll
    4646;Fjaler
    4647;Sunnfjord
    4648;Bremanger
    4649;Stad
    4650;Gloppen
    4651;Stryn
    5001;Trondheim;Trondheim - Tråante
    5006;Steinkjer
    5007;Namsos;Namsos - Nåavmesjenjaelmie
    5014;Frøya
    5020;Osen
    5021;Oppdal
    5022;Rennebu
    5025;Røros;Rosse - Røros
    5026;Holtålen
    5027;Midtre Gauldal
    5028;Melhus
    5029;Skaun
    5031;Malvik
    5032;Selbu
    5033;Tydal
    5034;Meråker
    5035;Stjørdal
    5036;Frosta
    5037;Levanger
    5038;Verdal
    5041;Snåsa;Snåase - Snåsa
    5042;Lierne
    5043;Røyrvik;Raarvihke - Røyrvik
    5044;Namsskogan
    5045;Grong
    5046;Høylandet
    5047;Overhalla
    5049;Flatanger
    5052;Leka
    5053;Inderøy
    5054;Indre Fosen
    5055;Heim
    5056;Hitra
    5057;Ørland
    5058;Åfjord
    5059;Orkland
    5060;Nærøysund
    5061;Rindal
    5501;Tromsø
    5503;Harstad;Harstad - Hárstták
    5510;Kvæfjord
    5512;Tjeldsund;Dielddanuorri - Tjeldsund
    5514;Ibestad
    5516;Gratangen
    5518;Lavangen;Loabák - Lavangen
    5520;Bardu
    5522;Salangen
    5524;Målselv
    5526;Sørreisa
    5528;Dyrøy
    5530;Senja
    5532;Balsfjord
    5534;Karlsøy
    5536;Lyngen
    5538;Storfjord;Storfjord - Omasvuotna - Omasvuono
    5540;Kåfjord;Gáivuotna - Kåfjord - Kaivuono
    5542;Skjervøy
    5544;Nordreisa;Nordreisa - Ráisa - Raisi
    5546;Kvænangen
    5601;Alta
    5603;Hammerfest;Hammerfest - Hámmerfeasta
    5605;Sør-Varanger
    5607;Vadsø
    5610;Karasjok;Kárášjohka - Karasjok
    5612;Kautokeino;Guovdageaidnu - Kautokeino
    5614;Loppa
    5616;Hasvik
    5618;Måsøy
    5620;Nordkapp
    5622;Porsanger;Porsanger - Porsáŋgu - Porsanki
    5624;Lebesby
    5626;Gamvik
    5628;Tana;Deatnu - Tana
    5630;Berlevåg
    5632;Båtsfjord
    5634;Vardø
    5636;Nesseby;Unjárga - Nesseby
    """
}

extension Gazetteer {
    /// Former municipalities (merged or renamed in the reforms of 2017-2020 and 2024, and a few
    /// earlier) as `name;number of the 2024 municipality[,number...];county at the time`.
    /// A former municipality divided between several has several numbers.
    static let formerNameData = """
    Finnøy;1103;Rogaland
    Rennesøy;1103;Rogaland
    Forsand;1108;Rogaland
    Rygge;3103;Østfold
    Trøgstad;3118;Østfold
    Spydeberg;3118;Østfold
    Askim;3118;Østfold
    Eidsberg;3118;Østfold
    Hobøl;3118;Østfold
    Røyken;3203;Buskerud
    Hurum;3203;Buskerud
    Skedsmo;3205;Akershus
    Fet;3205;Akershus
    Sørum;3205;Akershus
    Ski;3207;Akershus
    Oppegård;3207;Akershus
    Rømskog;3226;Østfold
    Nedre Eiker;3301;Buskerud
    Svelvik;3301;Vestfold
    Nes;3322;Buskerud
    Hof;3903;Vestfold
    Sande;3903;Vestfold
    Re;3905;Vestfold
    Ramnes;3905;Vestfold
    Våle;3905;Vestfold
    Andebu;3907;Vestfold
    Stokke;3907;Vestfold
    Lardal;3909;Vestfold
    Nøtterøy;3911;Vestfold
    Tjøme;3911;Vestfold
    Borre;3901;Vestfold
    Bø;4020;Telemark
    Sauherad;4020;Telemark
    Songdalen;4204;Vest-Agder
    Søgne;4204;Vest-Agder
    Mandal;4205;Vest-Agder
    Marnardal;4205;Vest-Agder
    Audnedal;4225;Vest-Agder
    Flora;4602;Sogn og Fjordane
    Vågsøy;4602;Sogn og Fjordane
    Os;4624;Hordaland
    Fusa;4624;Hordaland
    Fjell;4626;Hordaland
    Sund;4626;Hordaland
    Lindås;4631;Hordaland
    Meland;4631;Hordaland
    Radøy;4631;Hordaland
    Odda;4618;Hordaland
    Jondal;4618;Hordaland
    Granvin;4621;Hordaland
    Ølen;1160;Hordaland
    Leikanger;4640;Sogn og Fjordane
    Balestrand;4640;Sogn og Fjordane
    Førde;4647;Sogn og Fjordane
    Jølster;4647;Sogn og Fjordane
    Gaular;4647;Sogn og Fjordane
    Naustdal;4647;Sogn og Fjordane
    Selje;4649;Sogn og Fjordane
    Eid;4649;Sogn og Fjordane
    Hornindal;1577,4649;Sogn og Fjordane
    Skodje;1508;Møre og Romsdal
    Ørskog;1508;Møre og Romsdal
    Sandøy;1508;Møre og Romsdal
    Nesset;1506;Møre og Romsdal
    Midsund;1506;Møre og Romsdal
    Fræna;1579;Møre og Romsdal
    Eide;1579;Møre og Romsdal
    Stordal;1578;Møre og Romsdal
    Norddal;1578;Møre og Romsdal
    Halsa;5055;Møre og Romsdal
    Frei;1505;Møre og Romsdal
    Tustna;1576;Møre og Romsdal
    Klæbu;5001;Sør-Trøndelag
    Orkdal;5059;Sør-Trøndelag
    Meldal;5059;Sør-Trøndelag
    Agdenes;5059;Sør-Trøndelag
    Snillfjord;5059,5055,5056;Sør-Trøndelag
    Hemne;5055;Sør-Trøndelag
    Bjugn;5057;Sør-Trøndelag
    Roan;5058;Sør-Trøndelag
    Rissa;5054;Sør-Trøndelag
    Leksvik;5054;Nord-Trøndelag
    Namdalseid;5007;Nord-Trøndelag
    Fosnes;5007;Nord-Trøndelag
    Nærøy;5060;Nord-Trøndelag
    Vikna;5060;Nord-Trøndelag
    Verran;5006;Nord-Trøndelag
    Mosvik;5053;Nord-Trøndelag
    Ballangen;1806;Nordland
    Tysfjord;1806,1875;Nordland
    Divtasvuodna;1806,1875;Nordland
    Skjerstad;1804;Nordland
    Skånland;5512;Troms
    Berg;5530;Troms
    Torsken;5530;Troms
    Tranøy;5530;Troms
    Lenvik;5530;Troms
    Bjarkøy;5503;Troms
    Kvalsund;5603;Finnmark
    """

    /// Other names for a municipality: old or informal forms and frequent misspellings,
    /// as `name;number`.
    static let aliasData = """
    Nes i Viken;3228
    Nes i Akershus;3228
    Nes på Romerike;3228
    Nes Romerike;3228
    Bø i Telemark;4020
    Bø i Vesterålen;1867
    Sande i Vestfold;3903
    Sande på Sunnmøre;1514
    Os i Hordaland;4624
    Os i Østerdalen;3430
    Herøy på Sunnmøre;1515
    Herøy på Helgeland;1818
    Hustavika;1579
    Hustadvik;1579
    Hustadviga;1579
    Vannylven;1511
    Vanylvsfjorden;1511
    Hattfjeldal;1826
    Trondhjem;5001
    Bjørnafjord;4624
    Aurskog;3226
    Høland;3226
    Kristiansund N;1505
    Ålesund kommune;1508
    Røros kommune;5025
    """

    /// Common Norwegian given names, in lower case: a place name right after one is a surname ("Kari Nes",
    /// "Per Sørfold", "Anne Lødingen"), as participant lists and authors write people. Hand-written from
    /// Statistics Norway's lists of the most common names; no package on the list has names.
    static let givenNames: Set<String> = [
        "anne", "inger", "kari", "marit", "ingrid", "liv", "eva", "berit", "astrid", "bjørg", "hilde", "anna", "solveig",
        "marianne", "randi", "ida", "nina", "maria", "elisabeth", "kristin", "bente", "heidi", "silje", "hanne", "gerd",
        "linda", "tone", "elin", "anita", "wenche", "camilla", "ragnhild", "grete", "hege", "ellen", "gunn", "karin",
        "ann", "line", "mona", "monica", "julie", "kjersti", "tove", "nora", "emma", "sara", "siri", "trine", "turid",
        "unni", "torill", "ingeborg", "sissel", "aud", "jorunn", "mette", "lene", "laila", "stine", "guro", "tonje",
        "ingvild", "marte", "maren", "kristine", "malin", "thea", "ane", "lise", "kirsten", "margit", "gro", "åse",
        "reidun", "else", "sigrid", "signe", "eli", "vigdis", "toril", "janne", "cecilie", "tuva", "vilde",
        "ingunn", "oda", "hanna", "sofie", "marthe", "tina", "irene", "lena", "helene", "merete", "ragnar", "jan", "per",
        "bjørn", "ole", "lars", "kjell", "knut", "arne", "svein", "thomas", "hans", "geir", "tor", "morten", "terje",
        "odd", "erik", "martin", "andreas", "rune", "trond", "harald", "olav", "john", "tore", "gunnar", "jon", "anders",
        "espen", "kristian", "stein", "rolf", "nils", "leif", "kåre", "helge", "magnus", "christian", "daniel", "jørgen",
        "henrik", "fredrik", "øyvind", "tom", "einar", "eirik", "stian", "kristoffer", "jonas", "petter", "sverre",
        "sindre", "håkon", "even", "vegard", "sigurd", "ola", "torkel", "ivar", "dag", "frode", "roar", "steinar", "ove",
        "egil", "arild", "jostein", "audun", "alf", "sigmund", "trygve", "torbjørn", "øystein", "eivind", "asbjørn",
        "kjetil", "sander", "tobias", "mathias", "emil", "jakob", "aksel", "sebastian", "simen", "sondre", "ådne",
        "halvor", "hallvard", "gaute", "anette", "siv", "kine", "mari", "solfrid", "torunn", "gunhild",
    ]

    /// Municipality names that are also common words (or first names and surnames): in free text
    /// they count only where the context makes them a place.
    static let commonWordNames: Set<String> = [
        "time", "hole", "vik", "nes", "bø", "ås", "lier", "gran", "hol", "sel", "vang", "øyer",
        "os", "sola", "strand", "lund", "klepp", "sande", "fjord", "stad", "heim", "leka", "vega",
        "moss", "marker", "tinn", "nome", "lom", "valle", "loppa", "røst", "alver", "kinn",
        "hå", "ål", "flå", "stange", "luster", "stranda", "lierne", "lyngen", "osen", "sula",
        "frosta", "grane", "vinje", "ski", "re", "fet", "hof", "eid", "eide", "sund", "fjell",
        "berg", "selje", "flora", "stokke", "torsken", "nesset", "halsa", "våle", "frei", "borre",
    ]
}
