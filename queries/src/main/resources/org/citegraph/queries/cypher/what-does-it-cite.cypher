// What does a document cite: each node it cites, grouped by kind (resolutions, decisions, documents,
// drafts, instruments, bodies, States), with the verbs, the paragraphs and the number of places.
// Parameters: $key, the key of the citing document.
// Returns: kind, key, name, verbs, paragraphs, citations.
// Example: $key = 'GA 67/190' (citegraph query cited-by A/RES/67/190)
MATCH (d:Resolution|Decision|Document {key: $key})-[c:CITES]->(t)
WITH t, collect(c) AS places
WITH t, places,
     CASE WHEN t:Draft THEN 'draft' WHEN t:Resolution THEN 'resolution'
          WHEN t:Decision THEN 'decision' WHEN t:Document THEN 'document'
          WHEN t:Instrument THEN 'instrument' WHEN t:Body THEN 'body' ELSE 'state' END AS kind
RETURN kind, t.key AS key, coalesce(t.title, t.name) AS name,
       COLLECT {
         UNWIND places AS c WITH DISTINCT c.verb AS verb WHERE verb IS NOT NULL
         RETURN verb ORDER BY verb
       } AS verbs,
       COLLECT {
         UNWIND places AS c WITH DISTINCT c.paragraph AS p WHERE p IS NOT NULL
         RETURN p ORDER BY left(p, 2) DESC, toInteger(substring(p, 2))
       } AS paragraphs,
       size(places) AS citations
ORDER BY CASE kind WHEN 'resolution' THEN 1 WHEN 'decision' THEN 2 WHEN 'document' THEN 3
                   WHEN 'draft' THEN 4 WHEN 'instrument' THEN 5 WHEN 'body' THEN 6 ELSE 7 END,
         key
