// (:Resolution)-[:ADOPTED_ON]->(:Document) for the committee report a resolution was adopted on.
// Parameters: $rows, a list of {key, report}; report is the report's document symbol.
// Returns: nothing.
// Example: $rows = [{key: 'GA 67/190', report: 'A/67/458'}]
UNWIND $rows AS row
MATCH (r:Resolution {key: row.key})
MERGE (d:Document {key: row.report})
SET d.symbol = row.report
MERGE (r)-[:ADOPTED_ON]->(d)
