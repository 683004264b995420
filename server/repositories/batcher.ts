// Coalesces concurrent reads into one query (the DataLoader pattern): requests that arrive while the event loop is
// busy are sent together, so fifty users expanding nodes cost Neo4j a few transactions, not fifty.
export interface BatcherOptions<Req, Res> {
  /** Runs one batch; answers in the order of `requests` (undefined where there is nothing to answer). */
  run(requests: Req[]): Promise<Array<Res | undefined>>;
  /** Only requests with the same group key share a batch (e.g. the same page size, a query-level parameter). */
  group(request: Req): string;
  /** A batch is sent as soon as it holds this many requests. */
  maxBatch: number;
}

interface Waiting<Req, Res> {
  request: Req;
  resolve(value: Res | undefined): void;
  reject(error: unknown): void;
}

/**
 * `load(request)` resolves with its own answer. A lone request waits only until the end of the current turn of the
 * event loop (setImmediate), so a quiet server adds no latency; a failed batch fails each of its requests.
 */
export function createBatcher<Req, Res>(options: BatcherOptions<Req, Res>) {
  const pending = new Map<string, Waiting<Req, Res>[]>();
  let scheduled = false;

  const send = (waiting: Waiting<Req, Res>[]) => {
    options.run(waiting.map((w) => w.request)).then(
      (answers) => {
        for (const [i, w] of waiting.entries()) w.resolve(answers[i]);
      },
      (error: unknown) => {
        for (const w of waiting) w.reject(error);
      },
    );
  };

  const flush = () => {
    scheduled = false;
    const groups = [...pending.values()];
    pending.clear();
    for (const waiting of groups) send(waiting);
  };

  return {
    load(request: Req): Promise<Res | undefined> {
      return new Promise((resolve, reject) => {
        const key = options.group(request);
        const waiting = pending.get(key) ?? [];
        waiting.push({ request, resolve, reject });
        if (waiting.length >= options.maxBatch) {
          pending.delete(key);
          send(waiting);
          return;
        }
        pending.set(key, waiting);
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
  };
}
