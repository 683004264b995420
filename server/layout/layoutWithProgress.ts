// Runs one layout job to the end, printing its progress every second (the CLI and bench:data use it).
import type { Db } from "../neo4j/driver";
import { createLayoutJobs, type LayoutJobOptions } from "./layoutJob";

/** Runs one job and prints its progress every second. */
export async function layoutWithProgress(
  db: Db,
  iterations: number | undefined,
  say: (line: string) => void,
  options: LayoutJobOptions = {},
) {
  const jobs = createLayoutJobs(db, say, options);
  jobs.start({ iterations });
  const timer = setInterval(() => {
    const s = jobs.status();
    say(`  layout: ${s.phase} ${Math.round(s.progress * 100)}% (iteration ${s.iterations.done}/${s.iterations.total})`);
  }, 1000);
  try {
    return await jobs.settled();
  } finally {
    clearInterval(timer);
  }
}
