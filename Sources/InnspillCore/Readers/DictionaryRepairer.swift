/// The loader's line repairer, over the dictionary-based `TextRepairer` chosen for the
/// whole document (OCR repairs only when the file looks like OCR output).
struct DictionaryRepairer: LineRepairing {
    let repairer: TextRepairer

    func repair(line: String) -> (String, [(original: String, repaired: String, kind: Repair.Kind)]) {
        let outcome = repairer.repair(line)
        return (outcome.text, outcome.changes.map { ($0.original, $0.repaired, $0.kind) })
    }
}
