// Stores the analytics on the nodes, so that the Browser can size nodes by them.
// Parameters: $rows, a list of {id (element id), scores: {inDegree, pageRank, betweenness,
// posterity, lineageOrder}}.
// Returns: written (the number of nodes updated).
// Example: $rows = [{id: '4:...:1', scores: {inDegree: 3, pageRank: 0.12}}]
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.id
SET n += row.scores
RETURN count(n) AS written
