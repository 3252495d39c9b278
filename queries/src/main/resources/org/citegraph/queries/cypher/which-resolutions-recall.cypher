// Which resolutions recall a given resolution: citations whose act is 'recall' ("recalling",
// "recalling also", "recalls", "also recalls"), leaving out mere mentions ("taking note", "noting").
// Parameters: $key, the key of the recalled resolution.
// Returns: resolution, title, verbs (as written), paragraphs.
// Example: $key = 'GA 64/178'
MATCH (r:Resolution)-[c:CITES]->(:Resolution {key: $key})
WHERE c.act = 'recall'
RETURN r.key AS resolution, r.title AS title,
       collect(DISTINCT c.verb) AS verbs, collect(DISTINCT c.paragraph) AS paragraphs
ORDER BY resolution
