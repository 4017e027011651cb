import DSL
import Extraction

/// What a bare name means inside a row: the attributes of entities, articles, claims and conflicts.
extension Evaluator {
    // MARK: - Attributes

    func attribute(_ name: String, of row: RowRef) -> Value? {
        switch row {
        case .entity(let id): return entityAttribute(name, of: model[id])
        case .article(let index): return articleAttribute(name, of: model.articles[index])
        case .claim(let index): return claimAttribute(name, index: index)
        case .conflict(let index): return conflictAttribute(name, of: cache.conflicts[index])
        }
    }

    func entityAttribute(_ name: String, of entity: Entity) -> Value? {
        entityAttribute(EntityAttribute(name), of: entity)
    }

    /// The attribute `attribute` of `entity`; `nil` for a name no entity of the model carries.
    func entityAttribute(_ attribute: EntityAttribute, of entity: Entity) -> Value? {
        switch attribute {
        case .name: return .string(entity.name)
        case .kind: return .string(entity.kind.rawValue)
        case .aliases: return .list(entity.aliases.map { .string($0) })
        case .aliasesSeen: return .list(entity.aliasesSeen.map { .string($0) })
        case .articles: return .integer(model.mentions[entity.id]?.filter { view.includes(model.articles[$0]) }.count ?? 0)
        case .discovered: return .boolean(entity.discovered)
        case .model(let name):
            if let v = entity.attributes[name] {
                switch v {
                case .string(let s): return .string(s)
                case .integer(let i): return .integer(i)
                case .boolean(let b): return .boolean(b)
                case .entity(let id): return .entity(id)
                case .strings(let list): return .list(list.map { .string($0) })
                }
            }
            return cache.entityAttributeNames.contains(name) ? .unknown : nil
        }
    }

    func articleAttribute(_ name: String, of article: Article) -> Value? {
        switch name {
        case "name": return .string(article.name)
        case "file": return .string(article.fileName)
        case "outlet": return article.outlet.map { .string($0) } ?? .unknown
        case "published": return article.published.map { .date($0) } ?? .unknown
        case "claims": return .integer(claimsOf(article).count)
        case "corroborated":
            let claims = claimsOf(article)
            guard !claims.isEmpty else { return .unknown }
            let corroboration = cache.corroboration(in: view)
            let n = claims.filter { corroboration[$0] == true }.count
            return .number(Double(n) / Double(claims.count))
        case "conflicts":
            return .integer(
                cache.conflicts.filter {
                    let a = model.claims[$0.first].article, b = model.claims[$0.second].article
                    return (a == article.index || b == article.index)
                        && view.includes(model.articles[a]) && view.includes(model.articles[b])
                }.count)
        default: return nil
        }
    }

    func claimsOf(_ article: Article) -> [Int] {
        cache.claimsByArticle[article.index]
    }

    /// An attribute of the claim at `index`, reading only the fields it needs (row loops over a
    /// million claims must not copy whole claims).
    func claimAttribute(_ name: String, index: Int) -> Value? {
        ClaimAttribute(rawValue: name).map { claimAttribute($0, index: index) }
    }

    /// The attribute `attribute` of the claim at `index`.
    func claimAttribute(_ attribute: ClaimAttribute, index: Int) -> Value {
        switch attribute {
        case .article: return .string(model.articles[model.claims[index].article].name)
        case .subject: return .entity(model.claims[index].subject)
        case .predicate: return .string(model.claims[index].predicate)
        case .object:
            switch model.claims[index].object {
            case .entity(let id): return .entity(id)
            case .literal(let s): return .string(s)
            }
        case .value: return claimValue(model.claims[index].value)
        case .modality: return .string(model.claims[index].modality.rawValue)
        case .qualifiers:
            return .string(model.claims[index].qualifiers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";"))
        case .place, .date: return model.claims[index].qualifiers[attribute.rawValue].map { .string($0) } ?? .unknown
        case .evidence: return .string(model.claims[index].evidence.text)
        case .sentence: return .string(model.claims[index].evidence.sentence)
        case .start: return .integer(model.claims[index].evidence.start)
        case .end: return .integer(model.claims[index].evidence.end)
        case .rule: return .string(model.claims[index].rule)
        case .published: return model.articles[model.claims[index].article].published.map { .date($0) } ?? .unknown
        case .outlet: return model.articles[model.claims[index].article].outlet.map { .string($0) } ?? .unknown
        case .corroborated: return .boolean(cache.corroboration(in: view)[index] ?? false)
        }
    }

    func claimValue(_ value: ClaimValue) -> Value {
        switch value {
        case .boolean(let b): return .boolean(b)
        case .literal(let s): return .string(s)
        }
    }

    func conflictAttribute(_ name: String, of conflict: Conflict) -> Value? {
        let a = model.claims[conflict.first], b = model.claims[conflict.second]
        switch name {
        case "predicate": return .string(a.predicate)
        case "subject": return .entity(a.subject)
        case "object": return claimAttribute("object", index: a.index)
        case "reason": return .string(conflict.reason)
        case "first_article": return .string(model.articles[a.article].name)
        case "first_value": return claimValue(a.value)
        case "first_evidence": return .string(a.evidence.text)
        case "second_article": return .string(model.articles[b.article].name)
        case "second_value": return claimValue(b.value)
        case "second_evidence": return .string(b.evidence.text)
        default: return nil
        }
    }
}
