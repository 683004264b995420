// Dynamic colours reach CSS through custom properties set by React (CSSOM), never through inline style strings.
import type { CSSProperties } from "react";

export function dotStyle(color: string): CSSProperties {
  return { "--dot": color } as CSSProperties;
}
