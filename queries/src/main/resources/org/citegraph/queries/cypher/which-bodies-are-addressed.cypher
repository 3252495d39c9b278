// Which bodies are named in each session, and by which clause verbs ("requests", "invites",
// "urges", ...): one row per (session, body), the most cited first. With $act, only that act.
// Parameters: $act, an act lemma ('request', 'invite'...), or null for every verb.
// Returns: session, body, name, verbs (each with its count), citations, documents.
// Example: $act = 'request' (citegraph query bodies --verb requests)
MATCH (d)-[c:CITES]->(b:Body)
WHERE d.ingested AND ($act IS NULL OR c.act = $act)
WITH d.session AS session, b, c.verb AS verb, count(c) AS places, collect(DISTINCT d.key) AS docs
WITH session, b, collect([verb, places]) AS verbCounts, sum(places) AS citations,
     collect(docs) AS docLists
RETURN session, b.key AS body, b.name AS name,
       COLLECT {
         UNWIND verbCounts AS vc WITH vc WHERE vc[0] IS NOT NULL
         RETURN vc[0] + ' (' + vc[1] + ')' AS verb ORDER BY vc[1] DESC, vc[0]
       } AS verbs,
       citations,
       COLLECT {
         UNWIND docLists AS docs UNWIND docs AS key WITH DISTINCT key RETURN key ORDER BY key
       } AS documents
ORDER BY session, citations DESC, body
