// The bare sigma page of the bench: fetch the same NDJSON stream, build the graph, draw it with sigma's defaults.
import Graph from "graphology";
import Sigma from "sigma";

interface Line {
  kind: string;
  nodes?: Array<{ key: string; attributes: { x?: number; y?: number; label?: string } }>;
  edges?: Array<{ key: string; source: string; target: string }>;
}

declare global {
  interface Window {
    __bare?: { firstFrame: number; nodes: number; edges: number };
    /** One full frame of the bare page (ms): sigma re-reads the graph and draws it, until the next animation frame. */
    __bareFrame?: () => Promise<number>;
  }
}

async function main() {
  // The same stream the app opens on: the bench puts its query (the limit, the overview's at scale) on this page's URL.
  const text = await (await fetch(`/api/graph/stream${window.location.search}`)).text();
  const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
  for (const raw of text.split("\n")) {
    if (!raw) continue;
    const line = JSON.parse(raw) as Line;
    for (const n of line.nodes ?? []) {
      graph.addNode(n.key, { x: n.attributes.x ?? 0, y: n.attributes.y ?? 0, label: n.attributes.label, size: 3 });
    }
    for (const e of line.edges ?? []) graph.addEdgeWithKey(e.key, e.source, e.target, { size: 1 });
  }
  const container = document.getElementById("graph") as HTMLElement;
  const sigma = new Sigma(graph, container);
  window.__bareFrame = () =>
    new Promise<number>((done) =>
      requestAnimationFrame(() => {
        const t0 = performance.now();
        sigma.refresh();
        requestAnimationFrame(() => done(performance.now() - t0));
      }),
    );
  requestAnimationFrame(() => {
    window.__bare = { firstFrame: performance.now(), nodes: graph.order, edges: graph.size };
  });
}

void main();
