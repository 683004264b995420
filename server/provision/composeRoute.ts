// Docker route for start: brings up the compose file's neo4j service and connects to it on loopback.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { ProvisionError } from "../errors";
import type { ProvisionedNeo4j } from "../neo4j/connection";
import { readOrCreateCredentials } from "./local/credentials";
import { cacheRoot } from "./local/paths";
import { waitForBolt } from "./waitForBolt";

function compose(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((ok, fail) => {
    execFile(
      "docker",
      ["compose", ...args],
      { env, cwd: resolve(import.meta.dirname, "../..") },
      (error, _o, stderr) =>
        error ? fail(new ProvisionError(`docker compose ${args.join(" ")} failed: ${stderr || error.message}`)) : ok(),
    );
  });
}

export async function provisionCompose(): Promise<ProvisionedNeo4j> {
  const file = resolve(cacheRoot(), "docker", "credentials.json");
  const { credentials } = await readOrCreateCredentials(file);
  const port = process.env.NEO4J_BOLT_PORT ?? "7687";
  const env = { ...process.env, NEO4J_PASSWORD: credentials.password, NEO4J_BOLT_PORT: port };
  await compose(["up", "-d", "--wait", "neo4j"], env);
  const uri = `bolt://127.0.0.1:${port}`;
  const ready = await waitForBolt(uri, credentials.username, credentials.password, { timeoutMs: 180_000 });
  if (!ready.ok)
    throw new ProvisionError(
      `The compose neo4j service did not answer: ${ready.reason}. Run: docker compose logs neo4j`,
    );
  return {
    connection: {
      uri,
      username: credentials.username,
      password: credentials.password,
      route: "docker-compose",
      credentialsLocation: file,
      startedHere: false,
    },
    release: async () => {},
  };
}
