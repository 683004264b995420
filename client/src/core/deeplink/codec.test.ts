import { describe, expect, it } from "vitest";
import { type CanvasStep, MAX_STEPS } from "../dataset/types";
import { stepsAfter } from "../dataset/utils";
import { getEmptyFiltersState } from "../filters/utils";
import {
  COMPRESS_OVER,
  decodeJson,
  decodeLink,
  encodeJson,
  encodeLink,
  fragmentWith,
  startsWithOverview,
} from "./codec";
import { filtersFromLink, linkFilters } from "./filters";
import { getEmptyLinkState, type LinkState } from "./types";

const step: CanvasStep = {
  query: "MATCH p = (:Organization {name: 'DeepSeek'})-[*..3]-(x) RETURN p",
  params: {},
  mode: "replace",
};

const full: LinkState = {
  steps: [step, { query: "MATCH (n {id: $id}) RETURN n", params: { id: "org:alibaba" }, mode: "add" }],
  selection: { kind: "node", id: "org:deepseek" },
  filters: { hiddenNodeTypes: ["Claim"], singleSourceOnly: true, period: { from: 24300, to: 24311 } },
  language: "ar",
  camera: { x: 0.5123, y: 0.25, ratio: 0.8, angle: 0 },
  positions: { "org:deepseek": [10.04, -3.25], "org:alibaba": [0, 1] },
};

describe("deep link codec", () => {
  it("should read no link from an empty fragment, a token-only fragment or another version", () => {
    expect(decodeLink("")).toBeNull();
    expect(decodeLink("#token=abc")).toBeNull();
    expect(decodeLink("#v=2&q=[]")).toBeNull();
  });

  it("should drop malformed or hostile parts instead of trusting them", () => {
    const link = decodeLink('#v=1&q={"not":"steps"}&sel=x:y&f=~!!!&lang=fr&cam=1,2,-3,0&pos=[1]&extra=1');
    expect(link).toEqual(getEmptyLinkState());
    const tooMany = Array.from({ length: MAX_STEPS + 1 }, () => step);
    expect(decodeLink(`#v=1&q=${encodeURIComponent(JSON.stringify(tooMany))}`)?.steps).toEqual([]);
    expect(decodeJson("~not-deflate")).toBeUndefined();
  });

  it("should round-trip the query, parameters, selection, filters, language, camera and positions", () => {
    const decoded = decodeLink(`#${encodeLink(full)}`);
    expect(decoded).toEqual({ ...full, positions: { "org:deepseek": [10, -3.3], "org:alibaba": [0, 1] } });
  });

  it("should leave out what is empty", () => {
    expect(encodeLink(getEmptyLinkState())).toBe("v=1");
    expect(decodeLink("#v=1")).toEqual(getEmptyLinkState());
  });

  it("should deflate long queries so the link stays short, and read them back", () => {
    const long = `MATCH (n) WHERE n.name IN [${Array.from({ length: 200 }, (_, i) => `'entity number ${i}'`).join(", ")}] RETURN n`;
    const encoded = encodeJson([{ ...step, query: long }]);
    expect(encoded.startsWith("~")).toBe(true);
    expect(encoded.length).toBeLessThan(long.length / 3);
    expect(decodeJson(encoded)).toEqual([{ ...step, query: long }]);
    expect(encodeJson({ short: true }).length).toBeLessThanOrEqual(COMPRESS_OVER);
    const arabic = { ...step, query: `MATCH (n) WHERE n.nameAr = 'ديب سيك' ${" ".repeat(400)}RETURN n` };
    expect(decodeLink(`#${encodeLink({ ...getEmptyLinkState(), steps: [arabic] })}`)?.steps).toEqual([arabic]);
  });

  it("should keep a token that is still in the fragment when writing the link", () => {
    const fragment = fragmentWith("#token=s3cret&v=1&lang=en", { ...getEmptyLinkState(), language: "ar" });
    const params = new URLSearchParams(fragment);
    expect(params.get("token")).toBe("s3cret");
    expect(params.get("lang")).toBe("ar");
    expect(params.getAll("v")).toEqual(["1"]);
  });

  it("should round-trip focus, expansions, collapses and traced paths, and read an older link's query steps", () => {
    const steps: CanvasStep[] = [
      { kind: "neighbors", id: "org:deepseek", mode: "replace", offset: 0 },
      { kind: "neighbors", id: "country:china", mode: "add", offset: 25 },
      { kind: "collapse", id: "country:china" },
      { kind: "paths", from: "org:deepseek", to: "org:alibaba" },
      { ...step, mode: "add" },
    ];
    expect(decodeLink(`#${encodeLink({ ...getEmptyLinkState(), steps })}`)?.steps).toEqual(steps);
    expect(startsWithOverview({ steps })).toBe(false);
    expect(startsWithOverview({ steps: steps.slice(1) })).toBe(true);
    // A step of a kind this version does not know is dropped with the rest of the part, never half-read.
    const unknown = encodeURIComponent(JSON.stringify([{ kind: "teleport", id: "x" }]));
    expect(decodeLink(`#v=1&q=${unknown}`)?.steps).toEqual([]);
  });

  it("should start the canvas over on replace and append on add, up to the cap", () => {
    const add = { ...step, mode: "add" as const };
    expect(stepsAfter(add)([step])).toEqual([step, add]);
    expect(stepsAfter(step)([step, add])).toEqual([step]);
    let steps: CanvasStep[] = [];
    for (let i = 0; i < MAX_STEPS + 3; i++) steps = stepsAfter(add)(steps);
    expect(steps).toHaveLength(MAX_STEPS);
  });

  it("should carry only the filters that differ from the defaults, and restore the rest", () => {
    expect(linkFilters(getEmptyFiltersState())).toEqual({});
    const filters = { ...getEmptyFiltersState(), hiddenRelationTypes: ["CITES"], keepUndated: false };
    expect(linkFilters(filters)).toEqual({ hiddenRelationTypes: ["CITES"], keepUndated: false });
    expect(filtersFromLink(linkFilters(filters))).toEqual(filters);
  });
});
