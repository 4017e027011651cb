import Extraction

/// What `expect STATEMENT = VALUE` compares: a collection matches a list of the same entities
/// in any order; a table matches a list of rows (or, for one column, a list of values) in
/// order; anything else compares as `=` does.
enum Expectation {
    static func matches(_ actual: Value, _ expected: Value, model: EntityModel) -> Bool {
        switch (actual, expected) {
        case (.collection(let c), .list(let items)):
            let names = c.rows.map { rowName($0, model: model) }.sorted()
            var wanted: [String] = []
            for item in items {
                switch item {
                case .entity(let id): wanted.append(model[id].name)
                case .string(let s): wanted.append(model.entities(named: s).first.map { model[$0].name } ?? s)
                default: return false
                }
            }
            return names == wanted.sorted()
        case (.table(let t), .list(let rows)):
            guard t.rows.count == rows.count else { return false }
            for (row, wanted) in zip(t.rows, rows) {
                let wantedCells: [Value]
                if case .list(let cells) = wanted { wantedCells = cells } else { wantedCells = [wanted] }
                guard row.count == wantedCells.count else { return false }
                for (cell, w) in zip(row, wantedCells) where Comparison.equal(cell, w, model: model) != true { return false }
            }
            return true
        default:
            return Comparison.equal(actual, expected, model: model) == true
        }
    }

    static func rowName(_ row: RowRef, model: EntityModel) -> String {
        switch row {
        case .entity(let id): return model[id].name
        case .article(let i): return model.articles[i].name
        case .claim(let i): return String(i)
        case .conflict(let i): return String(i)
        }
    }
}
