import type { PathsResponse } from "@domain/contracts/api";
import { describe, expect, it } from "vitest";
import {
  activePath,
  bestEvidence,
  chainSteps,
  chainText,
  getEmptyTraceState,
  isolate,
  setTraceFrom,
  setTraceTo,
  showPath,
  swapTraceEnds,
  traceLoaded,
} from "./utils";

const ev = (quote: string, gloss: string) => [{ sourceId: "doc", quote, start: 0, end: quote.length, gloss }];
const result: PathsResponse = {
  from: "org:deepseek",
  to: "org:alibaba",
  via: "entities",
  graph: { attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes: [], edges: [] },
  paths: [
    {
      nodes: ["org:deepseek", "country:china", "org:alibaba"],
      length: 2,
      steps: [
        {
          key: "d|BASED_IN|c",
          source: "org:deepseek",
          target: "country:china",
          type: "BASED_IN",
          direction: "forward",
          attributes: { type: "BASED_IN", evidence: ev("الصينية", "Chinese"), sourceIds: ["doc"] },
        },
        {
          key: "a|BASED_IN|c",
          source: "org:alibaba",
          target: "country:china",
          type: "BASED_IN",
          direction: "backward",
          attributes: { type: "BASED_IN", evidence: ev("في الصين", "in China"), sourceIds: ["doc"] },
        },
      ],
    },
    { nodes: ["org:deepseek", "org:alibaba"], length: 1, steps: [] },
  ],
};
const labels: Record<string, string> = {
  "org:deepseek": "DeepSeek",
  "country:china": "China",
  "org:alibaba": "Alibaba",
};
const labelOf = (id: string) => labels[id] ?? id;

describe("trace", () => {
  it("should ignore an answer for ends the user has since changed", () => {
    const state = setTraceTo("org:tencent")(setTraceFrom("org:deepseek")(getEmptyTraceState()));
    expect(traceLoaded(result)(state)).toBe(state);
  });

  it("should show the first path and clamp the choice of another", () => {
    const state = traceLoaded(result)(setTraceTo("org:alibaba")(setTraceFrom("org:deepseek")(getEmptyTraceState())));
    expect(activePath(state)?.length).toBe(2);
    expect(showPath(9)(state).active).toBe(1);
    expect(showPath(-3)(state).active).toBe(0);
    expect(showPath(1)(getEmptyTraceState()).active).toBe(0);
  });

  it("should clear the answer when the ends change or swap", () => {
    const state = traceLoaded(result)(setTraceTo("org:alibaba")(setTraceFrom("org:deepseek")(getEmptyTraceState())));
    const swapped = swapTraceEnds()(state);
    expect(swapped).toMatchObject({ from: "org:alibaba", to: "org:deepseek", result: null, status: "idle" });
  });

  it("should read a path out as a chain of evidence, arrows following each relation", () => {
    const steps = chainSteps(result.paths[0] as PathsResponse["paths"][number], labelOf);
    expect(steps.map((s) => [s.fromLabel, s.direction, s.toLabel])).toEqual([
      ["DeepSeek", "forward", "China"],
      ["China", "backward", "Alibaba"],
    ]);
    const text = chainText(steps);
    expect(text.replace(/[\u2068\u2069]/g, "")).toBe(
      "DeepSeek → China (based in: «الصينية» “Chinese”) ← Alibaba (based in: «في الصين» “in China”)",
    );
    // Every name and quote is isolated, so the Arabic cannot reorder the English around it.
    expect(text).toContain(`«${isolate("الصينية")}»`);
    expect(text.startsWith(isolate("DeepSeek"))).toBe(true);
    expect(chainText([])).toBe("");
  });
});

describe("bestEvidence", () => {
  const quote = (q: string) => ({ quote: q });
  const zhao = ["Matty Zhao", "ماتي تشاو", "تشاو"];
  const china = ["China", "الصين"];

  it("should give nothing for no evidence, and the longest when no quote names either end", () => {
    expect(bestEvidence([], zhao, china)).toBeUndefined();
    expect(bestEvidence([quote("x"), quote("yz")], zhao, china)?.quote).toBe("yz");
    expect(bestEvidence([quote("x"), quote("y")], zhao, china)?.quote).toBe("x");
  });

  it("should prefer a quote naming both ends, then the shortest naming one, in either script", () => {
    const weak = quote("ويؤكد ماتي تشاو أن");
    const one = quote("ماتي تشاو، الرئيس المشارك لأبحاث الأسهم");
    const both = quote("يشير ماتي تشاو إلى أن الاهتمام المتزايد في الصين بالذكاء الاصطناعي");
    expect(bestEvidence([weak, one, both], zhao, china)).toBe(both);
    expect(bestEvidence([one, weak], zhao, china)).toBe(weak);
    expect(bestEvidence([quote("nothing"), one], zhao, [])).toBe(one);
  });
});
