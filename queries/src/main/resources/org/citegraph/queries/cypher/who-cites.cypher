// Who cites a given node: one row per place a document cites it, with the clause verb as written,
// its act (normalised lemma), the paragraph and the sentence. With $act, only that act: 'recall'
// finds "recalling", "recalling also", "recalls" and "also recalls", and leaves out mere mentions.
// Parameters: $key, the key of the cited node; $act, an act lemma, or null for every citation.
// Returns: citing, symbol, kind, verb, act, paragraph, sentence.
// Example: $key = 'GA 64/178', $act = 'recall' (citegraph query citing 64/178 --verb recalling)
MATCH (t:Resolution|Decision|Document|Instrument|Body|State {key: $key})<-[c:CITES]-(d)
WHERE $act IS NULL OR c.act = $act
WITH DISTINCT d, c.verb AS verb, c.act AS act, c.paragraph AS paragraph, c.sentence AS sentence
RETURN d.key AS citing, d.symbol AS symbol,
       CASE WHEN d:Draft THEN 'draft' WHEN d:Resolution THEN 'resolution'
            WHEN d:Decision THEN 'decision' ELSE 'document' END AS kind,
       verb, act, paragraph, sentence
ORDER BY act, citing, left(paragraph, 2) DESC, toInteger(substring(paragraph, 2)), verb, sentence
