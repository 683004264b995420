// `npx tsx test/bench/cli/corroboration.ts [--nodes N]`: the corroboration view's cost at scale, without Neo4j.

import type { FigureClaimFacts, SourceFacts } from "../../../server/corroboration/types";
import { buildCorroborationView, type Corroboration, NO_CORROBORATION } from "../../../server/corroboration/view";
import { edgeAttributes } from "../../../server/mappers/edges";
import type { PlainRelationship } from "../../../server/mappers/types";
import { generateDocuments, seededRandom } from "../data/generate";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => void, rounds = 5): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Builds the view from the bench generator's documents (as generated, one publisher; then a publisher each with a
 * tenth citing an earlier document) and maps two edges per node with and without independent support. Prints a
 * markdown table of medians, in ms of wall time.
 */
function main(argv: string[]): void {
  const at = argv.indexOf("--nodes");
  const nodes = at >= 0 ? Number(argv[at + 1]) : 100_000;
  const docs = [...generateDocuments({ nodes })];
  const random = seededRandom(7);
  const claims: FigureClaimFacts[] = docs.flatMap((d) =>
    d.manifest.claims.flatMap((c) =>
      c.kind === "figure" && c.quantity
        ? [
            {
              id: c.id,
              subject: c.about[0] as string,
              unit: c.quantity.unit,
              currency: c.quantity.currency,
              value: c.quantity.value,
              min: c.quantity.min,
              max: c.quantity.max,
              approximate: c.quantity.approximate,
              periodStart: c.period?.start,
              periodEnd: c.period?.end,
              sourceIds: [d.manifest.source.id],
            },
          ]
        : [],
    ),
  );
  const ids = docs.map((d) => d.manifest.source.id);
  // As generated, every bench document has one publisher; the second case gives each its own and lets a tenth cite
  // an earlier document (by the entity it is), so clusters are many and small.
  const onePublisher: SourceFacts[] = docs.map((d) => ({
    id: d.manifest.source.id,
    title: d.manifest.source.title,
    publisher: d.manifest.source.publisher,
    cites: [],
  }));
  const manyPublishers: SourceFacts[] = docs.map((d, i) => ({
    id: d.manifest.source.id,
    title: d.manifest.source.title,
    publisher: `Publisher ${i}`,
    entityId: `report:doc-${i}`,
    cites: i > 0 && random() < 0.1 ? [{ title: "earlier", entityId: `report:doc-${Math.floor(random() * i)}` }] : [],
  }));
  // Two edges per node, each with one to three pieces of evidence from random documents.
  const edges: PlainRelationship[] = [];
  for (let i = 0; i < 2 * nodes; i++) {
    const n = 1 + Math.floor(random() * 3);
    const sourceIds = Array.from({ length: n }, () => ids[Math.floor(random() * ids.length)] as string);
    edges.push({
      elementId: `r${i}`,
      type: "RELATES_TO",
      startNodeElementId: "a",
      endNodeElementId: "b",
      properties: {
        sourceIds,
        quotes: sourceIds.map(() => "a quote"),
        starts: sourceIds.map(() => 0),
        ends: sourceIds.map(() => 7),
        glosses: sourceIds.map(() => ""),
      },
    });
  }
  const mapAll = (corroboration: Corroboration) => () => {
    for (const e of edges) edgeAttributes(e, corroboration);
  };
  const lines = [
    `| ${nodes} nodes: ${docs.length} sources, ${claims.length} figure claims, ${edges.length} edges | median of 5 |`,
    "| --- | --- |",
  ];
  const bare = time(mapAll(NO_CORROBORATION));
  lines.push(`| map every edge, distinct sources only | ${bare.toFixed(0)} ms |`);
  for (const [name, sources] of [
    ["one publisher", onePublisher],
    ["a publisher each, a tenth citing", manyPublishers],
  ] as const) {
    const build = time(() => buildCorroborationView({ sources: [...sources], marks: [], claims }), 3);
    const view = buildCorroborationView({ sources: [...sources], marks: [], claims });
    const mapped = time(mapAll(view));
    lines.push(`| ${name}: build the view | ${build.toFixed(0)} ms (${view.groups.length} groups) |`);
    lines.push(
      `| ${name}: map every edge with independent support | ${mapped.toFixed(0)} ms (${(mapped / bare).toFixed(2)}×) |`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

main(process.argv.slice(2));
