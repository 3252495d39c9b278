// Recomputes the name and date of nodes a re-loaded document used to cite, from the citations left
// (the smallest, as merge-targets sets them), so that an edit gives the graph a rebuild would.
// Parameters: $ids, element ids of the former targets.
// Returns: nothing.
// Example: $ids = ['4:0b6c...:12']
UNWIND $ids AS id
MATCH (t)
WHERE elementId(t) = id AND t.ingested IS NULL
OPTIONAL MATCH ()-[c:CITES]->(t)
WITH t, min(c.name) AS name, min(c.date) AS date
SET t.name = name, t.adopted = date
