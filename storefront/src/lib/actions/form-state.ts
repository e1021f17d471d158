import type { FieldErrors } from "../checkout/address";
import type { ChinaDivisionChoices } from "../checkout/china-divisions";

/**
 * What a form's server action answers (React's useActionState): field errors as codes (the form
 * translates them beside each field), a message for the whole form, and the values sent, so the
 * form is filled again after an error.
 */
export type FormState = {
  status: "idle" | "error";
  errors?: FieldErrors;
  /** an error code for the whole form (CheckoutErrors.*) */
  error?: string;
  /** the same, already in the page's language */
  message?: string;
  values?: Record<string, string>;
  /**
   * A China-market address form's province → city → district choices for `values`, so the form
   * sent back lists the cities of the province just sent (also without JavaScript).
   */
  divisions?: ChinaDivisionChoices;
};

export const idleState: FormState = { status: "idle" };

/** The text fields of a form, trimmed (files and the locale field left out). */
export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || omit.includes(key)) continue;
    values[key] = value;
  }
  return values;
}
