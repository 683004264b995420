// Pieces every mark form shares: its frame with Save and Cancel, and the reasons the shared schemas refuse input.
import type { ReactNode } from "react";
import type { z } from "zod";

/** Each refusal of a shared zod schema as "field: reason". */
export function zodReasons(error: z.ZodError | null | undefined): string[] {
  if (!error) return [];
  return error.issues.map((i) => (i.path.length > 0 ? `${i.path.join(".")}: ${i.message}` : i.message));
}

interface Props {
  title: string;
  testId: string;
  reasons: string[];
  onSave: () => void;
  onCancel: () => void;
  saveLabel?: string;
  children: ReactNode;
}

export function FormFrame({ title, testId, reasons, onSave, onCancel, saveLabel = "Save", children }: Props) {
  return (
    <form
      className="wb-form"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <div className="panel-head">
        <h2>{title}</h2>
        <button type="button" className="icon" aria-label="Cancel" onClick={onCancel}>
          ×
        </button>
      </div>
      {children}
      {reasons.length > 0 && (
        <ul className="wb-reasons error" data-testid="wb-form-reasons">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="submit" className="primary" data-testid="wb-form-save">
          {saveLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
