// The head of a node's details: type, names in both languages, aliases, description.
import { colorForType } from "../../core/appearance/palette";
import type { NodeData } from "../../core/dataset/types";
import { dotStyle } from "../common/style";

export function NodeHeader({ id, node }: { id: string; node: NodeData }) {
  const isClaim = node.kind === "claim";
  return (
    <header className="node-header">
      <div className="node-type">
        <span className="dot" style={dotStyle(colorForType(node.type))} /> {node.type}
        <code className="node-id">{id}</code>
      </div>
      {isClaim ? (
        <>
          <h2 className="claim-statement" lang="en" data-testid="details-title">
            {node.statement ?? node.label}
          </h2>
          {node.original && (
            <p className="original" dir="auto" lang="ar">
              {node.original}
            </p>
          )}
        </>
      ) : (
        <>
          <h2 data-testid="details-title" dir="auto">
            {node.label}
          </h2>
          {node.labelAr && (
            <p className="name-ar" lang="ar" dir="rtl" data-testid="details-title-ar">
              {node.labelAr}
            </p>
          )}
        </>
      )}
      {node.aliases && node.aliases.length > 0 && (
        <p className="aliases">
          <span className="muted">Also: </span>
          {node.aliases.map((a) => (
            <span key={a} className="alias" dir="auto">
              {a}
            </span>
          ))}
        </p>
      )}
      {node.description && <p className="description">{node.description}</p>}
    </header>
  );
}
