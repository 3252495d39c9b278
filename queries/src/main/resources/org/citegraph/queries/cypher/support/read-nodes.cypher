// The nodes of the citation graph, for analytics and export.
// Parameters: none.
// Returns: id (element id), key, kind, labels, title, body, session, adopted, ingested.
// Example: (no parameters)
MATCH (n:Resolution|Decision|Document|Instrument|Body|State)
RETURN elementId(n) AS id, n.key AS key,
       CASE WHEN n:Draft THEN 'draft' WHEN n:Resolution THEN 'resolution'
            WHEN n:Decision THEN 'decision' WHEN n:Document THEN 'document'
            WHEN n:Instrument THEN 'instrument' WHEN n:Body THEN 'body' ELSE 'state' END AS kind,
       labels(n) AS labels, coalesce(n.title, n.name) AS title, n.body AS body,
       n.session AS session,
       toString(n.adopted) AS adopted, coalesce(n.ingested, false) AS ingested
ORDER BY key
