// Hostile Cypher against POST /api/cypher on the real Neo4j: every query refused, the graph unchanged, blow-ups stopped.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import { graphChecksum } from "../helpers/checksum";
import { deleteNamespace, testDb, testNamespace } from "../helpers/db";

const db = testDb();
const ns = testNamespace();
const appWith = (timeoutMs?: number) =>
  createApp({
    db,
    connection: inject("neo4j"),
    env: readEnv({
      KG_RATE_LIMIT_CYPHER: "100000",
      ...(timeoutMs === undefined ? {} : { KG_CYPHER_TIMEOUT_MS: String(timeoutMs) }),
    }),
    logger: createLogger("silent"),
  });
/** The default timeout: a refusal never turns into a 504 because the machine is busy. */
const app = appWith();

afterAll(async () => {
  await deleteNamespace(db, ns);
  await db.close();
});

/** [what it tries, the query, the status it must get]. 403: refused by the gate; 400: not even valid Cypher. */
const HOSTILE: Array<[string, string, 400 | 403]> = [
  ["CREATE", "CREATE (n:Hacked {id: 'x'}) RETURN n", 403],
  ["MERGE", "MERGE (n:Hacked {id: 'x'}) RETURN n", 403],
  ["SET", "MATCH (n) SET n.hacked = true RETURN count(n)", 403],
  ["DETACH DELETE", "MATCH (n) DETACH DELETE n", 403],
  ["DELETE", "MATCH ()-[r]->() DELETE r", 403],
  ["REMOVE property", "MATCH (n) REMOVE n.name RETURN count(n)", 403],
  ["REMOVE label", "MATCH (n:Entity) REMOVE n:Entity RETURN count(n)", 403],
  ["LOAD CSV from a file", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", 403],
  ["LOAD CSV from a URL", "LOAD CSV WITH HEADERS FROM 'https://example.com/x.csv' AS row RETURN row", 403],
  ["USE system", "USE system SHOW USERS", 403],
  ["USE a database", "USE neo4j MATCH (n) RETURN n LIMIT 1", 403],
  ["SHOW USERS", "SHOW USERS", 403],
  ["SHOW DATABASES", "SHOW DATABASES", 403],
  ["SHOW TRANSACTIONS", "SHOW TRANSACTIONS", 403],
  ["TERMINATE", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 403],
  ["CREATE DATABASE", "CREATE DATABASE hacked", 403],
  ["DROP DATABASE", "DROP DATABASE neo4j", 403],
  ["ALTER USER", "ALTER USER neo4j SET PASSWORD 'hacked-password'", 403],
  ["GRANT", "GRANT ROLE admin TO neo4j", 403],
  ["DENY", "DENY READ {*} ON GRAPH * TO PUBLIC", 403],
  ["REVOKE", "REVOKE ROLE admin FROM neo4j", 403],
  ["START DATABASE", "START DATABASE neo4j", 403],
  ["STOP DATABASE", "STOP DATABASE neo4j", 403],
  ["CREATE INDEX", "CREATE INDEX hacked FOR (n:Entity) ON (n.hacked)", 403],
  ["DROP CONSTRAINT", "DROP CONSTRAINT entity_id IF EXISTS", 403],
  ["dbms.* procedure", "CALL dbms.security.createUser('hacker', 'hacked-password', false)", 403],
  ["dbms.components outside the allowlist", "CALL dbms.components()", 403],
  ["apoc.* procedure", "CALL apoc.cypher.runWrite('CREATE (:Hacked)', {})", 403],
  ["db.* write procedure", "CALL db.createLabel('Hacked')", 403],
  ["db.index.fulltext outside the allowlist", "CALL db.index.fulltext.drop('entity_search')", 403],
  ["procedure with spaced name", "CALL db . createLabel('Hacked')", 403],
  ["procedure with quoted name", "CALL `db`.`createLabel`('Hacked')", 403],
  ["allowed procedure feeding a write", "CALL db.labels() YIELD label CREATE (:Hacked {label: label})", 403],
  ["CALL {} IN TRANSACTIONS", "CALL { CREATE (:Hacked) } IN TRANSACTIONS", 403],
  ["CALL (n) {} IN TRANSACTIONS OF", "MATCH (n) CALL (n) { SET n.hacked = 1 } IN TRANSACTIONS OF 10 ROWS", 403],
  ["write subquery", "WITH 1 AS x CALL { CREATE (:Hacked) } RETURN x", 403],
  ["write in UNION", "MATCH (n) RETURN 1 AS x LIMIT 1 UNION CREATE (m:Hacked) RETURN 2 AS x", 403],
  ["two statements", "MATCH (n) RETURN n LIMIT 1; CREATE (:Hacked)", 403],
  ["statement hidden after a line comment", "MATCH (n) RETURN n LIMIT 1; // harmless\nCREATE (:Hacked)", 403],
  ["semicolon in a block comment", "RETURN 1 /* ; */ ; CREATE ()", 403],
  ["semicolon in a string", "RETURN '; CREATE (:Hacked)' AS s; CREATE (:Hacked)", 403],
  ["escaped quote in a string", "RETURN 'it\\'s; fine' AS s; MATCH (n) DETACH DELETE n", 403],
  ["unterminated comment", "MATCH (n) RETURN n /* CREATE (:Hacked)", 403],
  ["comment before a write", "/* read only, promise */ CREATE (:Hacked)", 403],
  ["line comment before a write", "// just a read\nMERGE (:Hacked {id: 'x'})", 403],
  ["mixed case", "cReAtE (:Hacked)", 403],
  ["tabs and newlines", "MATCH (n)\n\tSET\r\n  n.hacked = 1", 403],
  ["no-break space", "CREATE\u00a0(:Hacked)", 403],
  ["zero-width space", "\u200bCREATE (:Hacked)", 400],
  ["fullwidth letters", "\uff23\uff32\uff25\uff21\uff34\uff25 (:Hacked)", 400],
  ["FOREACH with CREATE", "FOREACH (x IN [1] | CREATE (:Hacked))", 403],
  ["FOREACH with SET", "MATCH (n) FOREACH (x IN [1] | SET n.hacked = true)", 403],
  ["EXPLAIN wrapper", "EXPLAIN CREATE (:Hacked)", 403],
  ["PROFILE wrapper", "PROFILE MATCH (n) DETACH DELETE n", 403],
  ["CYPHER options before a write", "CYPHER runtime=slotted CREATE (:Hacked)", 403],
];

describe("hostile Cypher on POST /api/cypher", () => {
  it("should hold at least 30 hostile queries", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  it("should refuse every hostile query and leave the database byte-for-byte unchanged", async () => {
    const before = await graphChecksum(db);
    const answers: Array<[string, number, string]> = [];
    for (const [what, query] of HOSTILE) {
      const res = await request(app).post("/api/cypher").send({ query });
      expect(res.headers["content-type"], what).toMatch(/^application\/problem\+json/);
      answers.push([what, res.status, res.body.code]);
    }
    expect(answers).toEqual(HOSTILE.map(([what, , status]) => [what, status, expect.any(String)]));
    expect(await graphChecksum(db)).toEqual(before);
  });

  it("should treat hostile-looking parameters as plain values", async () => {
    const before = await graphChecksum(db);
    const res = await request(app)
      .post("/api/cypher")
      .send({ query: "MATCH (n) WHERE n.id = $id RETURN n", params: { id: "x' }) DETACH DELETE n //" } });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([]);
    expect(await graphChecksum(db)).toEqual(before);
  });
});

describe("a cartesian blow-up", () => {
  /** Five-way product of every node, filtered so the count store cannot answer it: ~10^12 rows, never finishes. */
  const BLOW_UP = "MATCH (a),(b),(c),(d),(e) WHERE a.id <> e.id RETURN count(*) AS n";
  const hasty = appWith(1000);
  const patient = appWith(600_000);
  const servers: Server[] = [];

  async function serve(on: typeof app): Promise<string> {
    const server = await new Promise<Server>((resolve) => {
      const s = on.listen(0, "127.0.0.1", () => resolve(s));
    });
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const running = async () =>
    (
      await db.read(
        "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.purpose = 'cypher-gate' " +
          "AND currentQuery CONTAINS 'MATCH (a),(b),(c),(d),(e)' RETURN currentQuery",
      )
    ).records.length;

  beforeAll(async () => {
    // 300 extra nodes make the 5-way product about 10^12 rows, far beyond any timeout.
    await db.write("UNWIND range(1, 300) AS i CREATE (:BlowUpProbe {id: $prefix + toString(i)})", { prefix: `${ns}:` });
  });

  afterAll(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("should be stopped by the query timeout with 504 CYPHER_TIMEOUT", async () => {
    const base = await serve(hasty);
    const res = await fetch(`${base}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: BLOW_UP }),
    });
    expect(res.status).toBe(504);
    expect((await res.json()).code).toBe("CYPHER_TIMEOUT");
  });

  it("should let /api/health answer 200 while the blow-up is still running in Neo4j", async () => {
    const base = await serve(patient);
    const controller = new AbortController();
    let settled = false;
    const blowUp = fetch(`${base}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: BLOW_UP }),
      signal: controller.signal,
    })
      .catch((error: Error) => error.name)
      .finally(() => {
        settled = true;
      });
    try {
      await expect.poll(running, { timeout: 30_000, interval: 100 }).toBe(1);
      const health = await fetch(`${base}/api/health`);
      expect(health.status).toBe(200);
      expect((await health.json()).status).toBe("ok");
      // Health answered while the blow-up was still going: it is unanswered and Neo4j still runs it.
      expect(settled).toBe(false);
      expect(await running()).toBe(1);
    } finally {
      controller.abort();
      expect(await blowUp).toBe("AbortError");
      await expect.poll(running, { timeout: 30_000, interval: 100 }).toBe(0);
    }
  });
});
