// Tests: puts back the properties a snapshot recorded for each id'd node.
UNWIND $rows AS row
MATCH (n)
WHERE n.id = row.id
SET n = row.properties
