import InnspillCore

/// Fuzz target: web pages (.html), through the whole load path: libxml2's HTML parser, the walk into Markdown, the
/// format sniffer and the text or Padlet reader it picks, repair and segmenting.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzSupport.load(FuzzSupport.write(data, size, name: "page.html"), format: .auto)
    return 0
}
