// Workbench (read): a stamp of the graph's names, so the mention dictionary is rebuilt when names change.
MATCH (n:Entity)
RETURN count(n) AS entities, sum(size(coalesce(n.searchKeys, []))) AS keys, sum(size(coalesce(n.aliases, []))) AS aliases
