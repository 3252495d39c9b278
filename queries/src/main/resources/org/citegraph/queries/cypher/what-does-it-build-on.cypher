// What does a resolution build on: the resolutions it cites, and those they cite, transitively up to
// $depth steps, each with the shortest chain of citations that reaches it (the first by key when
// several are equally short). Only resolutions are followed.
// Parameters: $key, the key of the resolution; $depth, the most steps to follow (1 to 10).
// Returns: resolution, depth, title, path (keys, citing first).
// Example: $key = 'GA 70/179', $depth = 2 (citegraph query lineage 70/179 --depth 2)
MATCH (start:Resolution {key: $key})
MATCH p = ALL SHORTEST (start) ((a:Resolution)-[:CITES]->(b:Resolution)){1,10} (r:Resolution)
WHERE r <> start AND length(p) <= $depth
WITH r, length(p) AS depth, min([n IN nodes(p) | n.key]) AS path
RETURN r.key AS resolution, depth, coalesce(r.title, r.name) AS title, path
ORDER BY depth, resolution
