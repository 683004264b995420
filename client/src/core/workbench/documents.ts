// Pure: what the add-document form proposes and says: a title from the pasted text, a size for a person.

/** "16 MB", "820 KB": a size in bytes for a person. */
export function readableBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** A title to start with: the first line, cut after its first sentence or at a word near 100 characters. */
export function titleFrom(text: string): string {
  const line = (text.trim().split(/\r?\n/)[0] ?? "").replace(/\s+/g, " ");
  const sentence = /^(.{12,}?[.!?؟])(\s|$)/u.exec(line)?.[1] ?? line;
  if (sentence.length <= 100) return sentence;
  const cut = sentence.slice(0, 100);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 60))}…`;
}
