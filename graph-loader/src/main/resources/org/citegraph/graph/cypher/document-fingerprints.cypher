// The fingerprint of each document already ingested, so that an unchanged document is skipped.
// Parameters: $rows, a list of {key, label} with label 'Resolution' or 'Document'.
// Returns: key, checksum, extractor (one row per document already in the graph).
// Example: $rows = [{key: 'GA 67/190', label: 'Resolution'}]
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.label = 'Resolution'
  MATCH (d:Resolution {key: row.key})
  RETURN d
  UNION
  WITH row WHERE row.label = 'Document'
  MATCH (d:Document {key: row.key})
  RETURN d
}
WITH row, d WHERE d.ingested
RETURN row.key AS key, d.checksum AS checksum, d.extractor AS extractor
