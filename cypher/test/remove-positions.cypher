// Test: removes stored layout positions, so the graph is as the other tests expect it.
MATCH (n)
WHERE n.x IS NOT NULL OR n.y IS NOT NULL
REMOVE n.x, n.y
