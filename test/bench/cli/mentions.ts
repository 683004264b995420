// `npx tsx test/bench/cli/mentions.ts [--names 100000,200000]`: the workbench's mention matcher at scale, no Neo4j.
// Builds the Aho–Corasick name index the suggestion worker builds (the seed's entities plus synthetic ones with an
// English and an Arabic name and two aliases each) and times a scan of the seed article (3,268 characters, Arabic)
// and of a 100,000-character text (the article and its English translation repeated). Figures go to stdout.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildNameIndex, findMentions, type NamedEntity } from "../../../server/workbench/suggest/mentions";
import { median } from "../timing";

const root = resolve(import.meta.dirname, "../../..");
const seedDir = resolve(root, "seed/documents/bofa-china-ai-capex");

interface SeedManifest {
  entities: Array<{ id: string; type: string; name: string; nameAr?: string; aliases?: string[] }>;
  source: { translation?: { segments: Array<{ text: string }> } };
}

const LATIN = ["ka", "lo", "mer", "dan", "si", "tor", "vel", "qu", "ri", "zan", "pe", "ol", "mu", "ha", "tek"];
const ARABIC = ["كا", "لو", "مير", "دان", "سي", "تور", "فيل", "قو", "ري", "زان", "بي", "اول", "مو", "ها", "تك"];

/** A deterministic synthetic name of `parts` syllables from entity number `n` (no randomness: runs compare). */
function syllables(n: number, parts: number, from: readonly string[]): string {
  let out = "";
  let x = n * 2654435761;
  for (let i = 0; i < parts; i++) {
    out += from[x % from.length];
    x = Math.floor(x / from.length) + 7 * (i + 1);
  }
  return out;
}

function synthetic(count: number): NamedEntity[] {
  const out: NamedEntity[] = [];
  for (let n = 0; n < count; n++) {
    const en = `${syllables(n, 3, LATIN)} ${syllables(n + 1, 2, LATIN)}`;
    const ar = `${syllables(n, 3, ARABIC)} ${syllables(n + 1, 2, ARABIC)}`;
    out.push({
      id: `org:synthetic-${n}`,
      type: "Organization",
      name: en.replace(/^./, (c) => c.toUpperCase()),
      nameAr: ar,
      aliases: [`${en} Group`, `شركة ${ar}`],
    });
  }
  return out;
}

function timeScan(index: ReturnType<typeof buildNameIndex>, text: string, rounds: number) {
  findMentions(index, text);
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    hits = findMentions(index, text).length;
    times.push(performance.now() - t0);
  }
  return { ms: median(times), hits };
}

function main(argv: string[]): void {
  const at = argv.indexOf("--names");
  const sizes = (at >= 0 ? (argv[at + 1] ?? "") : "100000,200000").split(",").map(Number);
  const manifest = JSON.parse(readFileSync(resolve(seedDir, "document.json"), "utf8")) as SeedManifest;
  const seed: NamedEntity[] = manifest.entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    nameAr: e.nameAr ?? null,
    aliases: e.aliases ?? [],
  }));
  const article = readFileSync(resolve(seedDir, "source.txt"), "utf8");
  const english = (manifest.source.translation?.segments ?? []).map((s) => s.text).join(" ");
  let long = "";
  while (long.length < 100_000) long += `${article}\n${english}\n`;
  long = long.slice(0, 100_000);
  const rows: string[] = [
    "| known entities | names and aliases in the index | build | heap after build | seed article (3,268 chars): scan, hits | 100,000 chars: scan, hits |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const size of sizes) {
    const entities = [...seed, ...synthetic(size)];
    globalThis.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const index = buildNameIndex(entities);
    const buildMs = performance.now() - t0;
    globalThis.gc?.();
    const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
    const small = timeScan(index, article, 50);
    const big = timeScan(index, long, 5);
    rows.push(
      `| ${entities.length.toLocaleString("en")} | ${index.names.toLocaleString("en")} | ${(buildMs / 1000).toFixed(2)} s | ` +
        `${heapMb.toFixed(0)} MB | ${small.ms.toFixed(1)} ms, ${small.hits} | ${big.ms.toFixed(0)} ms, ${big.hits} |`,
    );
  }
  process.stdout.write(`${rows.join("\n")}\n`);
}

main(process.argv.slice(2));
