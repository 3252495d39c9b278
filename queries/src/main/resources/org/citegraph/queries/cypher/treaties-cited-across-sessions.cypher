// Treaties cited across sessions: each instrument the resolutions cite, with the sessions of the
// citing resolutions, the most sessions first.
// Parameters: none.
// Returns: instrument, name, sessions (Session keys), resolutions, citations.
// Example: (no parameters)
MATCH (i:Instrument)
WHERE EXISTS { (:Resolution)-[:CITES]->(i) }
WITH i,
     COLLECT {
       MATCH (s:Session)<-[:IN_SESSION]-(:Resolution)-[:CITES]->(i)
       RETURN DISTINCT s.key AS session ORDER BY session
     } AS sessions,
     COLLECT {
       MATCH (r:Resolution)-[:CITES]->(i)
       RETURN DISTINCT r.key AS resolution ORDER BY resolution
     } AS resolutions,
     COUNT { (:Resolution)-[:CITES]->(i) } AS citations
RETURN i.key AS instrument, i.name AS name, sessions, resolutions, citations
ORDER BY size(sessions) DESC, citations DESC, instrument
