// Command-line options of `npm run load`: --duration <s> and --connections <n>, validated by zod.
import { z } from "zod";

export const LoadOptions = z.strictObject({
  duration: z.coerce.number().int().min(1).max(3600).default(60),
  connections: z.coerce.number().int().min(1).max(1000).default(50),
});
export type LoadOptions = z.infer<typeof LoadOptions>;

/** "--duration 10 --connections=20" → { duration: 10, connections: 20 }; throws a message naming the bad option. */
export function parseLoadArgs(argv: readonly string[]): LoadOptions {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unexpected argument "${arg}" (options: --duration <seconds>, --connections <n>)`);
    const name = match[1] as string;
    if (!(name in LoadOptions.shape)) throw new Error(`unknown option --${name} (options: --duration, --connections)`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    raw[name] = value;
  }
  const parsed = LoadOptions.safeParse(raw);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; "));
  }
  return parsed.data;
}
