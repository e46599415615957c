import InnspillCore

/// Fuzz target: the Padlet text reader (PDF-to-text exports of boards), through the whole
/// load path: encoding checks and decoding, line splitting, the reader, repair, segmenting.
/// The format sniffer runs on every input too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPadletText(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = FuzzSupport.write(data, size, name: "board.txt")
    _ = CorpusLoader.sniff(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self), path: path)
    FuzzSupport.load(path, format: .padlet)
    return 0
}
