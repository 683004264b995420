// Citations inside a PNG: iTXt chunks (UTF-8, so Arabic quotes survive) written before IEND, and read back.
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let table: Uint32Array | null = null;

/** CRC-32 (ISO 3309), as PNG chunks use. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = (table[(crc ^ b) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(latin1(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An uncompressed iTXt chunk: keyword (Latin-1, 1–79 characters), then UTF-8 text. */
function itxt(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`not a PNG keyword: ${keyword}`);
  const body = new TextEncoder().encode(text);
  const head = latin1(keyword);
  const data = new Uint8Array(head.length + 5 + body.length);
  data.set(head, 0);
  // null separator, compression flag 0, method 0, empty language tag + null, empty translated keyword + null
  data.set([0, 0, 0, 0, 0], head.length);
  data.set(body, head.length + 5);
  return chunk("iTXt", data);
}

/** The PNG with one iTXt chunk per entry, inserted just before its IEND chunk. */
export function withPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array {
  if (!isPng(png)) throw new Error("not a PNG");
  let offset = 8;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  while (offset + 8 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === "IEND") break;
    offset += 12 + length;
  }
  const added = Object.entries(entries).map(([k, v]) => itxt(k, v));
  const size = added.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, offset), 0);
  let at = offset;
  for (const c of added) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(offset), at);
  return out;
}

/** Every iTXt chunk of a PNG, by keyword (uncompressed ones only, as withPngText writes). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  while (offset + 8 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === "iTXt") {
      const data = png.subarray(offset + 8, offset + 8 + length);
      const end = data.indexOf(0);
      const keyword = String.fromCharCode(...data.subarray(0, end));
      let p = end + 3;
      p = data.indexOf(0, p) + 1;
      p = data.indexOf(0, p) + 1;
      out[keyword] = new TextDecoder().decode(data.subarray(p));
    }
    if (type === "IEND") break;
    offset += 12 + length;
  }
  return out;
}
