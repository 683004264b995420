// Browser-test setup: checks for Chromium, builds the client, and serves the real app on the seeded test Neo4j.
import type { TestProject } from "vitest/node";
import type { Neo4jConnection } from "../../server/neo4j/connection";
import type { Instance } from "../../server/provision/local/paths";
import { assertChromium, buildClient, startTestApp } from "./app";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
    neo4j: Neo4jConnection;
    /** The local route's instance of this run (outage tests stop and restart it); null on other routes. */
    neo4jInstance: Instance | null;
    /** KG_WORKBENCH_DIR of the app under test: drafts, commit records and saved document folders. */
    workbenchDir: string;
  }
}

export default async function setup(project: TestProject) {
  assertChromium();
  const log = (line: string) => process.stderr.write(`[e2e] ${line}\n`);
  await buildClient(log);
  const app = await startTestApp(log);
  project.provide("appUrl", app.url);
  project.provide("neo4j", app.connection);
  project.provide("neo4jInstance", app.instance);
  project.provide("workbenchDir", app.workbenchDir);
  return async () => {
    await app.close();
  };
}
