// A node's or edge's own properties as a definition list; values are shown as text, never as markup.
const HIDDEN = new Set([
  "id",
  "name",
  "nameAr",
  "aliases",
  "searchKeys",
  "description",
  "statement",
  "original",
  "text",
]);

function show(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(show).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function Properties({ properties, open }: { properties: Record<string, unknown>; open?: boolean }) {
  const entries = Object.entries(properties).filter(([k, v]) => !HIDDEN.has(k) && show(v) !== "");
  if (entries.length === 0) return null;
  return (
    <details className="properties" open={open}>
      <summary>Properties ({entries.length})</summary>
      <dl>
        {entries.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd dir="auto">{show(v)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
