// (:Resolution)-[:IN_SESSION]->(:Session) for each ingested resolution whose session is known.
// Parameters: $rows, a list of {key, session, body, number}; session is the Session key, e.g. 'GA 67'.
// Returns: nothing.
// Example: $rows = [{key: 'GA 67/190', session: 'GA 67', body: 'GA', number: 67}]
UNWIND $rows AS row
MATCH (r:Resolution {key: row.key})
MERGE (s:Session {key: row.session})
SET s.body = row.body, s.number = row.number
MERGE (r)-[:IN_SESSION]->(s)
