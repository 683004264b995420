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
  /** Mentions of known entities in `text` (UTF-16 offsets), from a dictionary no older than the graph's names. */
  find(text: string): Promise<{ hits: MentionHit[]; info: DictionaryInfo }>;
  /** Forget the built dictionary (after a commit or retract); the next look-up rebuilds it if the names changed. */
  invalidate(): void;
  close(): Promise<void>;
}

export function createNameDictionary(db: Db): NameDictionary {
  let current: Promise<Built> | undefined;
  let sequence = 0;
  const readStamp = async (): Promise<string> => {
    const r = (await db.read(cypher("workbench/names-stamp"))).records[0];
    return JSON.stringify([r?.get("entities"), r?.get("keys"), r?.get("aliases")].map((v) => String(v)));
  };
  const build = async (stamp: string): Promise<Built> => {
    const rows = await db.read(cypher("workbench/entity-names"));
    const entities = rows.records.map((r) => r.toObject() as unknown as NamedEntity);
    return startWorker(entities, stamp);
  };
  const stop = (built: Promise<Built> | undefined) => {
    void built?.then((b) => b.worker.terminate()).catch(() => {});
  };
  return {
    async find(text) {
      const stamp = await readStamp();
      const known = current ? await current.catch(() => undefined) : undefined;
      if (known === undefined || known.stamp !== stamp) {
        const previous = current;
        current = build(stamp);
        stop(previous);
      }
      const built = await (current as Promise<Built>);
      const id = ++sequence;
      const hits = await new Promise<MentionHit[]>((resolve, reject) => {
        built.pending.set(id, { resolve, reject });
        built.worker.postMessage({ id, text });
      });
      return { hits, info: built.info };
    },
    invalidate() {
      stop(current);
      current = undefined;
    },
    async close() {
      const built = current;
      current = undefined;
      if (built) await (await built.catch(() => undefined))?.worker.terminate();
    },
  };
}
