import { describe, expect, it } from "vitest";
import { parseStreamLine } from "./parseLine";

const node = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  attributes: { kind: "entity", type: "Person", label: key, sourceIds: ["s1"], ...extra },
});
const edge = (key: string) => ({
  key,
  source: "a",
  target: "b",
  attributes: {
    type: "KNOWS",
    evidence: [{ sourceId: "s1", quote: "a knows b", start: 0, end: 9 }],
    sourceIds: ["s1"],
  },
});
const line = (value: unknown) => parseStreamLine(JSON.stringify(value));

describe("parseStreamLine", () => {
  it("should reject text that is not JSON", () => {
    expect(parseStreamLine("{nope").ok).toBe(false);
  });

  it("should reject a node chunk with an item that has no key", () => {
    expect(line({ kind: "nodes", nodes: [node("a"), { attributes: node("b").attributes }] }).ok).toBe(false);
  });

  it("should reject an edge chunk with an item that has no ends", () => {
    const { source: _s, ...noSource } = edge("e2");
    expect(line({ kind: "edges", edges: [edge("e1"), noSource] }).ok).toBe(false);
  });

  it("should reject a chunk whose first item the schema rejects", () => {
    expect(line({ kind: "nodes", nodes: [node("a", { kind: "planet" })] }).ok).toBe(false);
  });

  it("should reject a small line the schema rejects", () => {
    expect(line({ kind: "end", truncated: "no" }).ok).toBe(false);
  });

  it("should accept chunks and fill a missing sourceIds with []", () => {
    const { sourceIds: _ids, ...bare } = node("b").attributes;
    const parsed = line({ kind: "nodes", nodes: [node("a"), { key: "b", attributes: bare }] });
    expect(parsed.ok && parsed.line.kind === "nodes" && parsed.line.nodes[1]?.attributes.sourceIds).toEqual([]);
    expect(line({ kind: "edges", edges: [edge("e1"), edge("e2")] }).ok).toBe(true);
  });

  it("should accept the start and end lines", () => {
    const totals = { nodes: 2, edges: 1 };
    expect(line({ kind: "end", truncated: false, totals, sent: totals }).ok).toBe(true);
  });
});
