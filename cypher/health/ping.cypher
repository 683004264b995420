// The liveness probe's ping: the cheapest query that still needs the database to answer; reads nothing.
RETURN 1 AS ok
