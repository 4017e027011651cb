// The loader on random bytes: the first byte chooses the role of the rest (an article, the
// lines of articles.tsv, or the lines of a corpus lexicon.tsv).
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    LoaderChecks.check(FuzzInput(data, size))
    return 0
}

@_cdecl("FuzzLoader_main")
public func fuzzLoaderMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzLoader(data, size) }
}
