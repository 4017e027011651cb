import Extraction
import Foundation
import Interpreter
import Testing

/// The one-pass value every `where` uses agrees with the full resolution `why` shows, for every
/// fact of the seeds and the development corpus, in several views.
@Suite struct ResolverTests {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")

    @Test(arguments: ["seeds", "dev"])
    func fastValueAgreesWithResolution(corpus: String) throws {
        let source: CorpusSource = corpus == "seeds" ? .seeds : .directory(Self.shared.appendingPathComponent("corpus-dev/articles").path)
        let model = try Loader.load(source).model
        let views = [
            View.all, View(asOf: CalendarDate(year: 2024, month: 5, day: 1)),
            View(asOf: CalendarDate(year: 2024, month: 6, day: 18)), View(articles: [0]),
        ]
        var checked = 0
        for view in views {
            let resolver = Resolver(model: model, view: view)
            for key in model.claimsByKey.keys {
                guard case .entity(let object) = key.object else { continue }
                #expect(
                    resolver.value(key.subject, key.predicate, object) == resolver.resolve(key.subject, key.predicate, object).value,
                    "\(key.predicate)(\(model[key.subject].name), \(model[object].name)) in \(view)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}
