// `npx tsx test/readers/prepare.ts`: fetches and builds what the readers need (Gephi's jar and classes, the networkx venv).
import { ensureGephi } from "./gephi";
import { ensureNetworkx } from "./networkx";

const log = (line: string) => process.stderr.write(`[readers] ${line}\n`);

async function main(): Promise<void> {
  // One after the other: Maven and pip both download, and the machine has two cores.
  const gephi = await ensureGephi({ log });
  log(`Gephi ready: ${gephi.classpath}`);
  const python = await ensureNetworkx({ log });
  log(`networkx ready: ${python}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
