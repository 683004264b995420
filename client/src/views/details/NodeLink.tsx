// A node's name as a button: selects it, bringing it onto the canvas first if it is not there.

import { selectNode } from "../../core/exploration";
import { revealNode } from "../../core/exploration/index";

export function NodeLink({ id, label }: { id: string; label: string }) {
  return (
    <button
      type="button"
      className="link node-link"
      dir="auto"
      onClick={() =>
        void revealNode(id, label).then((ok) => {
          if (ok) selectNode(id, { camera: true });
        })
      }
    >
      {label}
    </button>
  );
}
