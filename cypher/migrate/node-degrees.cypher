// Migrations: gives every entity, claim and source without one its degree (relationships, all types, both directions), in batches of its own transactions.
MATCH (n)
WHERE (n:Entity OR n:Claim OR n:Source) AND n.degree IS NULL
CALL (n) {
  SET n.degree = COUNT { (n)--() }
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(n) AS nodes
