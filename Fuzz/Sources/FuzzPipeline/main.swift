// The whole pipeline: statements generated from the grammar, parsed and run on the seed corpus.
import FuzzSupport

#if canImport(Glibc)
    import Glibc
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var generator = GrammarGenerator(FuzzInput(data, size))
    let script = generator.script()
    // NATOQL_FUZZ_PRINT=1 shows the statements an input stands for (to turn a finding into a test).
    if getenv("NATOQL_FUZZ_PRINT") != nil { FuzzOutput.show(script) }
    PipelineChecks.run(script)
    return 0
}

@_cdecl("FuzzPipeline_main")
public func fuzzPipelineMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzPipeline(data, size) }
}
