import { Checkbox, Label, Select, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query"
import { MAX_AWARD_YEAR, MAX_OPENING_PIECE_TYPES, MAX_OPENING_POSITIONS, MAX_TRAINING_CAPACITY, MIN_AWARD_YEAR } from "../../domain"
import { readApiError } from "../lib/api-errors"
import { errorMessage } from "../lib/format"
import type { Lang, T } from "../lib/i18n"
import type { FormError, FormErrors } from "../lib/programme-forms"
import type { PT } from "../lib/programme-i18n"
import { sdk } from "../lib/sdk"
import { Field, type Errors } from "./form"

/** The programme forms' error codes in words, with the limits they name. */
export function wordErrors(errors: FormErrors, pt: PT, extra: { attended?: number } = {}): Errors {
  const word = (code: FormError): string => {
    switch (code) {
      case "positions":
        return pt("v.positions", { max: MAX_OPENING_POSITIONS })
      case "pieceTypes":
        return pt("v.pieceTypes", { max: MAX_OPENING_PIECE_TYPES })
      case "capacity":
        return pt("v.capacity", { max: MAX_TRAINING_CAPACITY })
      case "belowAttended":
        return pt("v.belowAttended", { attended: extra.attended ?? 0 })
      case "year":
        return pt("v.year", { min: MIN_AWARD_YEAR, max: MAX_AWARD_YEAR })
      default:
        return pt(`v.${code}`)
    }
  }
  return Object.fromEntries(Object.entries(errors).map(([field, code]) => [field, word(code)]))
}

/**
 * Shows a backend refusal beside the fields it names, in the admin's language (the routes write
 * "field: 中文 / English"), and what names no field in a toast.
 */
export function showProgrammeError(
  error: unknown,
  fields: readonly string[],
  setErrors: (update: (e: Errors) => Errors) => void,
  { t, pt, lang }: { t: T; pt: PT; lang: Lang }
) {
  const { byField, rest } = readApiError(errorMessage(error), fields, lang, { required: pt("v.required"), invalid: pt("v.invalid") })
  const description = rest.length ? rest.join("; ") : undefined
  if (Object.keys(byField).length) {
    setErrors((e) => ({ ...e, ...byField }))
    toast.error(t("common.fixErrors"), { description })
  } else {
    toast.error(t("common.failed"), { description: description ?? errorMessage(error) })
  }
}

/**
 * Sends a programme form to its admin route. On success: the toast, the lists to load again, then
 * `onSuccess`. A refusal `onRefused` does not take is shown beside its field (showProgrammeError).
 */
export function useProgrammeMutation<R = unknown, B = Record<string, unknown>>({
  path,
  method = "POST",
  fields,
  setErrors,
  words,
  done,
  invalidate = [],
  onSuccess,
  onRefused,
}: {
  path: string
  method?: "POST" | "DELETE"
  fields: readonly string[]
  setErrors: (update: (e: Errors) => Errors) => void
  words: { t: T; pt: PT; lang: Lang }
  done: string
  invalidate?: readonly QueryKey[]
  onSuccess?: (result: R) => void
  /** a refusal the screen answers itself (true: taken) */
  onRefused?: (error: unknown) => boolean
}) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: B) => sdk.client.fetch<R>(path, method === "DELETE" ? { method } : { method, body: body as Record<string, unknown> }),
    onSuccess: (result) => {
      toast.success(done)
      for (const queryKey of invalidate) queryClient.invalidateQueries({ queryKey })
      onSuccess?.(result)
    },
    onError: (error) => {
      if (onRefused?.(error)) return
      showProgrammeError(error, fields, setErrors, words)
    },
  })
}

/** A choice among a few values in a Field (a select), bound by the caller. */
export function ChoiceField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  error,
  hint,
  placeholder,
  disabled,
  t,
}: {
  id: string
  label: string
  value: V | ""
  options: { value: V; label: string }[]
  onChange: (value: V) => void
  error?: string
  hint?: string
  placeholder?: string
  disabled?: boolean
  t: T
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint} t={t}>
      <Select value={value} onValueChange={(v) => onChange(v as V)} disabled={disabled}>
        <Select.Trigger id={id} data-testid={`${id}-select`} aria-invalid={!!error}>
          <Select.Value placeholder={placeholder} />
        </Select.Trigger>
        <Select.Content>
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>
              {o.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </Field>
  )
}

/** Several yes/no choices (checkboxes) held as the list of the chosen values. */
export function CheckboxList<V extends string>({
  id,
  options,
  chosen,
  onChange,
  disabled,
  columns = 2,
}: {
  id: string
  options: { value: V; label: string; hint?: string }[]
  chosen: readonly V[]
  onChange: (chosen: V[]) => void
  disabled?: boolean
  columns?: 1 | 2
}) {
  const toggle = (value: V, on: boolean) => {
    const set = new Set(chosen)
    if (on) set.add(value)
    else set.delete(value)
    // kept in the options' order
    onChange(options.map((o) => o.value).filter((v) => set.has(v)))
  }
  return (
    <div id={id} className={columns === 2 ? "grid grid-cols-2 gap-2" : "flex flex-col gap-2"} data-testid={id}>
      {options.map((o) => {
        const boxId = `${id}-${o.value}`
        return (
          <div key={o.value} className="flex items-start gap-x-2">
            <Checkbox
              id={boxId}
              checked={chosen.includes(o.value)}
              disabled={disabled}
              onCheckedChange={(c) => toggle(o.value, c === true)}
              data-testid={boxId}
            />
            <div className="flex flex-col">
              <Label htmlFor={boxId} size="small">
                {o.label}
              </Label>
              {o.hint ? (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {o.hint}
                </Text>
              ) : null}
            </div>
          </div>
        )
      })}
    </div>
  )
}
