// Where the third-party readers keep what they fetch and build: under the project's cache (KG_CACHE_DIR), never in git.
import { join } from "node:path";
import { cacheRoot } from "../../server/provision/local/paths";

/** `<KG_CACHE_DIR or ~/.cache/kg-explorer>/readers`: Gephi's jar and classes, the networkx venv, scratch Neo4j homes. */
export function readersCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(cacheRoot(env), "readers");
}
