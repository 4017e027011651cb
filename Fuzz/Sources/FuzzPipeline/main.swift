// The whole pipeline: statements generated from the grammar, parsed and run on the seed corpus.
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var generator = GrammarGenerator(FuzzInput(data, size))
    PipelineChecks.run(generator.script())
    return 0
}

@_cdecl("FuzzPipeline_main")
public func fuzzPipelineMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzPipeline(data, size) }
}
