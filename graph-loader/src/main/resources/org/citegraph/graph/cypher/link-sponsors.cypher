// (:Draft)-[:SPONSORED_BY {position}]->(:State) for each sponsor State a draft lists.
// Parameters: $rows, a list of {key, state, position}; state is an ISO 3166-1 alpha-3 key.
// Returns: nothing.
// Example: $rows = [{key: 'A/C.3/67/L.13', state: 'BLR', position: 1}]
UNWIND $rows AS row
MATCH (d:Document {key: row.key})
MERGE (s:State {key: row.state})
MERGE (d)-[b:SPONSORED_BY]->(s)
SET b.position = row.position
