// What a refusal of the gate says: one of the stable refusal codes of the shared list, and a reason a researcher can read.
import type { CypherRefusalCode } from "@domain/contracts/problem";

export type { CypherRefusalCode };

export interface CypherRefusal {
  code: CypherRefusalCode;
  reason: string;
}
