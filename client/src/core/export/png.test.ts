import { zlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { crc32, isPng, readPngText, withPngText } from "./png";

/** A valid 1×1 white PNG, built by hand. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(
      [...type].map((c) => c.charCodeAt(0)),
      4,
    );
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, 1);
  new DataView(ihdr.buffer).setUint32(4, 1);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlibSync(new Uint8Array([0, 255, 255, 255]))),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe("PNG citations", () => {
  it("should refuse what is not a PNG and a keyword PNG cannot carry", () => {
    expect(() => withPngText(new Uint8Array([1, 2, 3]), { a: "b" })).toThrow("not a PNG");
    expect(() => withPngText(tinyPng(), { "": "b" })).toThrow("not a PNG keyword");
  });

  it("should compute the CRC-32 PNG chunks use", () => {
    // The CRC of every PNG's IEND chunk type.
    expect(crc32(new TextEncoder().encode("IEND"))).toBe(0xae426082);
  });

  it("should add UTF-8 text chunks before IEND and read them back, Arabic included", () => {
    const png = tinyPng();
    const out = withPngText(png, { Description: "[doc-a] تقرير. Al-Arabiya.", "kg-explorer:citations": '{"a":1}' });
    expect(isPng(out)).toBe(true);
    expect(out.length).toBeGreaterThan(png.length);
    expect(readPngText(out)).toEqual({ Description: "[doc-a] تقرير. Al-Arabiya.", "kg-explorer:citations": '{"a":1}' });
    // Still ends with the IEND chunk.
    expect([...out.subarray(out.length - 8, out.length - 4)].map((c) => String.fromCharCode(c)).join("")).toBe("IEND");
    expect(readPngText(png)).toEqual({});
  });
});
