// Waits until a Bolt server accepts the given credentials, or gives up with the reason.
import neo4j from "neo4j-driver";

export interface WaitOptions {
  timeoutMs: number;
  /** Called between attempts; return a reason to stop waiting early (e.g. the process died). */
  abortReason?: () => string | undefined;
}

export async function waitForBolt(
  uri: string,
  username: string,
  password: string,
  options: WaitOptions,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError = "no answer yet";
  while (Date.now() < deadline) {
    const abort = options.abortReason?.();
    if (abort) return { ok: false, reason: abort };
    const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), {
      connectionTimeout: 2000,
      connectionAcquisitionTimeout: 3000,
      maxConnectionPoolSize: 1,
    });
    try {
      await driver.verifyConnectivity();
      return { ok: true };
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      if ((error as { code?: string }).code === "Neo.ClientError.Security.Unauthorized") {
        return { ok: false, reason: `Bolt answered but refused the credentials: ${lastError}` };
      }
    } finally {
      await driver.close();
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { ok: false, reason: `Bolt did not answer within ${Math.round(options.timeoutMs / 1000)} s (${lastError})` };
}
