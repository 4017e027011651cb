-- natoql: allies where supports(Rutte) = false (SQLiteSchema.holdoutsQuery; ExportTests checks they agree)
SELECT e.name
FROM entities e
JOIN attributes m ON m.entity = e.id AND m.key = 'nato_member' AND m.value = 1
JOIN fluent_values f ON f.subject = e.id AND f.predicate = 'supports' AND f.value = 0
JOIN entities rutte ON rutte.id = f.object AND rutte.name = 'Mark Rutte'
WHERE e.kind = 'country'
ORDER BY e.name;
