// Independent support on the wire and in exports, without Neo4j: mapped once, carried by the data formats, never stored.
import { COMPUTED_ATTRIBUTES } from "@domain/contracts/corroboration";
import { WireGraph } from "@domain/contracts/wire";
import { nodeProperties } from "@domain/export/stored";
import { writeCsvZip } from "@domain/export/writers/csv";
import { writeCypherScript } from "@domain/export/writers/cypherScript";
import { writeGexf } from "@domain/export/writers/gexf";
import { writeGraphml } from "@domain/export/writers/graphml";
import { writeJson } from "@domain/export/writers/json";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import Graph from "graphology";
import * as gexf from "graphology-gexf";
import * as graphml from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { withIndependentSupport } from "../../server/corroboration/annotate";
import { buildCorroborationView } from "../../server/corroboration/view";
import { buildWireGraph } from "../../server/mappers/buildWireGraph";
import { edgeAttributes } from "../../server/mappers/edges";
import { nodeAttributes } from "../../server/mappers/nodes";
import type { PlainNode, PlainRelationship } from "../../server/mappers/types";
import { manifest, valid } from "../helpers/documents";

const view = buildCorroborationView({
  sources: [
    { id: "seed", title: "Seed", cites: [{ title: "Report", entityId: "report:r" }] },
    { id: "derived", title: "Derived", cites: [{ title: "Report", entityId: "report:r" }] },
    { id: "wire", title: "Wire", publisher: "Meridian Wire", cites: [] },
  ],
  marks: [],
  claims: [
    {
      id: "claim:a",
      subject: "project:stargate",
      unit: "currency",
      currency: "USD",
      value: 500e9,
      approximate: true,
      periodStart: "2025",
      periodEnd: "2028",
      sourceIds: ["seed"],
    },
    {
      id: "claim:b",
      subject: "project:stargate",
      measure: "planned-investment",
      unit: "currency",
      currency: "USD",
      value: 500e9,
      approximate: true,
      periodStart: "2025",
      periodEnd: "2028",
      sourceIds: ["wire"],
    },
  ],
});

const lists = (sourceIds: string[]) => ({
  sourceIds,
  quotes: sourceIds.map((s) => `quote in ${s}`),
  starts: sourceIds.map(() => 0),
  ends: sourceIds.map(() => 5),
  glosses: sourceIds.map(() => ""),
});
const entity = (elementId: string, id: string): PlainNode => ({
  elementId,
  labels: ["Entity", "Person"],
  properties: { id, name: id, type: "Person", sourceIds: ["seed"] },
});
const worksFor = (sourceIds: string[], extra: Record<string, unknown> = {}): PlainRelationship => ({
  elementId: "r1",
  type: "WORKS_FOR",
  startNodeElementId: "e1",
  endNodeElementId: "e2",
  properties: { ...lists(sourceIds), ...extra },
});
const claimNode = (id: string, sourceIds: string[]): PlainNode => ({
  elementId: `c-${id}`,
  labels: ["Claim"],
  properties: {
    id,
    kind: "figure",
    statement: id,
    value: 500e9,
    unit: "currency",
    currency: "USD",
    ...lists(sourceIds),
  },
});

describe("independent support on the wire", () => {
  it("should refuse, at ingest, a relation property that would pass for a computed attribute", () => {
    const withProperty = manifest((m) => {
      const [relation] = m.relations as { properties: Record<string, unknown> }[];
      if (relation) relation.properties.independentSupport = 5;
    });
    expect(() => valid(withProperty)).toThrow(/independentSupport.*is computed by the explorer, never stored/);
  });

  it("should count an edge's quotes in independent sources, a computed value winning over a stored one", () => {
    expect(edgeAttributes(worksFor(["seed", "seed"]), view).independentSupport).toBe(1);
    expect(edgeAttributes(worksFor(["seed", "derived"]), view)).toMatchObject({
      sourceIds: ["seed", "derived"],
      independentSupport: 1,
    });
    expect(edgeAttributes(worksFor(["seed", "wire", "derived"], { independentSupport: 99 }), view)).toMatchObject({
      independentSupport: 2,
    });
  });

  it("should give claim nodes their independent support, group and status, and sources their stored marks", () => {
    expect(nodeAttributes(claimNode("claim:a", ["seed", "derived"]), view)).toMatchObject({
      independentSupport: 1,
      claimGroup: view.claimGroup("claim:a")?.id,
      corroboration: "corroborated",
    });
    expect(nodeAttributes(claimNode("claim:unknown", ["seed"]), view)).not.toHaveProperty("claimGroup");
    const source = nodeAttributes(
      {
        elementId: "s1",
        labels: ["Source"],
        properties: {
          id: "seed",
          title: "Seed",
          entityId: "report:seed",
          citedTitles: ["Report"],
          citedEntityIds: ["report:r"],
          markedSourceIds: ["wire"],
          markVerdicts: ["dependent"],
          markedBy: ["tester"],
          markedAt: ["2026-11-30T10:00:00.000Z"],
          markNotes: [""],
        },
      },
      view,
    );
    expect(source).toMatchObject({
      entityId: "report:seed",
      citedTitles: ["Report"],
      citedEntityIds: ["report:r"],
      markedSourceIds: ["wire"],
      markNotes: [""],
    });
  });

  it("should give a graph built without the view (a Cypher worker's) the same support once it comes back", () => {
    const nodes = [entity("e1", "person:a"), entity("e2", "org:b"), claimNode("claim:a", ["seed", "derived"])];
    const rels = [worksFor(["seed", "wire", "derived"])];
    const inWorker = buildWireGraph(nodes, rels, null);
    expect(inWorker.edges[0]?.attributes).not.toHaveProperty("independentSupport");
    expect(inWorker.nodes[2]?.attributes).not.toHaveProperty("independentSupport");
    expect(withIndependentSupport(inWorker, view)).toEqual(buildWireGraph(nodes, rels, view));
  });

  it("should pass the shared wire schema", () => {
    const graph = buildWireGraph([entity("e1", "person:a"), entity("e2", "org:b")], [worksFor(["seed", "wire"])], view);
    expect(WireGraph.parse(graph).edges[0]?.attributes.independentSupport).toBe(2);
  });
});

describe("independent support in exports", () => {
  const wire = buildWireGraph(
    [entity("e1", "person:a"), entity("e2", "org:b"), claimNode("claim:a", ["seed"])],
    [worksFor(["seed", "derived", "wire"])],
    view,
  );
  const input = { graph: wire, sources: [{ id: "seed", title: "Seed" }], generatedAt: "2026-11-30T00:00:00.000Z" };
  const text = (chunks: Iterable<string | Uint8Array>) =>
    [...chunks].map((c) => (typeof c === "string" ? c : strFromU8(c))).join("");

  it("should carry it in GEXF, GraphML and graphology JSON, as their own readers read them back", () => {
    const fromGexf = gexf.parse(Graph, text(writeGexf(input)));
    const fromGraphml = graphml.parse(Graph, text(writeGraphml(input)));
    const fromJson = new Graph({ multi: true });
    fromJson.import(JSON.parse(text(writeJson(input))));
    for (const g of [fromGexf, fromGraphml, fromJson]) {
      expect(Number(g.getEdgeAttribute(g.edges()[0], "independentSupport"))).toBe(2);
      expect(Number(g.getNodeAttribute("claim:a", "independentSupport"))).toBe(1);
      expect(g.getNodeAttribute("claim:a", "corroboration")).toBe("corroborated");
    }
  });

  it("should carry it as a column of the spreadsheet CSV, as a CSV reader reads it", () => {
    const chunks = [...writeCsvZip(input)];
    const zip = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      zip.set(c, at);
      at += c.length;
    }
    const files = unzipSync(zip);
    const read = (name: string) =>
      parse(strFromU8(files[name] as Uint8Array), { bom: true, columns: true }) as Record<string, string>[];
    expect(read("edges.csv").map((row) => row.independentSupport)).toEqual(["2"]);
    const claim = read("nodes.csv").find((row) => row.key === "claim:a");
    expect(claim).toMatchObject({ independentSupport: "1", corroboration: "corroborated" });
  });

  it("should never store it from the Cypher script, which keeps only what it is computed from", () => {
    const script = text(writeCypherScript(input));
    for (const name of COMPUTED_ATTRIBUTES) expect(script).not.toContain(`\`${name}\``);
    expect(script).toContain("`sourceIds`");
    const props = nodeProperties("claim:a", wire.nodes[2]?.attributes as Record<string, unknown>);
    expect(Object.keys(props).filter((k) => COMPUTED_ATTRIBUTES.has(k))).toEqual([]);
  });
});
