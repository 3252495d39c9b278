// Merges the nodes a batch cites, once per distinct key: label from the kind, properties from the
// key, and, for a node not ingested, the name and date the citations give (the smallest, so that
// load order does not matter).
// Parameters: $rows, a list of {kind, key, derived, name, date}, one per distinct (kind, key).
// Returns: kind, key, id (the element id of the node).
// Example: $rows = [{kind: 'resolution', key: 'GA 64/178', derived: {body: 'GA', number: '64/178', session: 64}, name: null, date: null}]
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.kind = 'resolution'
  MERGE (t:Resolution {key: row.key})
  RETURN t
  UNION
  WITH row WHERE row.kind = 'decision'
  MERGE (t:Decision {key: row.key})
  RETURN t
  UNION
  WITH row WHERE row.kind = 'document'
  MERGE (t:Document {key: row.key})
  RETURN t
  UNION
  WITH row WHERE row.kind = 'instrument'
  MERGE (t:Instrument {key: row.key})
  RETURN t
  UNION
  WITH row WHERE row.kind = 'body'
  MERGE (t:Body {key: row.key})
  RETURN t
  UNION
  WITH row WHERE row.kind = 'state'
  MERGE (t:State {key: row.key})
  RETURN t
}
SET t += CASE WHEN t.ingested THEN {} ELSE row.derived END
SET t.name = CASE
    WHEN t.ingested OR row.name IS NULL THEN t.name
    WHEN t.name IS NULL OR row.name < t.name THEN row.name
    ELSE t.name END,
  t.adopted = CASE
    WHEN t.ingested OR row.date IS NULL THEN t.adopted
    WHEN t.adopted IS NULL OR row.date < t.adopted THEN row.date
    ELSE t.adopted END
RETURN row.kind AS kind, row.key AS key, elementId(t) AS id
