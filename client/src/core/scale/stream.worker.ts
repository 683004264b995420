// Web worker: reads the body of /api/graph/stream and parses its NDJSON off the main thread, one message per line.
import { parseStreamLine } from "./parseLine";
import type { StreamMessage, StreamRequest } from "./types";
import { splitLines } from "./utils";

const post = (message: StreamMessage) => (self as unknown as Worker).postMessage(message);

function emit(raw: string): void {
  const parsed = parseStreamLine(raw);
  if (parsed.ok) post({ kind: "line", line: parsed.line });
  else post({ kind: "failed", status: 200, message: parsed.message });
}

self.onmessage = async (event: MessageEvent<StreamRequest>) => {
  try {
    const reader = event.data.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const { lines, rest } = splitLines(buffered + value);
      buffered = rest;
      for (const line of lines) emit(line);
    }
    if (buffered.trim() !== "") emit(buffered);
  } catch (error) {
    post({ kind: "failed", status: 0, message: error instanceof Error ? error.message : String(error) });
  }
};
