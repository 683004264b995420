// Node label drawing for sigma's canvas: Arabic labels are shaped by the browser and laid out right-to-left.
import type { Attributes } from "graphology-types";
import { drawDiscNodeHover, drawDiscNodeLabel } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & { rtl?: boolean };

/** Fonts with Latin and Arabic glyphs; the canvas falls back per glyph along this list. */
export const LABEL_FONT = '"Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Segoe UI", system-ui, sans-serif';

/**
 * Sets the paragraph direction from the label's script, but anchors every label at its left edge,
 * so it still starts just right of its node.
 */
function withDirection(context: CanvasRenderingContext2D, rtl: boolean | undefined, draw: () => void): void {
  context.save();
  context.direction = rtl ? "rtl" : "ltr";
  context.textAlign = "left";
  try {
    draw();
  } finally {
    context.restore();
  }
}

export function drawNodeLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<N, E, G>,
): void {
  withDirection(context, data.rtl, () => drawDiscNodeLabel(context, data, settings));
}

export function drawNodeHover<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<N, E, G>,
): void {
  withDirection(context, data.rtl, () => drawDiscNodeHover(context, data, settings));
}
