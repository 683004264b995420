// Deadlines judged only after the event loop has read pending I/O, so a busy thread cannot make a prompt answer look
// late: the timer's verdict waits for the check phase (setImmediate) that follows the poll phase of its turn.

export class DeadlineError extends Error {
  readonly ms: number;
  constructor(ms: number) {
    super(`No answer within ${ms} ms.`);
    this.name = "DeadlineError";
    this.ms = ms;
  }
}

/**
 * Calls `missed` once `ms` milliseconds have passed, unless the returned `settle` was called first. When the thread
 * was blocked past the deadline, an answer already waiting in a socket is read (and can call `settle`) before the
 * verdict. The timer does not keep the process alive.
 */
export function deadline(ms: number, missed: () => void): { settle(): void } {
  let settled = false;
  const timer = setTimeout(() => {
    setImmediate(() => {
      if (!settled) {
        settled = true;
        missed();
      }
    });
  }, ms);
  timer.unref();
  return {
    settle() {
      settled = true;
      clearTimeout(timer);
    },
  };
}

/**
 * Settles like `work`, or rejects with DeadlineError once `ms` (milliseconds) have passed without it settling (see
 * `deadline`). `work` is not cancelled; its late outcome is ignored.
 */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const timer = deadline(ms, () => {
      done = true;
      reject(new DeadlineError(ms));
    });
    work.then(
      (value) => {
        if (done) return;
        timer.settle();
        resolve(value);
      },
      (error: unknown) => {
        if (done) return;
        timer.settle();
        reject(error);
      },
    );
  });
}
