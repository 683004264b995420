// Fetches the Neo4j Community server jars from Maven Central into the cache, once, with Maven.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ProvisionError } from "../../errors";
import { NEO4J_VERSION, serverDir } from "./paths";

function pom(version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by kg-explorer: resolves the Neo4j Community server and its dependencies from Maven Central. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.kg-explorer</groupId>
  <artifactId>neo4j-server-fetch</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${version}</version></dependency>
    <dependency><groupId>org.neo4j.app</groupId><artifactId>neo4j-server</artifactId><version>${version}</version></dependency>
  </dependencies>
</project>
`;
}

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.once("error", reject);
    child.once("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Returns the directory holding the server's jars, fetching them first when the cache lacks them. */
export async function ensureServerJars(
  root: string,
  log: (line: string) => void,
  version = NEO4J_VERSION,
): Promise<string> {
  const dir = serverDir(root, version);
  const lib = join(dir, "lib");
  if (existsSync(join(dir, "complete"))) return lib;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "pom.xml"), pom(version));
  const staging = join(dir, "lib.partial");
  await rm(staging, { recursive: true, force: true });
  log(`Fetching Neo4j ${version} Community from Maven Central into ${dir} (once) ...`);
  let result: { code: number; output: string };
  try {
    result = await run(
      "mvn",
      ["-B", "-q", "dependency:copy-dependencies", `-DoutputDirectory=${staging}`, "-DincludeScope=runtime"],
      dir,
    );
  } catch (error) {
    throw new ProvisionError("Could not run Maven (mvn). Install Maven and Java 17, or set NEO4J_URI.", {
      cause: error,
    });
  }
  if (result.code !== 0) {
    throw new ProvisionError(
      `Maven could not fetch org.neo4j:neo4j:${version} (exit ${result.code}):\n${result.output.slice(-2000)}`,
    );
  }
  const jars = (await readdir(staging)).filter((f) => f.endsWith(".jar"));
  if (!jars.includes(`neo4j-${version}.jar`)) {
    throw new ProvisionError(`Maven finished but neo4j-${version}.jar is missing from ${staging}`);
  }
  await rm(lib, { recursive: true, force: true });
  await rename(staging, lib);
  await writeFile(join(dir, "complete"), `${jars.length} jars\n`);
  log(`Fetched ${jars.length} jars.`);
  return lib;
}
