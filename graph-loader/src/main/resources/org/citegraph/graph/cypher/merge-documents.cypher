// Creates or updates the node of each ingested document and deletes the relationships it owns (its
// outgoing ones), to be written afresh in the same transaction. The node itself is never deleted, so
// the relationships other documents point at it survive.
// Parameters: $rows, a list of {key, label, draft, props}; props holds explicit nulls.
// Returns: key, label, id (the node's element id), formerTargets (element ids of the nodes its
// deleted relationships pointed at).
// Example: $rows = [{key: 'GA 67/190', label: 'Resolution', draft: false, props: {title: '...'}}]
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.label = 'Resolution'
  MERGE (d:Resolution {key: row.key})
  RETURN d
  UNION
  WITH row WHERE row.label = 'Document'
  MERGE (d:Document {key: row.key})
  RETURN d
}
SET d += row.props
FOREACH (_ IN CASE WHEN row.draft THEN [1] ELSE [] END | SET d:Draft)
FOREACH (_ IN CASE WHEN row.draft THEN [] ELSE [1] END | REMOVE d:Draft)
WITH row, d
CALL (d) {
  OPTIONAL MATCH (d)-[old:CITES|IN_SESSION|ADOPTED_ON|SPONSORED_BY|BECAME]->(target)
  DELETE old
  RETURN collect(DISTINCT elementId(target)) AS formerTargets
}
RETURN row.key AS key, row.label AS label, elementId(d) AS id, formerTargets
