// The one module that finds or provisions Neo4j for start, ingest, tests and benchmarks.

import { rm } from "node:fs/promises";
import { ProvisionError } from "../errors";
import type { ProvisionedNeo4j } from "../neo4j/connection";
import { chooseRoute, type ProvisionPurpose } from "./chooseRoute";
import { provisionCompose } from "./composeRoute";
import { dockerEngineAvailable } from "./dockerProbe";
import { startLocalServer, stopLocalServer } from "./local/localServer";
import { ownedHome } from "./local/ownedHomes";
import { cacheRoot, type Instance, type InstanceName, testRunsDir } from "./local/paths";
import { provisionTestcontainer } from "./testcontainersRoute";

export type { ProvisionPurpose } from "./chooseRoute";

export interface ProvisionOptions {
  purpose: ProvisionPurpose;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  /** For the local route: stop the server on release if this call started it. Default true for tests. */
  stopOnRelease?: boolean;
  /** For the local route: which instance, when not the purpose's own (`npm run db -- start --instance bench`). */
  instance?: InstanceName;
}

/** What provisionNeo4j gives back: the connection, its release, and for the local route the instance it runs as. */
export interface Provisioned extends ProvisionedNeo4j {
  /** The local route's instance (tests that stop and restart the server need it); absent on other routes. */
  localInstance?: Instance;
}

const INSTANCE_FOR: Record<ProvisionPurpose, InstanceName> = {
  start: "dev",
  ingest: "dev",
  db: "dev",
  test: "test",
  bench: "bench",
};

export function instanceFor(purpose: ProvisionPurpose): InstanceName {
  return INSTANCE_FOR[purpose];
}

/**
 * The local instance for a purpose. Tests get a server of their own run (a fresh home under instances/test-runs/,
 * keyed by this process, so the integration and browser projects of one `npm test` share it and a second `npm test`
 * on the machine never does), unless KG_KEEP_NEO4J=1 asks for the long-lived "test" instance kept between runs.
 */
async function localInstanceFor(options: ProvisionOptions, root: string, env: NodeJS.ProcessEnv): Promise<Instance> {
  if (options.instance) return options.instance;
  if (options.purpose === "test" && env.KG_KEEP_NEO4J !== "1") {
    return ownedHome(root, testRunsDir(root), `run-${process.pid}`, "test-run");
  }
  return instanceFor(options.purpose);
}

export async function provisionNeo4j(options: ProvisionOptions): Promise<Provisioned> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const forced = env.KG_NEO4J_ROUTE as "env" | "docker" | "local" | undefined;
  const needsProbe = !env.NEO4J_URI && forced !== "local" && forced !== "env";
  const decision = chooseRoute({
    neo4jUri: env.NEO4J_URI,
    forcedRoute: forced,
    dockerAvailable: needsProbe ? await dockerEngineAvailable() : false,
    purpose: options.purpose,
  });
  log(`Neo4j route: ${decision.route} (${decision.reason})`);
  switch (decision.route) {
    case "none":
      throw new ProvisionError(decision.reason);
    case "env": {
      if (!env.NEO4J_PASSWORD) throw new ProvisionError("NEO4J_URI is set but NEO4J_PASSWORD is not");
      return {
        connection: {
          uri: env.NEO4J_URI as string,
          username: env.NEO4J_USERNAME || "neo4j",
          password: env.NEO4J_PASSWORD,
          ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
          route: "env",
          credentialsLocation: "the NEO4J_USERNAME and NEO4J_PASSWORD environment variables",
          startedHere: false,
        },
        release: async () => {},
      };
    }
    case "docker-compose":
      return provisionCompose();
    case "testcontainers":
      return provisionTestcontainer();
    case "local": {
      const root = cacheRoot(env);
      const instance = await localInstanceFor(options, root, env);
      const started = await startLocalServer(root, instance, { log });
      const stopOnRelease = options.stopOnRelease ?? true;
      return {
        connection: {
          uri: started.boltUri as string,
          username: started.credentials.username,
          password: started.credentials.password,
          route: "local",
          credentialsLocation: started.credentialsFile,
          startedHere: !started.reused,
        },
        localInstance: instance,
        release: async () => {
          if (!stopOnRelease || started.reused) return;
          await stopLocalServer(root, instance);
          // A test run's home (data, logs, credentials) goes with its server.
          if (typeof instance !== "string" && instance.kind === "test-run") {
            await rm(instance.home, { recursive: true, force: true });
          }
        },
      };
    }
  }
}
