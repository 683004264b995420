// Transient notices in the corner; announced to screen readers.
import { dismiss, noticesAtom } from "../../core/notices";
import { useAtomValue } from "../../core/utils/useAtom";

export function Toasts() {
  const notices = useAtomValue(noticesAtom);
  return (
    <div className="toasts" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`toast ${n.tone}`} role={n.tone === "error" ? "alert" : "status"}>
          <span>{n.text}</span>
          <button type="button" className="icon" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
