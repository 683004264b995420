// Maps a plain Neo4j node to its graph key (the domain id, else the elementId) and its wire attributes.
import type { WireNodeAttributes } from "@domain/contracts/wire";
import type { Corroboration } from "../corroboration/view";
import { evidenceFromProperties } from "./evidence";
import type { PlainNode } from "./types";

const MODEL_LABELS = new Set(["Entity", "Claim", "Source"]);
const CLAIM_FIELDS = [
  "statement",
  "original",
  "unit",
  "currency",
  "periodStart",
  "periodEnd",
  "measure",
  "subject",
  // A researcher's grouping decision (stored, so an export that rebuilds the graph keeps it).
  "groupDecision",
  "groupDecisionBy",
  "groupDecisionAt",
  "groupDecisionNote",
] as const;
const CLAIM_NUMBERS = ["value", "min", "max"] as const;
const SOURCE_FIELDS = ["language", "date", "publisher", "url", "entityId"] as const;
/**
 * What independence is computed from besides publisher, URL and entityId: the works a source cites and researchers'
 * marks on pairs of sources, stored as parallel lists (docs/model.md), sent so that an export keeps them.
 */
const SOURCE_LISTS = [
  "citedTitles",
  "citedPublishers",
  "citedUrls",
  "citedEntityIds",
  "markedSourceIds",
  "markVerdicts",
  "markedBy",
  "markedAt",
  "markNotes",
] as const;
const LABEL_MAX = 90;

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** Node keys are the domain ids, so the same node has the same key in every answer. */
export function nodeKey(node: PlainNode): string {
  const id = node.properties.id;
  return typeof id === "string" && id !== "" ? id : node.elementId;
}

/**
 * A node's key within one answer: its domain id, unless another node of the answer holds that key already (two nodes
 * with one id, possibly under different labels), then its elementId (unique in the database), then the elementId with
 * `#2`, `#3`… (a domain id may spell another node's elementId). Never a duplicate, so graphology always imports.
 */
export function uniqueNodeKey(node: PlainNode, taken: ReadonlySet<string>): string {
  let key = nodeKey(node);
  if (taken.has(key)) key = node.elementId;
  for (let i = 2; taken.has(key); i++) key = `${node.elementId}#${i}`;
  return key;
}

/** Keys the nodes of one answer with uniqueNodeKey, each call taking the key it returns. */
export function nodeKeyer(): (node: PlainNode) => string {
  const taken = new Set<string>();
  return (node) => {
    const key = uniqueNodeKey(node, taken);
    taken.add(key);
    return key;
  };
}

export function shorten(text: string, max = LABEL_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A claim's computed attributes: its independent support and, for a grouped figure, its group and that group's status. */
export function claimCorroboration(
  claimId: string,
  sourceIds: readonly string[],
  corroboration: Corroboration,
): Pick<WireNodeAttributes, "independentSupport" | "claimGroup" | "corroboration"> {
  const group = corroboration.claimGroup(claimId);
  return {
    independentSupport: corroboration.independentSupport(sourceIds),
    ...(group ? { claimGroup: group.id, corroboration: group.status } : {}),
  };
}

/**
 * A node's wire attributes. A claim also carries `independentSupport` (independent sources among its evidence) and,
 * when it is a figure in a group, `claimGroup` (the group's id) and `corroboration` (the group's status), all read
 * from `corroboration` (docs/model.md, Corroboration); none of them when it is null (a worker thread's graph, given
 * them by withIndependentSupport).
 */
export function nodeAttributes(node: PlainNode, corroboration: Corroboration | null): WireNodeAttributes {
  // The stored layout position (npm run layout, POST /api/layout), when the node has one; added in place, not spread
  // into a copy of every node's attributes: the same keys in the same order.
  const attrs = kindAttributes(node, corroboration);
  const { x, y } = node.properties;
  if (typeof x === "number" && typeof y === "number") {
    attrs.x = x;
    attrs.y = y;
  }
  return attrs;
}

function kindAttributes(node: PlainNode, corroboration: Corroboration | null): WireNodeAttributes {
  const p = node.properties;
  if (node.labels.includes("Claim")) {
    const sourceIds = [...new Set(strings(p.sourceIds))];
    const attrs: WireNodeAttributes = {
      kind: "claim",
      type: "Claim",
      label: shorten(str(p.statement) ?? nodeKey(node)),
      sourceIds,
    };
    for (const f of CLAIM_FIELDS) if (str(p[f])) attrs[f] = str(p[f]);
    for (const f of CLAIM_NUMBERS) if (typeof p[f] === "number") attrs[f] = p[f];
    if (typeof p.kind === "string") attrs.claimKind = p.kind;
    if (typeof p.approximate === "boolean") attrs.approximate = p.approximate;
    attrs.evidence = evidenceFromProperties(p);
    if (corroboration) Object.assign(attrs, claimCorroboration(nodeKey(node), sourceIds, corroboration));
    return attrs;
  }
  if (node.labels.includes("Source")) {
    const attrs: WireNodeAttributes = {
      kind: "source",
      type: "Source",
      label: str(p.title) ?? nodeKey(node),
      sourceIds: [nodeKey(node)],
    };
    for (const f of SOURCE_FIELDS) if (str(p[f])) attrs[f] = str(p[f]);
    for (const f of SOURCE_LISTS) if (Array.isArray(p[f]) && p[f].length > 0) attrs[f] = strings(p[f]);
    return attrs;
  }
  const type = str(p.type) ?? node.labels.find((l) => !MODEL_LABELS.has(l)) ?? node.labels[0] ?? "Node";
  const attrs: WireNodeAttributes = {
    kind: "entity",
    type,
    label: str(p.name) ?? str(p.title) ?? nodeKey(node),
    sourceIds: strings(p.sourceIds),
  };
  if (str(p.nameAr)) attrs.labelAr = str(p.nameAr);
  const aliases = strings(p.aliases);
  if (aliases.length > 0) attrs.aliases = aliases;
  if (str(p.description)) attrs.description = str(p.description);
  return attrs;
}
