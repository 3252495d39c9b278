// What did the drafts become: each draft with the resolution it became (:BECAME), and the paragraphs
// whose references changed between the two (keys added in the resolution, keys the draft had and
// the resolution dropped). A draft with no resolution, or no change, gets one row without a
// paragraph.
// Parameters: none.
// Returns: draft, symbol, resolution, paragraph, added, removed.
// Example: (no parameters) (citegraph query drafts)
MATCH (d:Draft)
OPTIONAL MATCH (d)-[:BECAME]->(r:Resolution)
OPTIONAL CALL (d, r) {
  WITH d, r WHERE r IS NOT NULL
  CALL (d, r) {
    MATCH (d)-[c:CITES]->(t)
    RETURN coalesce(c.paragraph, '-') AS paragraph, t.key AS key, 'draft' AS side
    UNION
    MATCH (r)-[c:CITES]->(t)
    RETURN coalesce(c.paragraph, '-') AS paragraph, t.key AS key, 'resolution' AS side
  }
  WITH paragraph,
       collect(DISTINCT CASE side WHEN 'draft' THEN key END) AS before,
       collect(DISTINCT CASE side WHEN 'resolution' THEN key END) AS after
  WITH paragraph,
       COLLECT { UNWIND after AS k WITH k WHERE NOT k IN before RETURN k ORDER BY k } AS added,
       COLLECT { UNWIND before AS k WITH k WHERE NOT k IN after RETURN k ORDER BY k } AS removed
  WHERE size(added) + size(removed) > 0
  RETURN paragraph, added, removed
}
RETURN d.key AS draft, d.symbol AS symbol, r.key AS resolution, paragraph,
       coalesce(added, []) AS added, coalesce(removed, []) AS removed
ORDER BY draft, resolution, left(paragraph, 2) DESC, toInteger(substring(paragraph, 2)), paragraph
