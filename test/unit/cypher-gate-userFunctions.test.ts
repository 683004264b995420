// The cache of the server's user-defined functions: one read per TTL and Db, failures not kept (a fake clock, no I/O).
import { describe, expect, it } from "vitest";
import { cachedUserFunctions } from "../../server/cypherGate/userFunctions";
import type { Db } from "../../server/neo4j/driver";

const fakeDb = () => ({}) as Db;

function setup(answers: Array<readonly string[] | Error>) {
  let clock = 0;
  let reads = 0;
  const read = async () => {
    const answer = answers[Math.min(reads++, answers.length - 1)] as readonly string[] | Error;
    if (answer instanceof Error) throw answer;
    return answer;
  };
  const of = cachedUserFunctions(read, 1000, () => clock);
  return { of, reads: () => reads, tick: (ms: number) => (clock += ms) };
}

describe("cachedUserFunctions", () => {
  it("should pass a failed read on and not keep it, so the next query asks again", async () => {
    const { of, reads } = setup([new Error("Neo4j down"), ["apoc.text.join"]]);
    const db = fakeDb();
    await expect(of(db)).rejects.toThrow("Neo4j down");
    await expect(of(db)).resolves.toEqual(["apoc.text.join"]);
    expect(reads()).toBe(2);
  });

  it("should read once per Db within the TTL, shared by concurrent callers", async () => {
    const { of, reads, tick } = setup([["a.f"], ["a.f", "b.g"]]);
    const db = fakeDb();
    const [x, y] = await Promise.all([of(db), of(db)]);
    expect(x).toEqual(["a.f"]);
    expect(y).toBe(x);
    tick(999);
    await of(db);
    expect(reads()).toBe(1);
    await of(fakeDb());
    expect(reads()).toBe(2);
  });

  it("should read again once the TTL has passed", async () => {
    const { of, reads, tick } = setup([["a.f"], ["a.f", "b.g"]]);
    const db = fakeDb();
    await of(db);
    tick(1000);
    await expect(of(db)).resolves.toEqual(["a.f", "b.g"]);
    expect(reads()).toBe(2);
  });
});
