// Joins many small string chunks (one per exported element) into ~64 KB pieces before they reach the socket.

export const COALESCE_BYTES = 64 * 1024;

/** Yields the same text as `chunks`, in pieces of at least `size` characters (the last may be shorter). */
export function* coalesceChunks(
  chunks: Iterable<string | Uint8Array>,
  size = COALESCE_BYTES,
): Generator<string | Uint8Array> {
  let parts: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    if (typeof chunk !== "string") {
      // Binary chunks (the CSV zip) pass through as they are, after the text gathered so far.
      if (length > 0) yield parts.join("");
      parts = [];
      length = 0;
      yield chunk;
      continue;
    }
    parts.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield parts.join("");
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield parts.join("");
}
