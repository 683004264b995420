// One source with its full text and metadata.
MATCH (s:Source {id: $id})
RETURN s
