import type { LineError } from "@jinxiu/workshop/domain/work-lines";
import { AlertIcon } from "./icons";

/** The errors of one field, one line or one batch, each with its code and field for the journeys. */
export function FieldErrors({ id, errors, text }: { id: string; errors: LineError[]; text: (e: LineError) => string }) {
  if (!errors.length) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5" data-testid="line-error">
      {errors.map((error, i) => (
        <li key={i} className="flex items-start gap-1 text-base font-medium text-cinnabar-700" data-code={error.code} data-field={error.field}>
          <AlertIcon size={18} className="mt-1 shrink-0" />
          <span>{text(error)}</span>
        </li>
      ))}
    </ul>
  );
}
