// Names a favourite in the page (never a browser pop-up): Enter saves, Escape cancels, a refused name says why.
import { type KeyboardEvent, useId, useState } from "react";

interface Props {
  /** The field's accessible label, e.g. "Favourite name". */
  label: string;
  initial: string;
  submitLabel: string;
  /** Saves the name; returns why it was refused (shown under the field), or null when it was kept. */
  onSubmit: (name: string) => string | null;
  onCancel: () => void;
  testId: string;
}

export function FavouriteNameForm({ label, initial, submitLabel, onSubmit, onCancel, testId }: Props) {
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Escape") return;
    // Escape closes this form only: the page's Escape (clear the selection) never sees it.
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
  return (
    <form
      className="favourite-form"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        setProblem(onSubmit(name));
      }}
    >
      <label htmlFor={`${id}-name`}>{label}</label>
      <input
        id={`${id}-name`}
        type="text"
        dir="auto"
        value={name}
        // biome-ignore lint/a11y/noAutofocus: the form opens on the user's request to type a name here.
        autoFocus
        maxLength={400}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => {
          setName(e.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
        onFocus={(e) => e.target.select()}
      />
      <button type="submit" className="primary">
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {problem && (
        <p className="error" role="alert" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </form>
  );
}
