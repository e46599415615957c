/// Reference text of the filter language, for `.help filter` and the README.
public enum QueryHelp {
    public static let filter = """
    filter EXPR — keep the units of the current selection that match EXPR

      FIELD = VALUE            equal (text ignores case: Bodø = BODØ); also != < <= > >=
      FIELD in (A, B, "C D")   any of the values; FIELD not in (...) for none of them
      FIELD ~ "substring"      contains, ignoring case
      FIELD ~ /regex/flags     PCRE regex; flags i (ignore case), m, s, x; \\w matches æ ø å
      has WORD                 the text has the word, by stem (bokmål and nynorsk forms alike), also
                               as a compound's part (has lærer: kulturskolelærerne); has "skolen" only
                               that form; has finans* every word starting so (finansiering); has
                               "two words" for a phrase; FIELD has WORD for another field
      FIELD is null            no value; FIELD is not null
      not A, A and B, A or B, ( ... )     not binds tightest, then and, then or

    Values: bare words (municipality = Vestre Toten) or quoted "..." / '...'.
    Numbers: words > 20. Dates: posted >= 2023-02-09 (the whole day), posted < 2023-02-09T10:00,
    posted = 9.2.2023, posted = 2023-02 (the month), posted < 2024 (the year).
    Text order is Norwegian: a ... z æ ø å; numbers inside text compare as numbers (Gruppe 2 < Gruppe 10).
    Fields with several values (municipalities, counties, mentions, organisations, tags) match when
    any value matches; != and not in match units that have none of the values.
    'fields' lists every field with its type and example values; extra CSV columns are fields too
    (`Column Name` in back quotes when the name has spaces).
    An expression that asks for a kind by name (kind = prompt, kind in (post, prompt)) chooses among the
    units of those kinds the selection stands for: its units, their segments or posts, the prompts they
    answer, and every unit of a corpus whose units are all selected. One that only leaves a kind out
    (kind != slide) narrows the selection like any other.
    """

    public static let groupBy = """
    group by FIELD[, FIELD] [top N] [sort count|name]

      One field: a row per value with count, share of the selection and the number of distinct
      groups that wrote about it. A unit with several values counts once under each (the notes
      say so); units with no value are the last row. Dates group by day.
      Two fields: a crosstab in long form (A, B, count, share); charts draw it as a heatmap or
      stacked bars, and 'pivot' shows it as rows x columns.
      top N keeps the N largest values (of the first field, with two); sort name lists them by name.
    """
}
