// Removes (:Draft)-[:BECAME]->(:Resolution) links that no longer hold after a resolution was
// re-loaded with another session or title.
// Parameters: $keys, the keys of the resolutions just loaded.
// Returns: nothing.
// Example: $keys = ['GA 67/190']
UNWIND $keys AS key
MATCH (d:Draft)-[b:BECAME]->(r:Resolution {key: key})
WHERE NOT (d.session = r.session AND d.title = r.title)
DELETE b
