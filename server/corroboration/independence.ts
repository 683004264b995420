// The independence rule: which sources a source derives from, which pairs depend on each other, and how many are independent.
import type { IndependenceAnswer, SourcePair } from "@domain/contracts/corroboration";
import { normalizeKey } from "@domain/text/normalize";
import type { CitedWorkFacts, SourceFacts, SourceMarkFacts } from "./types";

/**
 * Something a source's information comes from: the document itself, its publisher, or a work it cites (and what that
 * work comes from, when the work is itself a source in the graph). `why` completes a sentence about the source.
 */
export interface Origin {
  key: string;
  why: string;
}

/** A cited or published URL's identity as the WHATWG URL parser reads it: host without "www.", path, query. */
export function urlKey(url: string): string | undefined {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, "");
    const path = u.pathname.replace(/\/+$/, "");
    return `url:${host}${path}${u.search}`;
  } catch {
    return undefined;
  }
}

const publisherKey = (publisher: string | undefined): string | undefined => {
  const k = publisher === undefined ? "" : normalizeKey(publisher);
  return k === "" ? undefined : `publisher:${k}`;
};

const quoted = (title: string) => `«${title}»`;

/** The keys that say which document a source is: its id, the entity it is, its URL. */
function identityKeys(s: SourceFacts): string[] {
  const keys = [`source:${s.id}`];
  if (s.entityId) keys.push(`entity:${s.entityId}`);
  const u = s.url ? urlKey(s.url) : undefined;
  if (u) keys.push(u);
  return keys;
}

/** The keys of a cited work that is not a source in the graph: its entity, else its URL, else its title. */
function workKeys(w: CitedWorkFacts): string[] {
  const keys: string[] = [];
  if (w.entityId) keys.push(`entity:${w.entityId}`);
  const u = w.url ? urlKey(w.url) : undefined;
  if (u) keys.push(u);
  if (keys.length === 0) {
    const t = normalizeKey(w.title);
    if (t !== "") keys.push(`work:${t}`);
  }
  return keys;
}

/**
 * Every source's origins (docs/model.md, Independence): itself (its id, the entity it is, its URL), its publisher,
 * and each work it cites with that work's publisher. A cited work that is itself a source in the graph (its
 * `entityId` or URL is the work's) brings all of that source's origins too, transitively, so a document citing an
 * article that cites a report also derives from the report. Pure; cycles of citation end.
 */
export function originsOf(sources: readonly SourceFacts[]): Map<string, Origin[]> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const byKey = new Map<string, SourceFacts>();
  for (const s of sources) for (const k of identityKeys(s).slice(1)) if (!byKey.has(k)) byKey.set(k, s);
  const resolve = (w: CitedWorkFacts): SourceFacts | undefined => {
    for (const k of workKeys({ ...w, title: "" })) {
      const found = byKey.get(k);
      if (found) return found;
    }
    return undefined;
  };

  const origins = new Map<string, Map<string, string>>();
  const cited = new Map<string, SourceFacts[]>();
  for (const s of sources) {
    const own = new Map<string, string>();
    for (const k of identityKeys(s)) own.set(k, "is this document");
    const p = publisherKey(s.publisher);
    if (p) own.set(p, `is published by ${s.publisher}`);
    const resolved: SourceFacts[] = [];
    for (const w of s.cites) {
      const target = resolve(w);
      if (target && target.id !== s.id) {
        resolved.push(target);
        continue;
      }
      for (const k of workKeys(w)) if (!own.has(k)) own.set(k, `cites ${quoted(w.title)}`);
      const wp = publisherKey(w.publisher);
      if (wp && !own.has(wp)) own.set(wp, `cites ${quoted(w.title)}, published by ${w.publisher}`);
    }
    origins.set(s.id, own);
    cited.set(s.id, resolved);
  }
  // Each cited source's origins flow into its citers until nothing changes (at most one pass per link of a chain).
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of sources) {
      const own = origins.get(s.id) as Map<string, string>;
      for (const target of cited.get(s.id) ?? []) {
        const theirs = origins.get(target.id) as Map<string, string>;
        for (const [k, why] of theirs) {
          if (own.has(k)) continue;
          own.set(
            k,
            why === "is this document"
              ? `cites ${quoted(target.title)}`
              : `cites ${quoted(target.title)}, which ${why}`,
          );
          changed = true;
        }
      }
    }
  }
  const out = new Map<string, Origin[]>();
  for (const [id, own] of origins)
    if (byId.has(id))
      out.set(
        id,
        [...own].map(([key, why]) => ({ key, why })),
      );
  return out;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

export interface Dependence {
  dependent: boolean;
  reason: string;
  mark?: SourceMarkFacts | undefined;
}

export interface Independence {
  /** Each known source's origins. */
  readonly origins: ReadonlyMap<string, readonly Origin[]>;
  /** The researchers' marks, one per pair (the latest when a pair was stored twice). */
  readonly marks: readonly SourceMarkFacts[];
  /** Whether two sources depend on each other, and why: a mark wins; else a shared origin; one document is one. */
  dependence(a: string, b: string): Dependence;
  /** How many of these sources are independent: the size of a largest set of them no two of which depend on each other. */
  count(sourceIds: readonly string[]): number;
  /** One largest set of mutually independent sources among these, in their given order. */
  independentSet(sourceIds: readonly string[]): string[];
  /** The answer of GET /api/independence: the count, one largest set, every pair with its reason, the origins. */
  explain(sourceIds: readonly string[]): IndependenceAnswer;
}

/** Exact search up to this many mutually dependent sources of one cluster on one edge; greedy beyond (a lower bound). */
export const EXACT_LIMIT = 24;
const MEMO_LIMIT = 50_000;

/**
 * The independence view over every source and mark. Sources sharing an origin, or marked dependent, fall in one
 * cluster (union-find), so sources of different clusters are independent at the cost of a map lookup each. A cluster
 * whose members all share one origin and hold no "independent" mark counts once; any other cluster is solved exactly
 * for the sources at hand (a maximum independent set, memoised). Sources the view does not know count as their own.
 */
export function buildIndependence(sources: readonly SourceFacts[], marks: readonly SourceMarkFacts[]): Independence {
  const origins = originsOf(sources);
  const titles = new Map(sources.map((s) => [s.id, s.title]));
  const keySets = new Map<string, Set<string>>();
  for (const [id, list] of origins) keySets.set(id, new Set(list.map((o) => o.key)));

  const markByPair = new Map<string, SourceMarkFacts>();
  for (const m of marks) {
    const k = pairKey(m.a, m.b);
    const known = markByPair.get(k);
    if (m.a !== m.b && (known === undefined || m.at > known.at)) markByPair.set(k, m);
  }

  // Union-find over source ids: shared origin keys and "dependent" marks join clusters.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = parent.get(x) ?? x;
    while (root !== (parent.get(root) ?? root)) root = parent.get(root) ?? root;
    let y = x;
    while (y !== root) {
      const next = parent.get(y) ?? y;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    // The smaller id becomes the root, so clusters are the same whatever the order of the unions.
    if (ra < rb) parent.set(rb, ra);
    else if (rb < ra) parent.set(ra, rb);
  };
  const firstWithKey = new Map<string, string>();
  for (const [id, keys] of keySets) {
    parent.set(id, parent.get(id) ?? id);
    for (const k of keys) {
      const first = firstWithKey.get(k);
      if (first === undefined) firstWithKey.set(k, id);
      else union(first, id);
    }
  }
  for (const m of markByPair.values()) {
    if (m.verdict === "dependent" && keySets.has(m.a) && keySets.has(m.b)) union(m.a, m.b);
  }

  // A cluster is "one origin" when every member shares some key and no pair inside is marked independent.
  const common = new Map<string, Set<string> | null>();
  for (const [id, keys] of keySets) {
    const root = find(id);
    const c = common.get(root);
    if (c === undefined) common.set(root, new Set(keys));
    else if (c !== null) {
      for (const k of c) if (!keys.has(k)) c.delete(k);
      if (c.size === 0) common.set(root, null);
    }
  }
  const oneOrigin = new Set<string>();
  for (const [root, c] of common) if (c !== null && c.size > 0) oneOrigin.add(root);
  for (const m of markByPair.values()) {
    if (m.verdict === "independent" && keySets.has(m.a) && keySets.has(m.b)) oneOrigin.delete(find(m.a));
  }

  // Each known source's cluster, resolved once: an edge's support then costs a map lookup per source.
  const rootById = new Map<string, string>();
  for (const id of keySets.keys()) rootById.set(id, find(id));
  const rootOf = (id: string) => rootById.get(id) ?? `?${id}`;

  const dependence = (a: string, b: string): Dependence => {
    if (a === b) return { dependent: true, reason: "the same document" };
    const mark = markByPair.get(pairKey(a, b));
    if (mark) {
      return {
        dependent: mark.verdict === "dependent",
        reason: `marked ${mark.verdict} by ${mark.by} on ${mark.at}${mark.note ? `: ${mark.note}` : ""}`,
        mark,
      };
    }
    const ka = keySets.get(a);
    const kb = keySets.get(b);
    if (ka && kb) {
      for (const o of origins.get(a) ?? []) {
        if (!kb.has(o.key)) continue;
        const theirs = (origins.get(b) ?? []).find((x) => x.key === o.key);
        const ta = quoted(titles.get(a) ?? a);
        const tb = quoted(titles.get(b) ?? b);
        if (theirs?.why === "is this document") return { dependent: true, reason: `${ta} ${o.why}` };
        if (o.why === "is this document") return { dependent: true, reason: `${tb} ${theirs?.why ?? ""}`.trim() };
        return { dependent: true, reason: `${ta} ${o.why}, and ${tb} ${theirs?.why ?? "shares it"}` };
      }
    }
    return {
      dependent: false,
      reason: "neither cites the other, and they share no publisher and no cited work",
    };
  };

  const memo = new Map<string, string[]>();

  /** A largest independent set of a few sources of one cluster: exact branch and bound, greedy past EXACT_LIMIT. */
  const solve = (ids: readonly string[]): string[] => {
    const memoKey = [...ids].sort().join("\n");
    const known = memo.get(memoKey);
    if (known) return known;
    const n = ids.length;
    const adjacent: number[][] = ids.map(() => []);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (dependence(ids[i] as string, ids[j] as string).dependent) {
          (adjacent[i] as number[]).push(j);
          (adjacent[j] as number[]).push(i);
        }
      }
    }
    let best: number[] = [];
    if (n <= EXACT_LIMIT) {
      const search = (candidates: number[], chosen: number[]) => {
        if (chosen.length + candidates.length <= best.length) return;
        const [v, ...rest] = candidates;
        if (v === undefined) {
          best = chosen;
          return;
        }
        const nv = new Set(adjacent[v]);
        search(
          rest.filter((u) => !nv.has(u)),
          [...chosen, v],
        );
        if ((adjacent[v] as number[]).some((u) => rest.includes(u))) search(rest, chosen);
      };
      search(
        ids.map((_, i) => i),
        [],
      );
    } else {
      const left = new Set(ids.map((_, i) => i));
      while (left.size > 0) {
        let pick = -1;
        let degree = Number.POSITIVE_INFINITY;
        for (const v of left) {
          const d = (adjacent[v] as number[]).filter((u) => left.has(u)).length;
          if (d < degree) [pick, degree] = [v, d];
        }
        best.push(pick);
        left.delete(pick);
        for (const u of adjacent[pick] as number[]) left.delete(u);
      }
    }
    const chosen = best.sort((x, y) => x - y).map((i) => ids[i] as string);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(memoKey, chosen);
    return chosen;
  };

  const independentSet = (sourceIds: readonly string[]): string[] => {
    const ids = [...new Set(sourceIds)];
    if (ids.length <= 1) return ids;
    const byRoot = new Map<string, string[]>();
    for (const id of ids) {
      const root = rootOf(id);
      const list = byRoot.get(root);
      if (list) list.push(id);
      else byRoot.set(root, [id]);
    }
    const chosen = new Set<string>();
    for (const [root, members] of byRoot) {
      if (members.length === 1 || oneOrigin.has(root)) chosen.add(members[0] as string);
      else for (const id of solve(members)) chosen.add(id);
    }
    return ids.filter((id) => chosen.has(id));
  };

  const count = (sourceIds: readonly string[]): number => {
    const n = sourceIds.length;
    if (n <= 1) return n;
    if (n === 2) {
      const [a, b] = sourceIds as [string, string];
      if (a === b) return 1;
      const ra = rootOf(a);
      if (ra !== rootOf(b)) return 2;
      if (oneOrigin.has(ra)) return 1;
      return dependence(a, b).dependent ? 1 : 2;
    }
    // The common cases need no set: every source in a cluster of its own, or shared clusters of one origin each
    // (each counts once), so the count is the number of distinct clusters.
    if (n <= 8) {
      const roots = sourceIds.map(rootOf);
      let distinct = 0;
      let simple = true;
      for (let i = 0; i < n && simple; i++) {
        const root = roots[i] as string;
        let seen = false;
        for (let j = 0; j < i && !seen; j++) seen = roots[j] === root;
        if (!seen) distinct += 1;
        else simple = sourceIds[i] !== sourceIds[roots.indexOf(root)] ? oneOrigin.has(root) : true;
      }
      if (simple) return distinct;
    }
    return independentSet(sourceIds).length;
  };

  const explain = (sourceIds: readonly string[]): IndependenceAnswer => {
    const ids = [...new Set(sourceIds)];
    const pairs: SourcePair[] = [];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i] as string, ids[j] as string];
        const d = dependence(a, b);
        pairs.push({
          a,
          b,
          dependent: d.dependent,
          reason: d.reason,
          ...(d.mark
            ? {
                mark: {
                  verdict: d.mark.verdict,
                  by: d.mark.by,
                  at: d.mark.at,
                  ...(d.mark.note ? { note: d.mark.note } : {}),
                },
              }
            : {}),
        });
      }
    }
    const chosen = independentSet(ids);
    return {
      sourceIds: ids,
      independentSupport: chosen.length,
      independentSourceIds: chosen,
      pairs,
      origins: Object.fromEntries(
        ids.map((id) => [
          id,
          [...new Set((origins.get(id) ?? [{ key: "", why: "is not a source in the graph" }]).map((o) => o.why))],
        ]),
      ),
    };
  };

  return {
    origins,
    marks: [...markByPair.values()],
    dependence,
    count,
    independentSet,
    explain,
  };
}
