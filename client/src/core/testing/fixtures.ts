// A small wire graph for the state functions' unit tests: two actors, a relation, and claims with periods.

import type { WireGraph } from "@domain/model";
import { MultiDirectedGraph } from "graphology";

const evidence = (quote: string, start: number, sourceId = "doc-a") => [
  { sourceId, quote, start, end: start + quote.length, gloss: `gloss of ${quote}` },
];

export function smallWire(): WireGraph {
  return {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: [
      {
        key: "person:zhao",
        attributes: { kind: "entity", type: "Person", label: "Matty Zhao", labelAr: "ماتي تشاو", sourceIds: ["doc-a"] },
      },
      {
        key: "org:bofa",
        attributes: {
          kind: "entity",
          type: "Organization",
          label: "Bank of America",
          labelAr: "بنك أوف أمريكا",
          sourceIds: ["doc-a"],
        },
      },
      { key: "media:scmp", attributes: { kind: "entity", type: "Media", label: "SCMP", sourceIds: ["doc-a"] } },
      {
        key: "country:china",
        attributes: {
          kind: "entity",
          type: "Country",
          label: "China",
          labelAr: "الصين",
          sourceIds: ["doc-a", "doc-b"],
        },
      },
      {
        key: "claim:capex",
        attributes: {
          kind: "claim",
          type: "Claim",
          label: "Capex",
          statement: "China's AI capex will reach 600 billion yuan in 2025.",
          original: "من المتوقع أن يصل الإنفاق",
          periodStart: "2025",
          sourceIds: ["doc-a"],
        },
      },
      {
        key: "claim:gov",
        attributes: {
          kind: "claim",
          type: "Claim",
          label: "Gov",
          statement: "Government invests 400 billion yuan.",
          periodStart: "2024-Q4",
          sourceIds: ["doc-b"],
        },
      },
      {
        key: "claim:undated",
        attributes: { kind: "claim", type: "Claim", label: "Undated", statement: "A race.", sourceIds: ["doc-a"] },
      },
    ],
    edges: [
      {
        key: "person:zhao|WORKS_FOR|org:bofa",
        source: "person:zhao",
        target: "org:bofa",
        attributes: { type: "WORKS_FOR", evidence: evidence("ماتي تشاو", 10), sourceIds: ["doc-a"] },
      },
      {
        key: "person:zhao|STATES|claim:capex",
        source: "person:zhao",
        target: "claim:capex",
        attributes: { type: "STATES", evidence: evidence("يشير", 5), sourceIds: ["doc-a"] },
      },
      {
        key: "person:zhao|STATES|claim:undated",
        source: "person:zhao",
        target: "claim:undated",
        attributes: { type: "STATES", evidence: evidence("سباق", 50), sourceIds: ["doc-a"] },
      },
      {
        key: "media:scmp|STATES|claim:gov",
        source: "media:scmp",
        target: "claim:gov",
        attributes: { type: "STATES", evidence: evidence("وفقًا", 70, "doc-b"), sourceIds: ["doc-b"] },
      },
      {
        key: "claim:capex|ABOUT|country:china",
        source: "claim:capex",
        target: "country:china",
        attributes: { type: "ABOUT", evidence: evidence("الصين", 30), sourceIds: ["doc-a"] },
      },
      {
        key: "claim:gov|ABOUT|country:china",
        source: "claim:gov",
        target: "country:china",
        attributes: { type: "ABOUT", evidence: evidence("الصين", 30, "doc-b"), sourceIds: ["doc-b"] },
      },
      {
        key: "claim:gov|ABOUT|org:bofa",
        source: "claim:gov",
        target: "org:bofa",
        attributes: { type: "ABOUT", evidence: evidence("بنك", 40, "doc-b"), sourceIds: ["doc-b"] },
      },
      {
        key: "org:bofa|COVERS|country:china",
        source: "org:bofa",
        target: "country:china",
        attributes: {
          type: "COVERS",
          evidence: [...evidence("الصين", 30), ...evidence("الصين", 90, "doc-b")],
          sourceIds: ["doc-a", "doc-b"],
        },
      },
    ],
  };
}

/** A neighbors page: China with two new neighbors and one already known. */
export function chinaNeighbors(): WireGraph {
  return {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: [
      { key: "country:china", attributes: { kind: "entity", type: "Country", label: "China", sourceIds: [] } },
      { key: "org:alibaba", attributes: { kind: "entity", type: "Organization", label: "Alibaba", sourceIds: [] } },
      { key: "org:tencent", attributes: { kind: "entity", type: "Organization", label: "Tencent", sourceIds: [] } },
      {
        key: "org:bofa",
        attributes: { kind: "entity", type: "Organization", label: "Bank of America", sourceIds: [] },
      },
    ],
    edges: [
      {
        key: "org:alibaba|BASED_IN|country:china",
        source: "org:alibaba",
        target: "country:china",
        attributes: { type: "BASED_IN", evidence: evidence("علي بابا", 1), sourceIds: ["doc-a"] },
      },
      {
        key: "org:tencent|BASED_IN|country:china",
        source: "org:tencent",
        target: "country:china",
        attributes: { type: "BASED_IN", evidence: evidence("تنسنت", 1), sourceIds: ["doc-a"] },
      },
    ],
  };
}

/** A neighbors page of Alibaba, reached after expanding China. */
export function alibabaNeighbors(): WireGraph {
  return {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: [
      { key: "org:alibaba", attributes: { kind: "entity", type: "Organization", label: "Alibaba", sourceIds: [] } },
      {
        key: "project:capex-plan",
        attributes: { kind: "entity", type: "Project", label: "Capex plan", sourceIds: [] },
      },
    ],
    edges: [
      {
        key: "org:alibaba|ANNOUNCED|project:capex-plan",
        source: "org:alibaba",
        target: "project:capex-plan",
        attributes: { type: "ANNOUNCED", evidence: evidence("أعلنت", 1), sourceIds: ["doc-a"] },
      },
    ],
  };
}

/** Four nodes: a triangle a → b → c → a with a tail c → d, for layout and placement tests. */
export function triangle(): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  for (const k of ["a", "b", "c", "d"]) g.addNode(k, { size: 5 });
  g.addEdge("a", "b");
  g.addEdge("b", "c");
  g.addEdge("c", "a");
  g.addEdge("c", "d");
  return g;
}
