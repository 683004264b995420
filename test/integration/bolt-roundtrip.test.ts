import { afterAll, describe, expect, it } from "vitest";
import { deleteNamespace, testDb, testNamespace } from "../helpers/db";

const db = testDb();
const ns = testNamespace();

afterAll(async () => {
  await deleteNamespace(db, ns);
  await db.close();
});

describe("the provisioned Neo4j", () => {
  it("should refuse a query with a syntax error, naming the position", async () => {
    await expect(db.read("MATCH (n RETURN n")).rejects.toMatchObject({ code: "Neo.ClientError.Statement.SyntaxError" });
  });

  it("should be a real Neo4j 5.26 server", async () => {
    const result = await db.read("CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition");
    expect(result.records[0]?.get("v")).toMatch(/^5\.26\./);
  });

  it("should write and read back Arabic text byte-exact through Bolt", async () => {
    const text = "الولاياتالمتحدة و الصين — 600 مليار يوان";
    await db.write("CREATE (:RoundTrip {id: $id, text: $text})", { id: `${ns}:ar`, text });
    const result = await db.read("MATCH (n:RoundTrip {id: $id}) RETURN n.text AS text", { id: `${ns}:ar` });
    const back = result.records[0]?.get("text") as string;
    expect(Buffer.from(back, "utf8").equals(Buffer.from(text, "utf8"))).toBe(true);
  });
});
