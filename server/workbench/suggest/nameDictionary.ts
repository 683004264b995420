// The graph's name dictionary for mention suggestions: built in a worker thread from every entity's names and
// aliases, cached, and rebuilt when the graph's names change (a stamp read at each look-up says when).
import { Worker } from "node:worker_threads";
import { cypher } from "../../neo4j/cypherFiles";
import type { Db } from "../../neo4j/driver";
import type { MentionHit, NamedEntity } from "./mentions";
import type { MentionReply } from "./mentionWorker";

const WORKER_URL = new URL("./mentionWorker.ts", import.meta.url).href;
/** The worker is TypeScript: register tsx's loader inside it first, whatever started this process (tsx, vitest). */
const BOOTSTRAP = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`;

export interface DictionaryInfo {
  /** Names and aliases in the automaton (after dropping too-short keys). */
  names: number;
  entities: number;
  /** How long building the automaton took, in ms. */
  buildMs: number;
  /** When it was built, ISO 8601. */
  builtAt: string;
}

interface Built {
  stamp: string;
  worker: Worker;
  info: DictionaryInfo;
  pending: Map<number, { resolve: (hits: MentionHit[]) => void; reject: (error: Error) => void }>;
}

/** Starts a worker on these entities and resolves once its automaton is ready. */
function startWorker(entities: NamedEntity[], stamp: string): Promise<Built> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { entities } });
    worker.unref();
    const pending: Built["pending"] = new Map();
    let built: Built | undefined;
    worker.on("message", (message: MentionReply) => {
      if (message.kind === "ready") {
        const info = {
          names: message.names,
          entities: message.entities,
          buildMs: Math.round(message.buildMs),
          builtAt: new Date().toISOString(),
        };
        built = { stamp, worker, info, pending };
        resolve(built);
        return;
      }
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.kind === "found") waiter?.resolve(message.hits);
      else waiter?.reject(new Error(`mention matching failed: ${message.message}`));
    });
    const fail = (error: Error) => {
      for (const w of pending.values()) w.reject(error);
      pending.clear();
      if (built === undefined) reject(error);
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`the mention worker exited (${code})`)));
  });
}

export interface NameDictionary {
  /**
   * Mentions of known entities in `text` (UTF-16 offsets). The first look-up waits for the dictionary. When the
   * graph's names changed (or after `invalidate`), a look-up on a dictionary of WAIT_BELOW_ENTITIES or more answers
   * from the one it has (`info.stale: true`) while the new one is built in its worker (tens of seconds at 100k
   * entities: `npx tsx test/bench/cli/mentions.ts`), and from the new one once it is ready; a smaller one waits.
   */
  find(text: string): Promise<{ hits: MentionHit[]; info: DictionaryInfo & { stale: boolean } }>;
  /** The names changed (a commit or retract): the next look-up starts a rebuild even if the counts are the same. */
  invalidate(): void;
  close(): Promise<void>;
}

/** Terminates a worker once the look-ups already sent to it are answered. */
function retire(built: Built): void {
  if (built.pending.size === 0) {
    void built.worker.terminate();
    return;
  }
  const check = setInterval(() => {
    if (built.pending.size > 0) return;
    clearInterval(check);
    void built.worker.terminate();
  }, 50);
  check.unref();
}

function lookUp(built: Built, id: number, text: string): Promise<MentionHit[]> {
  return new Promise<MentionHit[]>((resolve, reject) => {
    built.pending.set(id, { resolve, reject });
    built.worker.postMessage({ id, text });
  });
}

/**
 * Below this many entities a look-up waits for the rebuild (about a second at most: 1,000 entities build in 1.3 s
 * here under load), so a name committed a moment ago is suggested at once; from it on, the previous dictionary
 * answers while the new one is built (100,000 entities: 20–75 s). A count, not a clock: the choice does not depend
 * on the machine's speed.
 */
export const WAIT_BELOW_ENTITIES = 10_000;

export function createNameDictionary(db: Db, options: { waitBelowEntities?: number } = {}): NameDictionary {
  const waitBelow = options.waitBelowEntities ?? WAIT_BELOW_ENTITIES;
  /**
   * Which names a dictionary holds: the graph's names stamp (counts of entities, keys and aliases) and the
   * generation, which `invalidate` bumps, read before the build reads the names.
   */
  type Version = { stamp: string; generation: number };
  let generation = 0;
  let ready: (Built & { version: Version }) | undefined;
  let building: { version: Version; done: Promise<Built & { version: Version }> } | undefined;
  let closed = false;
  let sequence = 0;
  const same = (a: Version | undefined, b: Version) => a?.stamp === b.stamp && a.generation === b.generation;
  const readStamp = async (): Promise<string> => {
    const r = (await db.read(cypher("workbench/names-stamp"))).records[0];
    return JSON.stringify([r?.get("entities"), r?.get("keys"), r?.get("aliases")].map((v) => String(v)));
  };
  const build = (version: Version): void => {
    const done = (async () => {
      const rows = await db.read(cypher("workbench/entity-names"));
      const entities = rows.records.map((r) => r.toObject() as unknown as NamedEntity);
      return { ...(await startWorker(entities, version.stamp)), version };
    })();
    const attempt = { version, done };
    building = attempt;
    done.then(
      (built) => {
        if (building === attempt) building = undefined;
        if (closed) {
          void built.worker.terminate();
          return;
        }
        // A build that started earlier may finish later: keep the newest generation.
        if (ready && ready.version.generation > version.generation) {
          retire(built);
          return;
        }
        const previous = ready;
        ready = built;
        if (previous) retire(previous);
      },
      () => {
        if (building === attempt) building = undefined;
      },
    );
  };
  return {
    async find(text) {
      const wanted = { stamp: await readStamp(), generation };
      const fresh = same(ready?.version, wanted);
      if (!fresh && !same(building?.version, wanted)) build(wanted);
      // The first dictionary is waited for, and so is a rebuild of a small one; a large one's rebuild is not.
      const waitFor = building as { done: Promise<Built & { version: Version }> } | undefined;
      const use =
        ready === undefined || (!fresh && ready.info.entities < waitBelow && waitFor)
          ? await (waitFor as { done: Promise<Built & { version: Version }> }).done
          : ready;
      const hits = await lookUp(use, ++sequence, text);
      return { hits, info: { ...use.info, stale: !same(use.version, wanted) } };
    },
    invalidate() {
      generation++;
    },
    async close() {
      closed = true;
      const b = building;
      building = undefined;
      if (ready) await ready.worker.terminate();
      ready = undefined;
      if (b) await (await b.done.catch(() => undefined))?.worker.terminate();
    },
  };
}
