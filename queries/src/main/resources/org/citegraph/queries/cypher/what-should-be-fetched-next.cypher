// What should be fetched next: resolutions, decisions and documents that are cited but whose text
// was not loaded, the most citing documents first. With $kind, only that kind.
// Parameters: $kind, 'resolution', 'decision' or 'document', or null for all; $limit, the most rows.
// Returns: key, kind, name, adopted, citedBy (distinct citing documents), citations (places).
// Example: $kind = null, $limit = 25 (citegraph query unresolved)
MATCH (n:Resolution|Decision|Document)
WHERE n.ingested IS NULL OR NOT n.ingested
WITH n,
     CASE WHEN n:Draft THEN 'draft' WHEN n:Resolution THEN 'resolution'
          WHEN n:Decision THEN 'decision' ELSE 'document' END AS kind
WHERE $kind IS NULL OR kind = $kind
WITH n, kind, COUNT { (n)<-[:CITES]-() } AS citations,
     size(COLLECT { MATCH (n)<-[:CITES]-(d) RETURN DISTINCT d }) AS citedBy
WHERE citations > 0
RETURN n.key AS key, kind, coalesce(n.title, n.name) AS name, n.adopted AS adopted, citedBy,
       citations
ORDER BY citedBy DESC, citations DESC, key
LIMIT $limit
