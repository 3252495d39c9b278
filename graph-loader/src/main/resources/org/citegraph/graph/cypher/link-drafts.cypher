// (:Draft)-[:BECAME]->(:Resolution) when both are ingested with the same session and title,
// whichever of the two was loaded first.
// Parameters: $rows, a list of {key, role}; role is 'draft' or 'resolution'.
// Returns: nothing.
// Example: $rows = [{key: 'A/C.3/67/L.13', role: 'draft'}, {key: 'GA 67/190', role: 'resolution'}]
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.role = 'draft'
  MATCH (d:Draft {key: row.key})
  WHERE d.session IS NOT NULL AND d.title IS NOT NULL
  MATCH (r:Resolution {session: d.session, title: d.title})
  WHERE r.ingested
  RETURN d, r
  UNION
  WITH row WHERE row.role = 'resolution'
  MATCH (r:Resolution {key: row.key})
  WHERE r.session IS NOT NULL AND r.title IS NOT NULL
  MATCH (d:Draft {session: r.session, title: r.title})
  WHERE d.ingested
  RETURN d, r
}
MERGE (d)-[:BECAME]->(r)
