// One :CITES relationship per place a document cites something, carrying its provenance; both ends
// were merged earlier in the same transaction and are found by element id.
// Parameters: $rows, a list of {from, to, rel}; from and to are element ids, rel the properties.
// Returns: nothing.
// Example: $rows = [{from: '4:...:1', to: '4:...:2', rel: {verb: 'recalling also', act: 'recall', paragraph: 'PP3'}}]
UNWIND $rows AS row
MATCH (d) WHERE elementId(d) = row.from
MATCH (t) WHERE elementId(t) = row.to
CREATE (d)-[c:CITES]->(t)
SET c = row.rel
