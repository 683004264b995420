// Generates synthetic sourced documents of any size: typed entities, claims and relations, every quote real source text.
import type { DocumentManifest } from "@domain/model/document";
import { seededRandom } from "../../../server/layout/seededRandom";

export interface GeneratedDocument {
  /** Folder name of the document, e.g. "doc-00012". */
  folder: string;
  manifest: DocumentManifest;
  text: string;
}

export interface GenerateOptions {
  /** Nodes in the whole graph (entities + claims + sources), approximately. */
  nodes: number;
  /** Nodes per document (one source, the rest entities and claims). */
  nodesPerDocument: number;
  /** Share of a document's relations that reach an entity defined by an earlier document. */
  crossDocumentShare: number;
  /** Seed of the pseudo-random generator: the same options always give the same documents. */
  seed: number;
}

export const DEFAULT_GENERATE_OPTIONS: GenerateOptions = {
  nodes: 10_000,
  nodesPerDocument: 100,
  crossDocumentShare: 0.2,
  seed: 42,
};

const TYPES = [
  ["Organization", "org", 30],
  ["Person", "person", 25],
  ["Government", "gov", 5],
  ["Country", "country", 4],
  ["AIModel", "model", 10],
  ["Product", "product", 10],
  ["Project", "project", 6],
  ["Report", "report", 4],
  ["Policy", "policy", 3],
  ["Media", "media", 3],
] as const;

const RELATIONS = [
  ["WORKS_FOR", "works for"],
  ["DEVELOPED", "developed"],
  ["INVESTS_IN", "invests in"],
  ["COMPETES_WITH", "competes with"],
  ["PARTNERS_WITH", "partners with"],
  ["SUPPLIES", "supplies"],
  ["REGULATES", "regulates"],
  ["CITES", "cites"],
  ["OWNS", "owns"],
  ["FUNDS", "funds"],
] as const;

const FIRST = [
  "Northwind",
  "Silver",
  "Granite",
  "Harbor",
  "Cedar",
  "Summit",
  "Aurora",
  "Meridian",
  "Falcon",
  "Lumen",
  "Quarry",
  "Delta",
  "Orchid",
  "Vertex",
  "Willow",
  "Cobalt",
];
const SECOND = [
  "Analytics",
  "Holdings",
  "Systems",
  "Capital",
  "Labs",
  "Robotics",
  "Networks",
  "Institute",
  "Ventures",
  "Dynamics",
  "Foundry",
  "Partners",
];

/** The seeded generator the data is drawn from (mulberry32, shared with the layout's jitter). */
export { seededRandom };

interface Picked {
  id: string;
  name: string;
}

function pickType(r: number): (typeof TYPES)[number] {
  const total = TYPES.reduce((n, t) => n + t[2], 0);
  let x = r * total;
  for (const t of TYPES) {
    x -= t[2];
    if (x < 0) return t;
  }
  return TYPES[0];
}

const pad = (n: number) => String(n).padStart(5, "0");

/** How a size splits into documents: per document 1 source, ~80% entities, ~20% claims. */
export function documentShape(options: GenerateOptions): { documents: number; entities: number; claims: number } {
  const perDoc = Math.max(5, options.nodesPerDocument);
  const documents = Math.max(1, Math.round(options.nodes / perDoc));
  const body = Math.max(4, Math.round(options.nodes / documents) - 1);
  const claims = Math.max(1, Math.round(body * 0.2));
  return { documents, entities: body - claims, claims };
}

/**
 * Documents in dependency order. Each document defines its entities and claims, and has about two edges per node:
 * relations among its own entities and, for `crossDocumentShare` of them, to hubs of earlier documents; each claim is
 * stated by an entity (or by the source itself) and is about one or two entities. Every edge's quote is one sentence
 * of the generated text, unique in it, so every quote locates exactly.
 */
export function* generateDocuments(partial: Partial<GenerateOptions> = {}): Generator<GeneratedDocument> {
  const options = { ...DEFAULT_GENERATE_OPTIONS, ...partial };
  const random = seededRandom(options.seed);
  const int = (n: number) => Math.floor(random() * n);
  const skewed = (n: number) => Math.floor(n * random() ** 2.2);
  const shape = documentShape(options);
  const hubs: Picked[] = [];
  let serial = 0;
  for (let d = 1; d <= shape.documents; d++) {
    const sourceId = `source:bench-${pad(d)}`;
    const sentences: string[] = [];
    let ref = 0;
    const sentence = (words: string) => {
      ref += 1;
      const quote = `${words} (ref ${d}.${ref})`;
      sentences.push(`${quote}.`);
      return quote;
    };

    const entities: DocumentManifest["entities"] = [];
    for (let i = 0; i < shape.entities; i++) {
      serial += 1;
      const [type, prefix] = pickType(random());
      const name = `${FIRST[int(FIRST.length)]} ${SECOND[int(SECOND.length)]} ${serial}`;
      entities.push({
        id: `${prefix}:bench-${serial}`,
        type,
        name,
        aliases: [],
        description: `A synthetic ${type.toLowerCase()} of bench document ${d}.`,
      });
    }
    const local = entities.map((e) => ({ id: e.id, name: e.name }));
    const external = new Map<string, Picked>();
    const endpoint = (): Picked => {
      if (hubs.length > 0 && random() < options.crossDocumentShare) {
        const hub = hubs[skewed(hubs.length)] as Picked;
        external.set(hub.id, hub);
        return hub;
      }
      return local[skewed(local.length)] as Picked;
    };

    const claims: DocumentManifest["claims"] = [];
    for (let i = 0; i < shape.claims; i++) {
      const about = [local[int(local.length)] as Picked];
      if (random() < 0.5) {
        const second = endpoint();
        if (second.id !== about[0]?.id) about.push(second);
      }
      const stater = random() < 0.85 ? (local[skewed(local.length)] as Picked) : null;
      const billions = 5 + int(995);
      const year = 2020 + int(8);
      const words =
        `${stater ? stater.name : "This report"} estimates that ${about.map((a) => a.name).join(" and ")} ` +
        `will spend ${billions} billion dollars on compute in ${year}`;
      const quote = sentence(words);
      claims.push({
        id: `claim:bench-${pad(d)}-${i + 1}`,
        kind: "figure",
        statement: `${about[0]?.name} will spend ${billions} billion dollars in ${year}`,
        original: quote,
        quantity: { value: billions * 1e9, unit: "currency", currency: "USD", approximate: random() < 0.3 },
        period: { start: String(year) },
        statedBy: stater ? [stater.id] : [],
        about: about.map((a) => a.id),
        evidence: [{ sourceId, quote }],
      });
    }

    // About two edges per node in all: claims bring STATES and ABOUT edges, relations bring the rest.
    const claimEdges = claims.reduce((n, c) => n + 1 + c.about.length, 0);
    const wanted = Math.max(1, 2 * (1 + entities.length + claims.length) - claimEdges);
    const relations: DocumentManifest["relations"] = [];
    const seen = new Set<string>();
    for (let tries = 0; relations.length < wanted && tries < wanted * 4; tries++) {
      const a = local[int(local.length)] as Picked;
      const b = endpoint();
      const [type, verb] = RELATIONS[int(RELATIONS.length)] as (typeof RELATIONS)[number];
      const key = `${a.id}|${type}|${b.id}`;
      if (a.id === b.id || seen.has(key)) continue;
      seen.add(key);
      const quote = sentence(`${a.name} ${verb} ${b.name}`);
      relations.push({
        from: a.id,
        to: b.id,
        type,
        properties: { since: 2000 + int(26) },
        evidence: [{ sourceId, quote }],
      });
    }

    // Paragraphs of eight sentences, as an article would have.
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 8) paragraphs.push(sentences.slice(i, i + 8).join(" "));
    const title = `Synthetic compute spending report ${d}`;
    const text = `${title}\n\n${paragraphs.join("\n\n")}\n`;

    for (let i = 0; i < Math.min(5, local.length); i++) hubs.push(local[i] as Picked);

    yield {
      folder: `doc-${pad(d)}`,
      manifest: {
        source: {
          id: sourceId,
          title,
          language: "en",
          date: `${2020 + (d % 6)}-${String(1 + (d % 12)).padStart(2, "0")}`,
          publisher: "kg-explorer bench",
          cites: [],
          textFile: "text.txt",
        },
        entities,
        claims,
        relations,
        mentions: [],
        externalEntityIds: [...external.keys()],
      },
      text,
    };
  }
}
