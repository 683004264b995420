// withDeadline: a late answer is a DeadlineError, an answer read in the same turn as the stalled timer still wins.
import { describe, expect, it } from "vitest";
import { DeadlineError, withDeadline } from "../../server/neo4j/deadline";

/** Blocks the thread, as a long synchronous task in the explorer would. */
function stall(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

describe("withDeadline", () => {
  it("should reject with a DeadlineError naming the ms when the work never settles", async () => {
    const error = await withDeadline(new Promise(() => {}), 5).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeadlineError);
    expect(error).toMatchObject({ name: "DeadlineError", ms: 5 });
  });

  it("should pass the work's own failure through", async () => {
    await expect(withDeadline(Promise.reject(new RangeError("no")), 1000)).rejects.toBeInstanceOf(RangeError);
  });

  it("should resolve with the work's value when it answers in time", async () => {
    await expect(withDeadline(Promise.resolve(42), 1000)).resolves.toBe(42);
  });

  it("should let an answer read in the turn the stalled timer fires win over the timer", async () => {
    let answer: (value: string) => void = () => {};
    const work = new Promise<string>((resolve) => {
      answer = resolve;
    });
    // From a check-phase callback, so the answer below is queued for the next turn, after whose timers phase (where
    // the overdue deadline fires) it runs: as data waiting in a socket is read after the timers of the same turn.
    const judged = new Promise<string>((adopt) =>
      setImmediate(() => {
        adopt(withDeadline(work, 5));
        stall(30);
        setImmediate(() => answer("late but read"));
      }),
    );
    await expect(judged).resolves.toBe("late but read");
  });
});
