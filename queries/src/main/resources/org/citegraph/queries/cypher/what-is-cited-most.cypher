// What is cited most: the nodes with the most citing documents (then the most places), of any kind
// or, with $kind, of one kind.
// Parameters: $kind, one of 'resolution', 'decision', 'document', 'draft', 'instrument', 'body',
// 'state', or null for all; $limit, the most rows.
// Returns: key, kind, name, citedBy (distinct citing documents), citations (places).
// Example: $kind = 'instrument', $limit = 10 (citegraph query top --kind instrument --limit 10)
MATCH (n)<-[c:CITES]-(d)
WITH n, count(c) AS citations, count(DISTINCT d) AS citedBy
WITH n, citations, citedBy,
     CASE WHEN n:Draft THEN 'draft' WHEN n:Resolution THEN 'resolution'
          WHEN n:Decision THEN 'decision' WHEN n:Document THEN 'document'
          WHEN n:Instrument THEN 'instrument' WHEN n:Body THEN 'body' ELSE 'state' END AS kind
WHERE $kind IS NULL OR kind = $kind
RETURN n.key AS key, kind, coalesce(n.title, n.name) AS name, citedBy, citations
ORDER BY citedBy DESC, citations DESC, key
LIMIT $limit
