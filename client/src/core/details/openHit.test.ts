// Opening a search hit: the evidence request is sent on the click, and the canvas work waits until it is painted.
import { afterEach, describe, expect, it, vi } from "vitest";
import { detailsAtom, loadDetails } from "./index";
import { EVIDENCE_FIRST_MS, openHit } from "./utils";

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Steps that log what ran; the details answer and the canvas's reveal settle when the test says. */
function steps(reveal: Promise<boolean>, details: Promise<void>, before: string | null = null) {
  const log: string[] = [];
  let shown: Promise<void> | null = null;
  return {
    log,
    shown: () => shown,
    steps: {
      loadDetails: (id: string | null) => {
        log.push(`details ${id}`);
        return id === "person:matty-zhao" ? details : Promise.resolve();
      },
      reveal: (gate: Promise<void>) => {
        shown = gate;
        log.push("reveal");
        return reveal;
      },
      painted: async () => void log.push("painted"),
      select: () => void log.push("select"),
      selectedBefore: () => before,
    },
  };
}

describe("openHit", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("should bring back the earlier selection's details when the hit could not be put on the canvas", async () => {
    const { log, steps: s } = steps(Promise.resolve(false), Promise.resolve(), "org:alibaba");
    expect(await openHit("person:matty-zhao", s)).toBe(false);
    expect(log).toEqual(["details person:matty-zhao", "reveal", "painted", "details org:alibaba"]);
  });

  it("should ask for the details first and select only once the evidence is painted and the node is on the canvas", async () => {
    const canvas = deferred<boolean>();
    const details = deferred<void>();
    const { log, shown, steps: s } = steps(canvas.promise, details.promise);
    const opened = openHit("person:matty-zhao", s);
    // The details request is out before the canvas starts; reveal gets the gate its merge waits for.
    expect(log).toEqual(["details person:matty-zhao", "reveal"]);
    canvas.resolve(true);
    await new Promise((r) => setTimeout(r, 5));
    // On the canvas, but the evidence is not in: nothing is selected, the camera has not moved.
    expect(log).toEqual(["details person:matty-zhao", "reveal"]);
    details.resolve();
    await shown();
    expect(await opened).toBe(true);
    expect(log).toEqual(["details person:matty-zhao", "reveal", "painted", "select"]);
  });

  it("should not hold the canvas longer than EVIDENCE_FIRST_MS when the details do not come back", async () => {
    vi.useFakeTimers();
    const { log, steps: s } = steps(Promise.resolve(true), new Promise<void>(() => {}));
    const opened = openHit("person:matty-zhao", s);
    await vi.advanceTimersByTimeAsync(EVIDENCE_FIRST_MS - 1);
    expect(log).toEqual(["details person:matty-zhao", "reveal"]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await opened).toBe(true);
    expect(log).toEqual(["details person:matty-zhao", "reveal", "painted", "select"]);
  });
});

describe("loadDetails", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    void loadDetails(null);
  });

  it("should send the request at once and not again (nor abort it) when the same node is asked for while loading", () => {
    const signals: AbortSignal[] = [];
    const fetch = vi.fn((_url: string, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return new Promise<Response>(() => {});
    });
    vi.stubGlobal("fetch", fetch);
    void loadDetails("person:matty-zhao");
    // Sent synchronously on the call: no await, no frame, no canvas in between.
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]?.[0])).toContain("/nodes/person%3Amatty-zhao");
    void loadDetails("person:matty-zhao");
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(signals[0]?.aborted).toBe(false);
    expect(detailsAtom.get()).toMatchObject({ id: "person:matty-zhao", status: "loading" });
    void loadDetails("org:alibaba");
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(signals[0]?.aborted).toBe(true);
  });
});
