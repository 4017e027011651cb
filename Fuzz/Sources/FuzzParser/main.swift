// The lexer and the parser on random bytes. Built with `-parse-as-library`, so this file only
// declares libFuzzer's entry point; libFuzzer provides `main`.
import DSL
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    ParserChecks.check(String(decoding: input.all, as: UTF8.self))
    return 0
}

@_cdecl("FuzzParser_main")
public func fuzzParserMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzParser(data, size) }
}
