// Which treaties are cited in each session: a treaty x session matrix in long form, one row per
// (instrument, session) with the number of places and the citing documents. Every ingested document
// counts (resolutions, drafts, others); its session is the number of the session it belongs to.
// Parameters: none.
// Returns: instrument, name, session, citations, documents.
// Example: (no parameters) (citegraph query treaties)
MATCH (d)-[c:CITES]->(i:Instrument)
WHERE d.ingested
WITH i, d.session AS session, count(c) AS citations, collect(DISTINCT d.key) AS documents
RETURN i.key AS instrument, i.name AS name, session, citations,
       COLLECT { UNWIND documents AS key RETURN key ORDER BY key } AS documents
ORDER BY instrument, session
