// How are two nodes connected: the shortest chain of citations between them, followed in either
// direction, one row per step (the first by key when several are equally short). Bodies and States
// are not passed through, only reached as an end.
// Parameters: $from, the key of the first node; $to, the key of the second.
// Returns: step, from, direction ('->' from cites to, '<-' to cites from), to, verb, paragraph.
// Example: $from = 'GA 70/179', $to = 'HRC 11/3' (citegraph query path 70/179 "HRC 11/3")
MATCH (a:Resolution|Decision|Document|Instrument|Body|State {key: $from})
MATCH (b:Resolution|Decision|Document|Instrument|Body|State {key: $to})
MATCH p = ALL SHORTEST (a) ((x)-[:CITES]-(y) WHERE y = b OR NOT (y:Body OR y:State)){1,8} (b)
WITH p
ORDER BY [n IN nodes(p) | n.key],
         [c IN relationships(p) | coalesce(c.paragraph, '') + ' ' + coalesce(c.verb, '')]
LIMIT 1
UNWIND range(0, length(p) - 1) AS i
WITH i, nodes(p)[i] AS x, nodes(p)[i + 1] AS y, relationships(p)[i] AS c
RETURN i + 1 AS step, x.key AS from, CASE WHEN startNode(c) = x THEN '->' ELSE '<-' END AS direction,
       y.key AS to, c.verb AS verb, c.paragraph AS paragraph
ORDER BY step
