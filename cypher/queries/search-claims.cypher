// title: Search claims by words
// description: Claims whose English statement or original wording matches the words (fulltext, any language), best match first, with who states them and the quotes.
// param: text string "Words to look for, e.g. ديب سيك or capital spending" example "ديب سيك"
CALL db.index.fulltext.queryNodes('claim_texts', $text) YIELD node AS c, score
RETURN
  c,
  score,
  COLLECT { MATCH p = (actor)-[:STATES]->(c) RETURN p } AS statedBy,
  c.statement AS statement,
  c.original AS original,
  c.quotes AS quotes
ORDER BY score DESC
LIMIT 50
