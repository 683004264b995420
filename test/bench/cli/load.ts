// `npm run load`: a bench Neo4j with the seed, the real app in a child process on 127.0.0.1, autocannon over a mix.
import autocannon from "autocannon";
import { prepareDatabase } from "../../../server/bootstrap/prepareDatabase";
import { createDb } from "../../../server/neo4j/driver";
import { provisionNeo4j } from "../../../server/provision";
import { type AppProcess, startAppProcess } from "../load/appProcess";
import { parseLoadArgs } from "../load/args";
import { type LoadRequest, requestMix } from "../load/mix";
import { isCleanRun, type KindCounts, type LoadFigures, renderReport } from "../load/report";

/**
 * The load run must measure the app, not its rate limiter: the limits on /api/cypher and /api/export, and the
 * Cypher workers' queue, are raised for the child process only. Request logs go to warn so the run does not measure
 * stdout.
 */
export const LOAD_ENV: Record<string, string> = {
  KG_RATE_LIMIT_CYPHER: "100000000",
  KG_RATE_LIMIT_EXPORT: "100000000",
  // Every connection may have a Cypher request waiting for a worker: the run measures the workers, not the queue cap.
  KG_CYPHER_QUEUE: "1000",
  LOG_LEVEL: "warn",
};

async function main(argv: string[]): Promise<number> {
  const options = parseLoadArgs(argv);
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const provisioned = await provisionNeo4j({ purpose: "bench", log: say });
  let app: AppProcess | undefined;
  try {
    const db = createDb(provisioned.connection);
    try {
      await db.driver.verifyConnectivity();
      await prepareDatabase(db, say);
    } finally {
      await db.close();
    }
    app = await startAppProcess(provisioned.connection, LOAD_ENV);
    say(`Explorer (pid ${app.pid}) on ${app.url}; ${options.connections} connections for ${options.duration} s ...`);

    const mix = requestMix();
    const byKind = Object.fromEntries(
      [...new Set(mix.map((r) => r.kind))].map((k) => [k, { responses: 0, non2xx: 0 }]),
    ) as Record<LoadRequest["kind"], KindCounts>;
    const rssBefore = app.rssBytes();
    const result = await autocannon({
      url: app.url,
      connections: options.connections,
      duration: options.duration,
      requests: mix.map((r) => ({
        method: r.method,
        path: r.path,
        ...(r.body ? { body: r.body, headers: { "content-type": "application/json" } } : {}),
        onResponse: (status: number) => {
          byKind[r.kind].responses += 1;
          if (status < 200 || status > 299) byKind[r.kind].non2xx += 1;
        },
      })),
    });
    const rssAfter = app.rssBytes();
    const figures: LoadFigures = {
      url: app.url,
      duration: options.duration,
      connections: options.connections,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyP50: result.latency.p50,
      latencyP99: result.latency.p99,
      latencyMax: result.latency.max,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      status4xx: result["4xx"],
      status5xx: result["5xx"],
      rssBeforeBytes: rssBefore,
      rssAfterBytes: rssAfter,
      byKind,
    };
    process.stdout.write(`\n${renderReport(figures)}\n\n`);
    const clean = isCleanRun(figures);
    say(clean ? "Clean run: no errors, no timeouts, only 2xx." : "NOT clean: see errors, timeouts and non-2xx above.");
    return clean ? 0 : 1;
  } finally {
    await app?.stop();
    await provisioned.release();
    say(
      provisioned.connection.startedHere
        ? "Stopped the explorer and the Neo4j this run started."
        : "Stopped the explorer.",
    );
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
