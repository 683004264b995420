// Corroboration: which of these source ids name a :Source.
UNWIND $ids AS id
OPTIONAL MATCH (s:Source {id: id})
RETURN collect(DISTINCT s.id) AS found
