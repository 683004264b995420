// Reads files with networkx: a venv in the readers' cache (pip install networkx, once), one Python process for many files.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readersCacheDir } from "./cache";
import { ReaderRunError, ReaderSetupError } from "./errors";
import { NetworkxReport } from "./networkxReport";
import { run, tailOf } from "./run";

export type { NetworkxFailure, NetworkxFileReport, NetworkxReport } from "./networkxReport";

const HERE = dirname(fileURLToPath(import.meta.url));
const REQUIREMENTS = join(HERE, "requirements.txt");
const SCRIPT = join(HERE, "networkx_check.py");
const MARKER = ".kg-requirements";

export interface NetworkxOptions {
  /** At most this many nodes and edges are detailed per file (counts and attribute types stay exact). */
  maxElements: number;
  /** Read GraphML with read_graphml(force_multigraph=True), so parallel edges keep their ids as keys. */
  forceMultigraph: boolean;
  /** The interpreter that creates the venv (Python 3.11 or later, with its venv module). */
  basePython: string;
  log: (line: string) => void;
  /** Where KG_CACHE_DIR is read from. */
  env: NodeJS.ProcessEnv;
}

export const DEFAULT_NETWORKX_OPTIONS: NetworkxOptions = {
  maxElements: 10_000,
  forceMultigraph: true,
  basePython: "python3",
  log: () => {},
  env: process.env,
};

const ready = new Map<string, Promise<string>>();

async function setUpVenv(venv: string, basePython: string, log: (line: string) => void): Promise<string> {
  const python = join(venv, "bin", "python");
  const requirements = await readFile(REQUIREMENTS, "utf8");
  const wanted = createHash("sha256").update(requirements).digest("hex");
  const marker = join(venv, MARKER);
  if (existsSync(python) && (await readFile(marker, "utf8").catch(() => "")) === wanted) return python;

  log(`Creating the networkx venv in ${venv} (once) ...`);
  await mkdir(dirname(venv), { recursive: true });
  const created = await run(basePython, ["-m", "venv", venv]).catch((error: unknown) => {
    throw new ReaderSetupError("networkx", `could not run ${basePython}: install Python 3.11+ with venv`, {
      cause: error,
    });
  });
  if (created.exitCode !== 0) {
    throw new ReaderSetupError(
      "networkx",
      `${basePython} -m venv ${venv} failed (on Debian: apt-get install python3-venv):\n${tailOf(created.stderr)}`,
    );
  }
  const installed = await run(python, [
    "-m",
    "pip",
    "install",
    "--disable-pip-version-check",
    "-q",
    "-r",
    REQUIREMENTS,
  ]);
  if (installed.exitCode !== 0) {
    throw new ReaderSetupError(
      "networkx",
      `pip could not install ${REQUIREMENTS} into ${venv}:\n${tailOf(installed.stdout + installed.stderr)}`,
    );
  }
  await writeFile(marker, wanted);
  return python;
}

/**
 * Makes networkx ready once per process: `<readers cache>/venv` with requirements.txt installed (created with
 * `python3 -m venv` and pip when missing or when requirements.txt changed). Resolves to the venv's python.
 * Throws ReaderSetupError when Python, venv or pip fails.
 */
export function ensureNetworkx(options: Partial<NetworkxOptions> = {}): Promise<string> {
  const { env, log, basePython } = { ...DEFAULT_NETWORKX_OPTIONS, ...options };
  const venv = join(readersCacheDir(env), "venv");
  let pending = ready.get(venv);
  if (!pending) {
    pending = setUpVenv(venv, basePython, log);
    pending.catch(() => ready.delete(venv));
    ready.set(venv, pending);
  }
  return pending;
}

/**
 * Reads each file with nx.read_gexf or nx.read_graphml (by extension) in ONE Python process, and returns one report
 * per file, in the order given: `{ ok: true, … }` with what networkx holds (types as Python names), or
 * `{ ok: false, errorType, error }` for a file networkx refused. Paths may be relative to the working directory.
 * Throws ReaderSetupError when the venv cannot be made, ReaderRunError when Python does not answer for every file.
 */
export async function readWithNetworkx(
  files: string[],
  options: Partial<NetworkxOptions> = {},
): Promise<NetworkxReport[]> {
  if (files.length === 0) return [];
  const settings = { ...DEFAULT_NETWORKX_OPTIONS, ...options };
  const python = await ensureNetworkx(settings);
  const scratch = await mkdtemp(join(tmpdir(), "kg-networkx-"));
  const out = join(scratch, "reports.jsonl");
  try {
    const args = [
      SCRIPT,
      "--out",
      out,
      "--max-elements",
      String(settings.maxElements),
      ...(settings.forceMultigraph ? [] : ["--no-force-multigraph"]),
      "--",
      ...files.map((f) => resolve(f)),
    ];
    const result = await run(python, args, { cwd: scratch });
    const lines = existsSync(out) ? (await readFile(out, "utf8")).split("\n").filter((l) => l.length > 0) : [];
    if (result.exitCode !== 0 || lines.length !== files.length) {
      throw new ReaderRunError(
        "networkx",
        `networkx_check.py exited ${result.exitCode} with ${lines.length} of ${files.length} reports:\n${tailOf(result.stderr)}`,
      );
    }
    return lines.map((line, i) => {
      const parsed = NetworkxReport.safeParse(JSON.parse(line));
      if (!parsed.success) {
        throw new ReaderRunError(
          "networkx",
          `unexpected report for ${basename(files[i] ?? "")}: ${parsed.error.message}`,
        );
      }
      return parsed.data;
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
