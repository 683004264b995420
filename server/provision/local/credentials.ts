// The generated password of a local instance: created once, kept in the cache with mode 0600, never in git.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";

const Credentials = z.object({ username: z.string(), password: z.string().min(12) });
export type Credentials = z.infer<typeof Credentials>;

export function generatePassword(): string {
  // Hex, so the password can never start with "-" and be taken for an option by neo4j-admin.
  return randomBytes(24).toString("hex");
}

export async function readOrCreateCredentials(file: string): Promise<{ credentials: Credentials; created: boolean }> {
  if (existsSync(file)) {
    const parsed = Credentials.safeParse(JSON.parse(await readFile(file, "utf8")));
    if (parsed.success) return { credentials: parsed.data, created: false };
  }
  const credentials = { username: "neo4j", password: generatePassword() };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  return { credentials, created: true };
}
