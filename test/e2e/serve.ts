// Manual check: `KG_CACHE_DIR=/tmp/kg-x npx tsx test/e2e/serve.ts` serves what the browser tests see, until Ctrl+C.
import { buildClient, startTestApp } from "./app";

const log = (line: string) => process.stdout.write(`${line}\n`);
if (process.argv.includes("--build")) await buildClient(log);
const app = await startTestApp(log);
const stop = async () => {
  await app.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
