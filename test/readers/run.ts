// Runs a child process to completion and keeps its exit code, stdout and stderr apart (the readers' one way to spawn).
import { spawn } from "node:child_process";

export interface RunResult {
  /** The exit code, or 1 when the process was ended by a signal. */
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Spawns `command args` (no shell) and resolves when it exits, whatever the code.
 * Rejects only when the command cannot be started at all (ENOENT and the like).
 */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => stdout.push(d));
    child.stderr.on("data", (d: Buffer) => stderr.push(d));
    child.once("error", reject);
    child.once("close", (code) =>
      resolve({
        exitCode: code ?? 1,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      }),
    );
  });
}

/** The last `chars` characters of a tool's output, for error messages. */
export function tailOf(text: string, chars = 3000): string {
  return text.length > chars ? `…${text.slice(-chars)}` : text;
}
