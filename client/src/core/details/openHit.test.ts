// Opening a search hit: the evidence request is sent on the click, before the canvas has the node or the camera moved.
import { afterEach, describe, expect, it, vi } from "vitest";
import { detailsAtom, loadDetails } from "./index";
import { openHit } from "./utils";

function steps(reveal: Promise<boolean>, before: string | null = null) {
  const log: string[] = [];
  return {
    log,
    steps: {
      loadDetails: (id: string | null) => void log.push(`details ${id}`),
      reveal: () => {
        log.push("reveal");
        return reveal;
      },
      select: () => void log.push("select"),
      selectedBefore: () => before,
    },
  };
}

describe("openHit", () => {
  it("should bring back the earlier selection's details when the hit could not be put on the canvas", async () => {
    const { log, steps: s } = steps(Promise.resolve(false), "org:alibaba");
    expect(await openHit("person:matty-zhao", s)).toBe(false);
    expect(log).toEqual(["details person:matty-zhao", "reveal", "details org:alibaba"]);
  });

  it("should ask for the details before the canvas work starts, and select only once the node is on the canvas", async () => {
    let finishCanvas: (ok: boolean) => void = () => {};
    const canvas = new Promise<boolean>((r) => {
      finishCanvas = r;
    });
    const { log, steps: s } = steps(canvas);
    const opened = openHit("person:matty-zhao", s);
    // The canvas has not finished: the details request is already out, nothing is selected yet.
    expect(log).toEqual(["details person:matty-zhao", "reveal"]);
    finishCanvas(true);
    expect(await opened).toBe(true);
    expect(log).toEqual(["details person:matty-zhao", "reveal", "select"]);
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
