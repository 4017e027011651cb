/// The SQL of an exported database: the tables ``SQLiteExporter`` fills, the view that decides
/// fluents as natoql's default view does, and the yardstick query of BENCHMARKS.md.
///
/// docs/EXPORT.md shows the same text; `ExportTests` checks that the two agree.
public enum SQLiteSchema {
    /// The tables, in creation order. Foreign keys name the table they point into.
    public static let tables = """
        -- One row an article: its name (the file name without .txt), metadata and text.
        CREATE TABLE articles (
            id        INTEGER PRIMARY KEY,   -- natoql's article index
            name      TEXT NOT NULL UNIQUE,  -- 000_61f5bb335053446f
            file      TEXT NOT NULL,         -- 000_61f5bb335053446f.txt
            outlet    TEXT,                  -- from articles.tsv; NULL when unknown
            published TEXT,                  -- YYYY-MM-DD; NULL when undated
            text      TEXT NOT NULL
        );
        -- People, countries, offices, organizations and places.
        CREATE TABLE entities (
            id         INTEGER PRIMARY KEY,  -- natoql's entity index
            name       TEXT NOT NULL,        -- the canonical name: Viktor Orbán
            kind       TEXT NOT NULL CHECK (kind IN ('country', 'person', 'office', 'organization', 'place')),
            discovered INTEGER NOT NULL      -- 1 when an article introduced it, 0 for the lexicon's
        );
        -- Other names of an entity: the lexicon's, and the forms seen in the articles.
        CREATE TABLE aliases (
            entity INTEGER NOT NULL REFERENCES entities (id),
            alias  TEXT NOT NULL,            -- Orban, Victor Orban, Mr Orban
            source TEXT NOT NULL CHECK (source IN ('lexicon', 'seen'))
        );
        -- Entity attributes (the lexicon's and those loading derives), one row a value:
        -- a list attribute (demonyms) has one row per item, numbered by ordinal.
        CREATE TABLE attributes (
            entity  INTEGER NOT NULL REFERENCES entities (id),
            key     TEXT NOT NULL,           -- nato_member, member_since, iso, demonyms, country, ...
            ordinal INTEGER NOT NULL,        -- 0, or the position in a list
            type    TEXT NOT NULL CHECK (type IN ('text', 'integer', 'boolean', 'entity')),
            value,                           -- text, integer, 0/1 for a boolean, entities.id for an entity
            PRIMARY KEY (entity, key, ordinal)
        );
        -- The predicates claims use.
        CREATE TABLE predicates (
            name          TEXT PRIMARY KEY,  -- supports
            subject_kinds TEXT NOT NULL,     -- comma-separated entity kinds
            object_kinds  TEXT NOT NULL,     -- comma-separated; empty for a literal object
            fact_kind     TEXT NOT NULL CHECK (fact_kind IN ('fluent', 'event', 'timeless')),
            symmetric     INTEGER NOT NULL,
            summary       TEXT NOT NULL
        );
        -- Every claim: predicate(subject, object) = value, with modality and evidence.
        CREATE TABLE claims (
            id             INTEGER PRIMARY KEY,  -- natoql's claim index
            article        INTEGER NOT NULL REFERENCES articles (id),
            subject        INTEGER NOT NULL REFERENCES entities (id),
            predicate      TEXT NOT NULL REFERENCES predicates (name),
            object         INTEGER REFERENCES entities (id),  -- NULL when the object is a literal
            object_literal TEXT,                              -- term_length's object
            value          INTEGER,              -- 1 true, 0 false; NULL for a literal value
            value_literal  TEXT,                 -- "4 years"
            modality       TEXT NOT NULL CHECK (modality IN ('asserted', 'hedged', 'expected', 'past')),
            place          TEXT,                 -- qualifier, a canonical place name
            date           TEXT,                 -- qualifier, YYYY-MM-DD
            evidence       TEXT NOT NULL,        -- the exact words
            evidence_start INTEGER NOT NULL,     -- UTF-8 byte offsets into the article's file
            evidence_end   INTEGER NOT NULL,
            sentence       TEXT NOT NULL,        -- the sentence around the evidence
            rule           TEXT NOT NULL         -- the extraction rule: support.verb, quantified.except, ...
        );
        -- Every qualifier of a claim (place and date are also columns of claims).
        CREATE TABLE qualifiers (
            claim INTEGER NOT NULL REFERENCES claims (id),
            key   TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (claim, key)
        );
        -- Which articles mention which entities.
        CREATE TABLE mentions (
            entity  INTEGER NOT NULL REFERENCES entities (id),
            article INTEGER NOT NULL REFERENCES articles (id),
            PRIMARY KEY (entity, article)
        ) WITHOUT ROWID;
        """

    /// Indexes, created after the rows are in (faster than maintaining them row by row).
    public static let indexes = """
        CREATE INDEX claims_by_key ON claims (subject, predicate, object);
        CREATE INDEX claims_by_object ON claims (object, predicate);
        CREATE INDEX aliases_by_entity ON aliases (entity);
        CREATE INDEX entities_by_name ON entities (name);
        """

    /// The default view of MODEL.md for fluent facts about two entities: among the asserted and
    /// hedged claims, the latest publication date decides (undated articles count as published
    /// after every dated one); within that date, asserted claims outrank hedged ones; if the
    /// deciding claims disagree the value is NULL (unknown).
    ///
    /// It does not apply the one special rule natoql adds for candidacies
    /// (`withdrew(P, O) = true` ends `candidate(P, O)`); events and timeless facts are decided
    /// differently and are not in it.
    public static let views = """
        CREATE VIEW fluent_values AS
        SELECT subject, predicate, object,
               CASE WHEN MIN(value) = MAX(value) THEN MIN(value) END AS value,
               MAX(published) AS decided_by_date,
               MIN(modality) AS decided_by_modality,
               COUNT(*) AS deciding_claims
        FROM (
            SELECT c.subject, c.predicate, c.object, c.value, c.modality,
                   COALESCE(a.published, '9999-12-31') AS published,
                   RANK() OVER (
                       PARTITION BY c.subject, c.predicate, c.object
                       ORDER BY COALESCE(a.published, '9999-12-31') DESC, c.modality = 'hedged'
                   ) AS tier
            FROM claims c
            JOIN articles a ON a.id = c.article
            JOIN predicates p ON p.name = c.predicate AND p.fact_kind = 'fluent'
            WHERE c.modality IN ('asserted', 'hedged') AND c.object IS NOT NULL
        )
        WHERE tier = 1
        GROUP BY subject, predicate, object;
        """

    /// natoql's `allies where supports(Rutte) = false` in SQL: the NATO members whose support
    /// for Mark Rutte the default view decides as false.
    public static let holdoutsQuery = """
        SELECT e.name
        FROM entities e
        JOIN attributes m ON m.entity = e.id AND m.key = 'nato_member' AND m.value = 1
        JOIN fluent_values f ON f.subject = e.id AND f.predicate = 'supports' AND f.value = 0
        JOIN entities rutte ON rutte.id = f.object AND rutte.name = 'Mark Rutte'
        WHERE e.kind = 'country'
        ORDER BY e.name;
        """
}
