import InnspillCore

/// Fuzz target: the CSV reader (Padlet CSV exports and generic CSV), through the whole load
/// path: the RFC 4180 parser, header matching, dates, HTML bodies, repair and segmenting.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzSupport.load(FuzzSupport.write(data, size, name: "export.csv"), format: .auto)
    return 0
}
