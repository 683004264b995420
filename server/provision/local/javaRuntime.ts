// Locates a Java runtime Neo4j 5.26 accepts (17 or 21), preferring JAVA_HOME.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { ProvisionError } from "../../errors";

const SUPPORTED = [17, 21];

function majorVersion(java: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile(java, ["-version"], { timeout: 10_000 }, (error, _stdout, stderr) => {
      if (error) return resolve(undefined);
      const match = /version "(\d+)/.exec(stderr);
      resolve(match?.[1] ? Number(match[1]) : undefined);
    });
  });
}

export async function findJava(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const candidates = [
    ...(env.JAVA_HOME ? [join(env.JAVA_HOME, "bin", "java")] : []),
    "java",
    "/usr/lib/jvm/java-17-openjdk-amd64/bin/java",
    "/usr/lib/jvm/java-21-openjdk-amd64/bin/java",
  ];
  const seen: string[] = [];
  for (const java of candidates) {
    const major = await majorVersion(java);
    seen.push(`${java}: ${major ?? "not found"}`);
    if (major !== undefined && SUPPORTED.includes(major)) return java;
  }
  throw new ProvisionError(`Neo4j 5.26 needs Java 17 or 21. Tried:\n  ${seen.join("\n  ")}`);
}
