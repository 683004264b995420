// The citations an image carries: a readable bibliography and, as JSON, every drawn edge's evidence.
import type { CitedSource } from "@domain/contracts/api";
import type { ExportInput } from "@domain/export/types";
import { evidenceOf, GENERATOR } from "@domain/export/types";

/** "[src:x] Title. Publisher, 2025-11-26. https://…" per source. */
export function bibliographyLines(sources: readonly CitedSource[]): string[] {
  return sources.map((s) => {
    const tail = [s.publisher, s.date].filter((x) => x !== undefined && x !== "").join(", ");
    return `[${s.id}] ${s.title}.${tail ? ` ${tail}.` : ""}${s.url ? ` ${s.url}` : ""}`;
  });
}

/** The JSON an image embeds: the bibliography, and for every edge and claim its evidence. */
export function citationsJson(input: ExportInput): string {
  const edges = input.graph.edges
    .map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      type: e.attributes.type,
      evidence: evidenceOf(e.attributes),
    }))
    .filter((e) => e.evidence.length > 0);
  const nodes = input.graph.nodes
    .map((n) => ({ key: n.key, label: n.attributes.label, evidence: evidenceOf(n.attributes) }))
    .filter((n) => n.evidence.length > 0);
  return JSON.stringify({ generator: GENERATOR, generatedAt: input.generatedAt, sources: input.sources, edges, nodes });
}
