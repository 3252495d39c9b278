// What builds on a resolution: the resolutions that cite it, and those that cite them, transitively
// up to $depth steps, each with the shortest chain of citations that reaches it (the first by key
// when several are equally short). Only resolutions are followed.
// Parameters: $key, the key of the resolution; $depth, the most steps to follow (1 to 10).
// Returns: resolution, depth, title, path (keys, citing first: the resolution found comes first).
// Example: $key = 'GA 64/178', $depth = 3 (citegraph query lineage 64/178 --direction down)
MATCH (start:Resolution {key: $key})
MATCH p = ALL SHORTEST (r:Resolution) ((a:Resolution)-[:CITES]->(b:Resolution)){1,10} (start)
WHERE r <> start AND length(p) <= $depth
WITH r, length(p) AS depth, min([n IN nodes(p) | n.key]) AS path
RETURN r.key AS resolution, depth, coalesce(r.title, r.name) AS title, path
ORDER BY depth, resolution
