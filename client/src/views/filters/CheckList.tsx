// A titled list of checkboxes with counts, used by every filter group.
import { dotStyle } from "../common/style";

export interface CheckItem {
  value: string;
  label: string;
  count: number;
  checked: boolean;
  color?: string | undefined;
}

interface Props {
  title: string;
  hint?: string;
  items: CheckItem[];
  onToggle: (value: string) => void;
  onAll?: (on: boolean) => void;
  /** An extra action per item, e.g. "read" for a source document. */
  action?: { label: string; run: (value: string) => void };
  countLabel?: string;
  testId?: string;
}

export function CheckList({ title, hint, items, onToggle, onAll, action, countLabel, testId }: Props) {
  if (items.length === 0) return null;
  return (
    <fieldset className="check-list" data-testid={testId}>
      <legend>{title}</legend>
      {hint && <p className="muted">{hint}</p>}
      {onAll && (
        <div className="all-none">
          <button type="button" className="link" onClick={() => onAll(true)}>
            all
          </button>
          <button type="button" className="link" onClick={() => onAll(false)}>
            none
          </button>
        </div>
      )}
      {items.map((item) => (
        <label key={item.value} className="check" data-value={item.value}>
          <input type="checkbox" checked={item.checked} onChange={() => onToggle(item.value)} />
          {item.color && <span className="dot" style={dotStyle(item.color)} />}
          <span className="check-label" dir="auto">
            {item.label}
          </span>
          <span className="count" title={countLabel ? `${item.count} ${countLabel}` : undefined}>
            {item.count}
          </span>
          {action && (
            <button
              type="button"
              className="link item-action"
              onClick={(e) => {
                e.preventDefault();
                action.run(item.value);
              }}
            >
              {action.label}
            </button>
          )}
        </label>
      ))}
    </fieldset>
  );
}
