// graphology JSON writer: the serialized graph (graph.import() reads it back) with the bibliography as an attribute.
import { type ExportInput, GENERATOR, noticeText } from "../types";

export interface JsonOptions {
  /** Spaces of indentation per element line; 0 writes one element per line with no indentation. */
  indent: number;
}

export const DEFAULT_JSON_OPTIONS: JsonOptions = { indent: 0 };

export function* writeJson(input: ExportInput, options: Partial<JsonOptions> = {}): Generator<string> {
  const o = { ...DEFAULT_JSON_OPTIONS, ...options };
  const pad = " ".repeat(o.indent);
  const attributes = {
    ...input.graph.attributes,
    generator: GENERATOR,
    generatedAt: input.generatedAt,
    sources: input.sources,
    ...(input.notice && input.notice.unknownCount > 0
      ? {
          notice: noticeText(input.notice),
          unknownIds: input.notice.unknownIds,
          unknownCount: input.notice.unknownCount,
        }
      : {}),
  };
  yield `{"attributes":${JSON.stringify(attributes)},\n"options":${JSON.stringify(input.graph.options)},\n"nodes":[`;
  let first = true;
  for (const n of input.graph.nodes) {
    yield `${first ? "\n" : ",\n"}${pad}${JSON.stringify(n)}`;
    first = false;
  }
  yield '\n],\n"edges":[';
  first = true;
  for (const e of input.graph.edges) {
    yield `${first ? "\n" : ",\n"}${pad}${JSON.stringify(e)}`;
    first = false;
  }
  yield "\n]}\n";
}
