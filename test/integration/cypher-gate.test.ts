// The read-only gate on the real Neo4j: captured plans still true, plugin functions read and refused, reads still pass.
import request from "supertest";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../../server/config/env";
import { CypherRefusedError } from "../../server/cypherGate/errors";
import { checkPlan } from "../../server/cypherGate/plan";
import { DEFAULT_GATE_OPTIONS } from "../../server/cypherGate/rules";
import { readUserFunctions, userFunctionsOf } from "../../server/cypherGate/userFunctions";
import { createApp } from "../../server/http/app";
import { createLogger } from "../../server/log/logger";
import fixtures from "../fixtures/plans/plans.json";
import { testDb } from "../helpers/db";
import { explain } from "../helpers/explain";
import { readOnlyRows } from "../helpers/readOnly";

const db = testDb();
const app = createApp({
  db,
  connection: inject("neo4j"),
  env: readEnv({ KG_RATE_LIMIT_CYPHER: "100000" }),
  logger: createLogger("silent"),
});
const LIMITS = { timeoutMs: 60_000 };

afterAll(() => db.close());

const decision = (plan: unknown, database: string | undefined) =>
  checkPlan(plan, { ...DEFAULT_GATE_OPTIONS, userFunctions: [], database })?.code ?? null;

describe("the captured plans (test/fixtures/plans)", () => {
  it.each(fixtures.map((f) => [f.name, f] as const))("should still be what Neo4j plans for %s", async (_, fixture) => {
    const live = await explain(db, fixture.query, { fromId: "org:deepseek", toId: "org:alibaba" });
    expect(live.queryType).toBe(fixture.queryType);
    expect(decision(live.plan, live.database)).toBe(decision(fixture.plan, fixture.database));
  });
});

describe("user-defined functions", () => {
  it("should refuse, through runReadOnly, a function the server lists as not built in", async () => {
    // vector.similarity.cosine is built in; given as the server's list it stands for a plugin's function.
    const query = "RETURN vector.similarity.cosine([1.0, 2.0], [2.0, 1.0]) AS s";
    const refused = readOnlyRows(db, query, {}, LIMITS, { userFunctions: ["vector.similarity.cosine"] });
    await expect(refused).rejects.toBeInstanceOf(CypherRefusedError);
    await expect(refused).rejects.toMatchObject({ refusal: "CYPHER_FUNCTION_NOT_ALLOWED" });
    const allowed = await readOnlyRows(db, query, {}, LIMITS, {
      userFunctions: ["vector.similarity.cosine"],
      functionAllowlist: ["vector.similarity.*"],
    });
    expect(allowed).toHaveLength(1);
  });

  it("should read the server's non-built-in functions with SHOW FUNCTIONS (none on the local server)", async () => {
    const names = await readUserFunctions(db);
    expect(Array.isArray(names)).toBe(true);
    for (const name of names) expect(name).toMatch(/\./);
    if (inject("neo4j").route !== "env") expect(names).toEqual([]);
    expect(await userFunctionsOf(db)).toEqual(names);
  });
});

describe("reads through POST /api/cypher", () => {
  it.each([
    ["CALL db.labels()", "CALL db.labels() YIELD label RETURN label"],
    ["db.relationshipTypes", "CALL db.relationshipTypes()"],
    ["db.propertyKeys", "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey"],
    ["db.schema.*", "CALL db.schema.nodeTypeProperties()"],
    ["fulltext", "CALL db.index.fulltext.queryNodes('entity_names', 'DeepSeek') YIELD node, score RETURN node, score"],
    ["CALL { } subquery", "MATCH (n:Entity) CALL (n) { MATCH (n)--(m) RETURN count(m) AS d } RETURN n.id, d LIMIT 5"],
    [
      "CALL { } with UNION",
      "CALL { MATCH (n:Entity) RETURN n.id AS id UNION MATCH (c:Claim) RETURN c.id AS id } RETURN count(id)",
    ],
    [
      "shortestPath",
      "MATCH (a:Entity {id: 'org:deepseek'}), (b:Entity {id: 'org:alibaba'}) MATCH p = shortestPath((a)-[*..6]-(b)) RETURN p",
    ],
    ["SHORTEST", "MATCH p = SHORTEST 1 (:Entity {id: 'org:deepseek'})-[]-+(:Entity {id: 'org:alibaba'}) RETURN p"],
    ["quantified path", "MATCH (:Entity {id: 'org:deepseek'}) ((x)-[r]->(y)){1,2} (b) RETURN b LIMIT 5"],
    ["UNION", "MATCH (n:Entity) RETURN n.id AS id LIMIT 2 UNION MATCH (c:Claim) RETURN c.id AS id LIMIT 2"],
    ["OPTIONAL MATCH", "MATCH (n:Entity) OPTIONAL MATCH (n)-[r:DEVELOPED]->(m) RETURN n.id, m.id LIMIT 5"],
    ["EXISTS {}", "MATCH (n:Entity) WHERE EXISTS { (n)-[:DEVELOPED]->() } RETURN n.id"],
    ["COUNT {}", "MATCH (n:Entity) RETURN n.id, COUNT { (n)--() } AS degree ORDER BY degree DESC LIMIT 3"],
    ["COLLECT {}", "MATCH (n:Entity {id: 'org:deepseek'}) RETURN COLLECT { MATCH (n)--(m) RETURN m.id } AS ids"],
    [
      "list comprehension",
      "WITH [1, 2, 3] AS l RETURN [x IN l WHERE x > 1 | x * 2] AS m, reduce(s = 0, x IN l | s + x) AS t",
    ],
    ["pattern comprehension", "MATCH (n:Entity {id: 'org:deepseek'}) RETURN [(n)-->(m) | m.id] AS ids"],
    ["UNWIND", "UNWIND range(1, 3) AS x RETURN x"],
    [
      "comments, no-break spaces and an escaped letter",
      "MATCH\u00a0(n:Entity) /* read */ // only\nRETURN n.id AS i\\u0064 LIMIT 1",
    ],
    [
      "keywords in strings and names",
      "MATCH (n:Entity) WHERE n.name <> 'LOAD CSV; SHOW USERS' RETURN n.id AS `CREATE` LIMIT 1",
    ],
  ])("should run %s", async (_, query) => {
    const res = await request(app).post("/api/cypher").send({ query });
    expect(res.status, `${res.body.code}: ${res.body.detail}`).toBe(200);
    expect(res.body.rows.length).toBeGreaterThan(0);
  });
});
