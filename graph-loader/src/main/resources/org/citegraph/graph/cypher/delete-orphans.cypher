// Deletes nodes that a re-loaded document used to cite and that nothing else touches any more:
// never ingested, no relationship left. A full rebuild would not have them either.
// Parameters: $ids, element ids of the former targets.
// Returns: nothing.
// Example: $ids = ['4:0b6c...:12']
UNWIND $ids AS id
MATCH (t)
WHERE elementId(t) = id AND t.ingested IS NULL AND NOT (t)--()
DELETE t
