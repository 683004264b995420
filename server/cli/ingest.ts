// `npm run ingest -- <file-or-dir> ...`: validates every document first, then writes each in its own transaction.
import { prepareGraph } from "../bootstrap/prepareDatabase";
import { readEnv } from "../config/env";
import { findManifests } from "../ingest/findManifests";
import { IngestError } from "../ingest/IngestError";
import { planAgainstGraph, prepareDocuments, writePlanned } from "../ingest/ingestDocuments";
import { createDb } from "../neo4j/driver";
import { provisionNeo4j } from "../provision";

const USAGE = "usage: npm run ingest -- <document.json or folder> [more ...]";

async function main(argv: string[]): Promise<void> {
  readEnv();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  if (argv.length === 0 || argv.includes("--help")) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(argv.length === 0 ? 2 : 0);
  }
  const found = await findManifests(argv);
  const prepared = await prepareDocuments(found.files);
  const localIssues = [...found.issues, ...prepared.issues];
  // Problems that need no graph are reported before a Neo4j is even started.
  if (localIssues.length > 0) throw new IngestError(localIssues);
  say(
    `Validated ${prepared.documents.length} document${prepared.documents.length === 1 ? "" : "s"}: schema, ids and quotes.`,
  );

  const provisioned = await provisionNeo4j({ purpose: "ingest", log: (line) => process.stderr.write(`${line}\n`) });
  const db = createDb(provisioned.connection);
  try {
    await db.driver.verifyConnectivity();
    await prepareGraph(db);
    const checked = await planAgainstGraph(db, prepared.documents);
    if (checked.issues.length > 0) throw new IngestError(checked.issues);
    const reports = await writePlanned(db, checked.planned, { say });
    const changed = reports.filter((r) => r.changed).length;
    say(`Done: ${reports.length} document${reports.length === 1 ? "" : "s"}, ${changed} changed the graph.`);
  } finally {
    await db.close();
    await provisioned.release();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
