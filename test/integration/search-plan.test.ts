// Search reads candidates through the text index on searchText, as Neo4j's own plan says, never by reading every
// entity: at a million nodes that scan cost 1.0-1.6 s a search.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";

const db = testDb();
afterAll(() => db.close());

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function operators(plan: PlanNode): Array<{ type: string; details: string }> {
  return [
    { type: plan.operatorType.split("@")[0] ?? "", details: String(plan.arguments.Details ?? "") },
    ...plan.children.flatMap(operators),
  ];
}

const read = (name: string) => readFileSync(join(import.meta.dirname, "../../cypher/read", `${name}.cypher`), "utf8");

describe("the search queries' plans", () => {
  for (const [file, params] of [
    ["search-entities", { key: "tencent", types: null, limit: neo4j.int(400) }],
    ["search-entities", { key: "tencent", types: ["Organization"], limit: neo4j.int(400) }],
    ["search-entities-head", { key: "tencnet", head: "te", lineHead: "\nte", types: null, limit: neo4j.int(400) }],
  ] as const) {
    it(`should read ${file} (types ${JSON.stringify(params.types)}) through the text index, with no scan of every entity`, async () => {
      const result = await db.read(`EXPLAIN ${read(file)}`, params as Record<string, unknown>);
      const ops = operators(result.summary.plan as unknown as PlanNode);
      expect(ops.map((o) => o.type)).not.toContain("NodeByLabelScan");
      expect(ops.map((o) => o.type)).not.toContain("AllNodesScan");
      const seek = ops.find((o) => o.type === "NodeIndexContainsScan");
      expect(seek?.details, JSON.stringify(ops)).toMatch(/TEXT INDEX e:Entity\(searchText\)/);
    });
  }
});
