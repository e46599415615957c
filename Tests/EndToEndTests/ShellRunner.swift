import InnspillTestSupport
import Foundation
import XCTest

/// Runs the built `innspill` binary the way a user does, capturing everything.
struct ShellRun: Equatable {
    var stdout: String
    var stderr: String
    var status: Int32
}

enum ShellRunner {
    /// The binary under test: `$INNSPILL_BIN` (set by `make test`) or the debug build.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["INNSPILL_BIN"] { return URL(fileURLWithPath: path) }
        return SharedData.packageRoot.appendingPathComponent(".build/debug/innspill")
    }

    /// A fresh home folder so ~/.innspillrc and history of the person running the tests play no part.
    static let home = ScratchFolder.make("innspill-e2e-home")

    /// `wrapper`: a program and its arguments that run the binary (`setpriv --reuid=...` to run it
    /// as another user); empty to run it directly.
    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL = SharedData.packageRoot,
                    environment extra: [String: String] = [:], through wrapper: [String] = []) throws -> ShellRun {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            XCTFail("the innspill binary is missing at \(binary.path); build it with 'swift build' (make test does)")
            return ShellRun(stdout: "", stderr: "", status: -1)
        }
        let process = Process()
        let command = wrapper + [binary.path] + arguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = directory
        var environment = ["HOME": home.path, "NO_COLOR": "1", "COLUMNS": "100", "LANG": "C.UTF-8",
                           "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        for (k, v) in extra { environment[k] = v }
        process.environment = environment
        // Output goes to files, read after the process ends, so a full pipe never blocks it.
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("innspill-run-\(UUID().uuidString)")
        let outURL = base.appendingPathExtension("out"), errURL = base.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        let input = Pipe()
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return ShellRun(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                        status: process.terminationStatus)
    }
}

/// Whole-output comparison with files under Golden/. `INNSPILL_UPDATE_GOLDEN=1` rewrites them;
/// a rewritten golden must be read before it is committed.
enum Golden {
    static let folder = SharedData.packageRoot.appendingPathComponent("Tests/EndToEndTests/Golden")

    static func check(_ run: ShellRun, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = "status: \(run.status)\n--- stdout\n\(run.stdout)--- stderr\n\(run.stderr)"
        let url = folder.appendingPathComponent(name + ".golden")
        if ProcessInfo.processInfo.environment["INNSPILL_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("no golden file \(url.path); run with INNSPILL_UPDATE_GOLDEN=1 once and read it", file: file, line: line)
            return
        }
        if expected != text {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            XCTFail("""
                \(name): output differs from \(url.lastPathComponent) at line \(first + 1)
                expected: \(first < a.count ? String(a[first]) : "<end>")
                actual:   \(first < b.count ? String(b[first]) : "<end>")
                """, file: file, line: line)
        }
    }
}
