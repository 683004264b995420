// Web worker that writes a data export off the main thread, posting progress, so large exports keep the page responsive.

import type { ExportFormat } from "@domain/contracts/api";
import type { ExportInput } from "@domain/export/types";
import { writeDataFile } from "./writers";

export type WorkerRequest = { format: ExportFormat; input: ExportInput };
export type WorkerReply =
  | { type: "progress"; fraction: number }
  | { type: "done"; blob: Blob }
  | { type: "error"; message: string };

const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

scope.onmessage = (event) => {
  try {
    let last = -1;
    const file = writeDataFile(event.data.format, event.data.input, (fraction) => {
      const percent = Math.floor(fraction * 100);
      if (percent === last) return;
      last = percent;
      scope.postMessage({ type: "progress", fraction });
    });
    scope.postMessage({ type: "done", blob: new Blob(file.parts as BlobPart[], { type: file.contentType }) });
  } catch (error) {
    scope.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
