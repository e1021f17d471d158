"use client";

import { useTranslations } from "@/i18n/client";
import { type ChangeEvent, type ReactNode, useId, useLayoutEffect, useRef } from "react";

type Common = {
  name: string;
  label: string;
  /** an error code (FieldErrors.*), shown beside the field */
  error?: string;
  hint?: string;
  required?: boolean;
  className?: string;
};

const inputClass =
  "mt-1 block min-h-11 w-full rounded-sm border bg-paper px-3 text-base text-ink placeholder:text-ink-muted/70 focus:border-cinnabar-700 aria-[invalid=true]:border-cinnabar-700 aria-[invalid=true]:bg-cinnabar-50";

function FieldShell({ id, label, error, hint, required, className, children }: Common & { id: string; children: ReactNode }) {
  const t = useTranslations("FieldErrors");
  const a = useTranslations("AddressForm");
  return (
    <div className={className} data-field>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
        {required && (
          <span aria-hidden="true" className="ml-1 text-cinnabar-700">
            *
          </span>
        )}
        {required && <span className="sr-only">（{a("required")}）</span>}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-ink-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-cinnabar-700" data-testid="field-error" data-field-error={error}>
          {t.has(error as "required") ? t(error as "required") : t("required")}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A labelled text input with its hint and, when the server refused it, its error beside it. */
export function TextField({
  type = "text",
  defaultValue,
  autoComplete,
  inputMode,
  ...common
}: Common & {
  type?: "text" | "email" | "tel" | "password";
  defaultValue?: string;
  autoComplete?: string;
  inputMode?: "text" | "tel" | "numeric" | "email";
}) {
  const id = useId();
  return (
    <FieldShell {...common} id={id}>
      <input
        id={id}
        name={common.name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={common.error ? true : undefined}
        aria-describedby={describedBy(id, common.hint, common.error)}
        aria-required={common.required || undefined}
        className={`${inputClass} ${common.error ? "border-cinnabar-700" : "border-gold-200"}`}
      />
    </FieldShell>
  );
}

/**
 * A labelled select with its error beside it; uncontrolled (`defaultValue`), or controlled when
 * given `value` and `onChange` (a choice that changes what another select offers).
 */
export function SelectField({
  options,
  placeholder,
  defaultValue,
  value,
  onChange,
  autoComplete,
  ...common
}: Common & {
  options: { value: string; label: string }[];
  placeholder?: string;
  defaultValue?: string;
  value?: string;
  onChange?: (value: string) => void;
  autoComplete?: string;
}) {
  const id = useId();
  const ref = useRef<HTMLSelectElement>(null);
  // React resets a form after its action (useActionState), and a reset puts a controlled select
  // back on its first option while React still holds the chosen value: put the value back.
  useLayoutEffect(() => {
    if (value !== undefined && ref.current && ref.current.value !== value) ref.current.value = value;
  });
  const chosen = value === undefined ? { defaultValue: defaultValue ?? "" } : { value, onChange: (event: ChangeEvent<HTMLSelectElement>) => onChange?.(event.target.value) };
  return (
    <FieldShell {...common} id={id}>
      <select
        ref={ref}
        id={id}
        name={common.name}
        {...chosen}
        autoComplete={autoComplete}
        aria-invalid={common.error ? true : undefined}
        aria-describedby={describedBy(id, common.hint, common.error)}
        aria-required={common.required || undefined}
        className={`${inputClass} ${common.error ? "border-cinnabar-700" : "border-gold-200"}`}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** The form-wide message (role=alert so screen readers hear it after submitting). */
export function FormMessage({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-sm bg-cinnabar-50 px-4 py-3 text-sm text-cinnabar-800" data-testid="form-error">
      {message}
    </p>
  );
}

export const primaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-full bg-cinnabar-700 px-8 text-paper transition-colors hover:bg-cinnabar-800 disabled:cursor-not-allowed disabled:bg-ink-muted/40 disabled:text-ink";
export const secondaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-full border border-gold-200 px-5 text-sm text-ink transition-colors hover:border-cinnabar-700 hover:text-cinnabar-700";
