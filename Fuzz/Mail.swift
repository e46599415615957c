import InnspillCore

/// Fuzz target: e-mails saved as files (.eml), through the whole load path: the header and MIME parts, transfer
/// encodings and charsets, the thread's text and the e-mail reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMail(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzSupport.load(FuzzSupport.write(data, size, name: "message.eml"), format: .auto)
    return 0
}
