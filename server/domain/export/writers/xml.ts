// XML helpers shared by the GEXF and GraphML writers and the SVG export: text XML 1.0 can carry, and a streaming builder.
import { createCB } from "xmlbuilder2";
import type { XMLBuilderCB } from "xmlbuilder2/lib/interfaces";

const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/**
 * Characters XML 1.0 cannot carry, even escaped: C0 controls other than tab, LF and CR, U+FFFE/U+FFFF, and lone
 * surrogates (a pair stays).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 cannot carry (xmlbuilder2 refuses them rather than dropping them). */
export function xmlSafe(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML 1.0 forbids.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(LONE_SURROGATE, "")
  );
}

/** Escapes markup characters and drops the characters XML 1.0 cannot carry (the SVG export's hand-written markup). */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

export interface XmlStream {
  /** xmlbuilder2's callback builder: elements are serialised as they are closed. */
  xml: XMLBuilderCB;
  /** The text serialised since the last call. */
  take(): string;
}

/**
 * A streaming XML builder (xmlbuilder2's createCB, well-formedness checked): the writer adds elements and yields
 * `take()` between them, so a large graph is never held as one string.
 */
export function xmlStream(pretty: boolean): XmlStream {
  let buffered: string[] = [];
  const xml = createCB({
    data: (chunk: string) => {
      buffered.push(chunk);
    },
    error: (error: Error) => {
      throw error;
    },
    prettyPrint: pretty,
    indent: "  ",
    wellFormed: true,
  });
  return {
    xml,
    take() {
      const out = buffered.join("");
      buffered = [];
      return out;
    },
  };
}

/** A number as XML data: integers beyond 2^53 arrive as decimal strings and pass as they are. */
export function xmlValue(value: string | number | boolean): string {
  return typeof value === "string" ? xmlSafe(value) : String(value);
}
