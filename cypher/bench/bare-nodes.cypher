// Bench baseline: creates nodes with one label and their properties, nothing checked or merged.
UNWIND $rows AS row
CREATE (n:$(row.label))
SET n = row.properties
