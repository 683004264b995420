// Reads files with Gephi's own importers: fetches gephi-toolkit through Maven once, compiles GephiCheck.java, runs one JVM.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findJava } from "../../server/provision/local/javaRuntime";
import { readersCacheDir } from "./cache";
import { ReaderRunError, ReaderSetupError } from "./errors";
import { type EdgeMergeStrategy, GephiReport } from "./gephiReport";
import { run, tailOf } from "./run";

export type { EdgeMergeStrategy, GephiFailure, GephiFileReport, GephiReport } from "./gephiReport";

const SOURCE_DIR = join(dirname(fileURLToPath(import.meta.url)), "gephi");
const POM = join(SOURCE_DIR, "pom.xml");
const PROGRAM = join(SOURCE_DIR, "GephiCheck.java");

export interface GephiOptions {
  /** The import dialog's "Edges merge strategy"; Gephi's default is SUM (parallel edges of one type become one). */
  mergeStrategy?: EdgeMergeStrategy;
  /** The container's parallel-edge switch, set before the importer runs (Gephi's default: true; no UI for it). */
  allowParallelEdges?: boolean;
  /** At most this many nodes and edges are detailed per file (counts stay exact); `truncated` says when cut. */
  maxElements: number;
  /** The JVM's maximum heap, as -Xmx takes it. */
  heap: string;
  /** Progress lines (the first run fetches an ~80 MB jar). */
  log: (line: string) => void;
  /** Where KG_CACHE_DIR is read from. */
  env: NodeJS.ProcessEnv;
}

/** A file read with its own merge strategy in the same run (e.g. a GraphML with NO_MERGE beside files with defaults). */
export interface GephiFile {
  path: string;
  mergeStrategy: EdgeMergeStrategy;
}

export const DEFAULT_GEPHI_OPTIONS: GephiOptions = {
  maxElements: 10_000,
  heap: "2g",
  log: () => {},
  env: process.env,
};

export interface GephiRuntime {
  java: string;
  /** The -cp value: the toolkit jar and the compiled GephiCheck. */
  classpath: string;
}

const ready = new Map<string, Promise<GephiRuntime>>();

function sha(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}

/** Moves a finished staging directory into place; another process finishing first is fine. */
async function publish(staging: string, target: string): Promise<void> {
  try {
    await rename(staging, target);
  } catch (error) {
    if (!existsSync(target)) throw error;
    await rm(staging, { recursive: true, force: true });
  }
}

async function fetchToolkit(dir: string, pom: string, log: (line: string) => void): Promise<string> {
  const lib = join(dir, "lib");
  if (existsSync(join(lib, "complete"))) return lib;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "pom.xml"), pom);
  const staging = join(dir, `lib.partial-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  log(`Fetching gephi-toolkit from Maven Central into ${lib} (once) ...`);
  const args = ["-B", "-q", "dependency:copy-dependencies", `-DoutputDirectory=${staging}`, "-DincludeScope=runtime"];
  const result = await run("mvn", args, { cwd: dir }).catch((error: unknown) => {
    throw new ReaderSetupError("gephi", "could not run Maven (mvn): install Maven and Java 17", { cause: error });
  });
  if (result.exitCode !== 0) {
    throw new ReaderSetupError(
      "gephi",
      `Maven could not fetch gephi-toolkit (exit ${result.exitCode}):\n${tailOf(result.stdout + result.stderr)}`,
    );
  }
  const jars = (await readdir(staging)).filter((f) => f.endsWith(".jar"));
  if (!jars.some((f) => f.startsWith("gephi-toolkit-"))) {
    throw new ReaderSetupError("gephi", `Maven finished but no gephi-toolkit jar is in ${staging}`);
  }
  await writeFile(join(staging, "complete"), `${jars.join("\n")}\n`);
  await publish(staging, lib);
  return lib;
}

async function compileCheck(dir: string, java: string, lib: string, source: string): Promise<string> {
  const classes = join(dir, `classes-${sha(source)}`);
  if (existsSync(join(classes, "GephiCheck.class"))) return classes;
  const staging = `${classes}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const javac = java === "java" ? "javac" : join(dirname(java), "javac");
  const result = await run(javac, ["-encoding", "UTF-8", "-d", staging, "-cp", `${lib}/*`, PROGRAM]).catch(
    (error: unknown) => {
      throw new ReaderSetupError("gephi", `could not run ${javac}: install a JDK 17 (openjdk-17-jdk-headless)`, {
        cause: error,
      });
    },
  );
  if (result.exitCode !== 0) {
    throw new ReaderSetupError("gephi", `javac failed on ${PROGRAM}:\n${tailOf(result.stdout + result.stderr)}`);
  }
  await publish(staging, classes);
  return classes;
}

/**
 * Makes Gephi ready once per process: the gephi-toolkit jar in `<readers cache>/gephi/<pom hash>/lib` (fetched with
 * Maven when missing), GephiCheck compiled into `classes-<source hash>` beside it.
 * Throws ReaderSetupError when Java, Maven, the fetch or javac fails.
 */
export function ensureGephi(options: Partial<GephiOptions> = {}): Promise<GephiRuntime> {
  const { env, log } = { ...DEFAULT_GEPHI_OPTIONS, ...options };
  const dir = readersCacheDir(env);
  let pending = ready.get(dir);
  if (!pending) {
    pending = (async () => {
      const [pom, source] = await Promise.all([readFile(POM, "utf8"), readFile(PROGRAM, "utf8")]);
      const home = join(dir, "gephi", sha(pom));
      const java = await findJava(env).catch((error: unknown) => {
        throw new ReaderSetupError("gephi", error instanceof Error ? error.message : String(error), { cause: error });
      });
      const lib = await fetchToolkit(home, pom, log);
      const classes = await compileCheck(home, java, lib, source);
      return { java, classpath: `${lib}/*:${classes}` };
    })();
    pending.catch(() => ready.delete(dir));
    ready.set(dir, pending);
  }
  return pending;
}

/**
 * Imports each file into its own Gephi workspace (GEXF and GraphML importers, picked by extension) in ONE JVM, and
 * returns one report per file, in the order given: `{ ok: true, … }` with what Gephi shows, or `{ ok: false, error }`
 * for a file Gephi could not read. Paths may be relative to the working directory; a file given as
 * `{ path, mergeStrategy }` is read with that merge strategy, the others with `options.mergeStrategy` (or Gephi's).
 * Throws ReaderSetupError when Gephi cannot be made ready, ReaderRunError when the JVM does not answer for every file.
 */
export async function readWithGephi(
  files: (string | GephiFile)[],
  options: Partial<GephiOptions> = {},
): Promise<GephiReport[]> {
  if (files.length === 0) return [];
  const settings = { ...DEFAULT_GEPHI_OPTIONS, ...options };
  const runtime = await ensureGephi(settings);
  const scratch = await mkdtemp(join(tmpdir(), "kg-gephi-"));
  const out = join(scratch, "reports.jsonl");
  try {
    const args = [
      `-Xmx${settings.heap}`,
      "-Djava.awt.headless=true",
      `-Djava.io.tmpdir=${scratch}`,
      "-cp",
      runtime.classpath,
      "GephiCheck",
      "--out",
      out,
      "--max-elements",
      String(settings.maxElements),
      ...(settings.mergeStrategy ? ["--merge-strategy", settings.mergeStrategy] : []),
      ...(settings.allowParallelEdges === undefined
        ? []
        : ["--allow-parallel-edges", String(settings.allowParallelEdges)]),
      ...files.flatMap((f) =>
        typeof f === "string" ? [resolve(f)] : ["--file-merge-strategy", resolve(f.path), f.mergeStrategy],
      ),
    ];
    const result = await run(runtime.java, args, { cwd: scratch });
    const lines = existsSync(out) ? (await readFile(out, "utf8")).split("\n").filter((l) => l.length > 0) : [];
    if (result.exitCode !== 0 || lines.length !== files.length) {
      throw new ReaderRunError(
        "gephi",
        `GephiCheck exited ${result.exitCode} with ${lines.length} of ${files.length} reports:\n${tailOf(result.stderr)}`,
      );
    }
    return lines.map((line, i) => {
      const parsed = GephiReport.safeParse(JSON.parse(line));
      if (!parsed.success) {
        const f = files[i];
        const name = basename(typeof f === "string" ? f : (f?.path ?? ""));
        throw new ReaderRunError("gephi", `unexpected report for ${name}: ${parsed.error.message}`);
      }
      return parsed.data;
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
