// Detects a running Docker engine (not just the client binary) within a short timeout.
import { execFile } from "node:child_process";

export function dockerEngineAvailable(timeoutMs = 3000): Promise<boolean> {
  return new Promise((resolve) => {
    execFile("docker", ["info", "--format", "{{.ServerVersion}}"], { timeout: timeoutMs }, (error, stdout) => {
      resolve(!error && stdout.trim().length > 0);
    });
  });
}
