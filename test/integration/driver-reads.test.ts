// db.read as an auto-commit query (server/neo4j/driver.ts): the same answers as executeQuery, in one socket write.
import { createRequire } from "node:module";
import neo4j, { routing } from "neo4j-driver";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { deleteNamespace, testDb, testNamespace } from "../helpers/db";

const db = testDb();
const ns = testNamespace();

/** The driver's Node socket channel, whose write() sends one buffer (one or more Bolt messages) to Neo4j. */
const NodeChannel = createRequire(import.meta.url)("neo4j-driver-bolt-connection/lib/channel/node/node-channel.js")
  .default as { prototype: { write: (buffer: unknown) => void } };
const originalWrite = NodeChannel.prototype.write;

/** Counts the socket writes made while `run` runs. */
async function socketWrites(run: () => Promise<unknown>): Promise<number> {
  let writes = 0;
  NodeChannel.prototype.write = function (this: unknown, buffer: unknown) {
    writes += 1;
    return originalWrite.call(this, buffer);
  };
  try {
    await run();
  } finally {
    NodeChannel.prototype.write = originalWrite;
  }
  return writes;
}

afterEach(() => {
  NodeChannel.prototype.write = originalWrite;
});

afterAll(async () => {
  await deleteNamespace(db, ns);
  await db.close();
});

describe("db.read", () => {
  it("should reject a bad query on its first attempt, with Neo4j's code", async () => {
    await db.read("RETURN 1");
    for (const [query, code] of [
      ["MATCH (n RETURN n", "Neo.ClientError.Statement.SyntaxError"],
      ["RETURN $missing", "Neo.ClientError.Statement.ParameterMissing"],
      ["RETURN 1 / 0", "Neo.ClientError.Statement.ArithmeticError"],
    ] as const) {
      const writes = await socketWrites(() => expect(db.read(query)).rejects.toMatchObject({ code }));
      // One attempt (RUN and PULL), then the RESET that clears the connection's failure: not retried.
      expect(writes, query).toBe(2);
    }
  });

  it("should answer what executeQuery answers: keys, integers as integers, floats as floats, Arabic byte-exact", async () => {
    const query = "RETURN 1 AS one, 1.0 AS float, $big AS big, $ar AS ar, [2, 2.5] AS mixed, null AS nothing";
    const params = { big: neo4j.int("9007199254740993"), ar: "بنك أوف أمريكا ‏٦٠٠ مليار" };
    const ours = await db.read(query, params);
    const theirs = await db.driver.executeQuery(query, params, { routing: routing.READ });
    expect(ours.keys).toEqual(theirs.keys);
    expect(ours.records.map((r) => r.toObject())).toEqual(theirs.records.map((r) => r.toObject()));
    const row = ours.records[0];
    expect(neo4j.isInt(row?.get("one"))).toBe(true);
    expect(neo4j.isInt(row?.get("float"))).toBe(false);
    expect(row?.get("big").toString()).toBe("9007199254740993");
    expect(Buffer.from(row?.get("ar"), "utf8").equals(Buffer.from(params.ar, "utf8"))).toBe(true);
    expect(ours.summary.queryType).toBe("r");
    expect(ours.summary.database.name).toBe(theirs.summary.database.name);
  });

  it("should send each read as RUN and PULL in one socket write, where a managed transaction takes three", async () => {
    await db.read("RETURN 1");
    expect(await socketWrites(() => db.read("RETURN 1 AS one"))).toBe(1);
    expect(await socketWrites(() => db.driver.executeQuery("RETURN 1 AS one", {}, { routing: routing.READ }))).toBe(3);
    // Three reads at once, as node details sends them, on pooled connections: three writes, not nine.
    const three = () => Promise.all([1, 2, 3].map((n) => db.read("RETURN $n AS n", { n: neo4j.int(n) })));
    await three();
    expect(await socketWrites(three)).toBe(3);
  });

  it("should see a write made just before it, and refuse to write itself", async () => {
    for (let i = 0; i < 5; i++) {
      const id = `${ns}:read-after-write-${i}`;
      await db.write("CREATE (:ReadAfterWrite {id: $id})", { id });
      const found = await db.read("MATCH (n:ReadAfterWrite {id: $id}) RETURN count(n) AS n", { id });
      expect(neo4j.integer.toNumber(found.records[0]?.get("n"))).toBe(1);
    }
    await expect(db.read("CREATE (:ReadAfterWrite {id: $id})", { id: `${ns}:no` })).rejects.toMatchObject({
      code: expect.stringMatching(/^Neo\.ClientError\.Statement\.AccessMode|WriteOnReadOnlyAccessDbException/),
    });
  });
});
