// A node's name as a button: selects it, bringing it onto the canvas first if it is not there.
import { revealNode } from "../../core/graph/actions";
import { selectNode } from "../../core/selection/actions";

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
