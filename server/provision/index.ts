// The one module that finds or provisions Neo4j for start, ingest, tests and benchmarks.
import { ProvisionError } from "../errors";
import type { ProvisionedNeo4j } from "../neo4j/connection";
import { chooseRoute, type ProvisionPurpose } from "./chooseRoute";
import { provisionCompose } from "./composeRoute";
import { dockerEngineAvailable } from "./dockerProbe";
import { startLocalServer, stopLocalServer } from "./local/localServer";
import { cacheRoot, type InstanceName } from "./local/paths";
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

export async function provisionNeo4j(options: ProvisionOptions): Promise<ProvisionedNeo4j> {
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
      const instance = options.instance ?? instanceFor(options.purpose);
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
        release: async () => {
          if (stopOnRelease && !started.reused) await stopLocalServer(root, instance);
        },
      };
    }
  }
}
