import InnspillCore

/// Fuzz target: the JSON readers, through the whole load path. An input whose first
/// non-blank byte is `{` is read as JSON Lines, any other as a JSON array of objects.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    let name = first == UInt8(ascii: "{") ? "export.jsonl" : "export.json"
    FuzzSupport.load(FuzzSupport.write(data, size, name: name), format: .auto)
    return 0
}
