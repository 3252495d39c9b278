// The :CITES relationships of the citation graph, one per place, for analytics and export.
// Parameters: none.
// Returns: source, target (element ids), verb, act, paragraph, footnote.
// Example: (no parameters)
MATCH (a)-[c:CITES]->(b)
RETURN elementId(a) AS source, elementId(b) AS target, c.verb AS verb, c.act AS act,
       c.paragraph AS paragraph, c.footnote AS footnote
ORDER BY a.key, b.key, c.paragraph, c.verb
