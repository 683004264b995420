// Orders a run's documents so that each comes after the documents defining the entities it refers to.
import type { ValidDocument } from "./validateDocument";

/** A stable topological order (input order among independent documents); documents in a cycle keep input order. */
export function orderDocuments(docs: readonly ValidDocument[]): ValidDocument[] {
  const definedBy = new Map<string, number>();
  docs.forEach((doc, i) => {
    for (const e of doc.manifest.entities) if (!definedBy.has(e.id)) definedBy.set(e.id, i);
  });
  const needs = docs.map((doc, i) => {
    const deps = new Set<number>();
    for (const ref of doc.foreignReferences) {
      const j = definedBy.get(ref.id);
      if (j !== undefined && j !== i) deps.add(j);
    }
    return deps;
  });
  const placed = new Set<number>();
  const order: number[] = [];
  while (order.length < docs.length) {
    const next = docs.findIndex((_, i) => !placed.has(i) && [...(needs[i] ?? [])].every((j) => placed.has(j)));
    const pick = next >= 0 ? next : docs.findIndex((_, i) => !placed.has(i));
    placed.add(pick);
    order.push(pick);
  }
  return order.map((i) => docs[i] as ValidDocument);
}
