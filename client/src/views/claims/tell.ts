// Runs a Claims write from a button and tells its outcome as a notice: what was done, or the server's reason.
import { describeError } from "../../api/errors";
import { notify } from "../../core/notices";

export function tell(action: () => Promise<string>): void {
  action().then(
    (done) => notify(done),
    (error: unknown) => notify(describeError(error), "error"),
  );
}
