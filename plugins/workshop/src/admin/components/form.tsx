import { Label, Text, toast } from "@medusajs/ui"
import { useCallback, useState, type ReactNode } from "react"
import { cleanMessage, fieldOfError } from "../lib/format"
import type { T } from "../lib/i18n"

export type Errors = Record<string, string | undefined>

/** A labelled form field with its hint and its error (from the form's checks or the backend). */
export function Field({
  id,
  label,
  hint,
  error,
  optional,
  children,
  t,
}: {
  id: string
  label: string
  hint?: string
  error?: string
  optional?: boolean
  children: ReactNode
  t: T
}) {
  return (
    <div className="flex flex-col gap-y-1" data-field={id}>
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {optional ? <span className="text-ui-fg-muted font-normal"> ({t("common.optional")})</span> : null}
      </Label>
      {children}
      {hint && !error ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      ) : null}
      {error ? (
        <Text size="xsmall" className="text-ui-fg-error" role="alert" data-testid={`error-${id}`}>
          {error}
        </Text>
      ) : null}
    </div>
  )
}

/** Values and errors of one form. */
export function useForm<V extends Record<string, unknown>>(initial: V) {
  const [values, setValues] = useState<V>(initial)
  const [errors, setErrors] = useState<Errors>({})
  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    setErrors((e) => (e[key as string] ? { ...e, [key as string]: undefined } : e))
  }, [])
  const reset = useCallback((next: V) => {
    setValues(next)
    setErrors({})
  }, [])
  return { values, set, errors, setErrors, reset }
}

/**
 * Shows a backend error next to the field it names, or else in a toast. Returns true when it
 * was put next to a field.
 */
export function showApiError(error: unknown, fields: string[], setErrors: (update: (e: Errors) => Errors) => void, t: T): boolean {
  const message = cleanMessage(error instanceof Error ? error.message : String(error))
  const field = fieldOfError(message, fields)
  if (field) {
    setErrors((e) => ({ ...e, [field]: message }))
    toast.error(t("common.fixErrors"), { description: message })
    return true
  }
  toast.error(t("common.failed"), { description: message })
  return false
}

/** True when no field has an error; shows a toast otherwise. */
export function checkErrors(errors: Errors, setErrors: (e: Errors) => void, t: T): boolean {
  const found = Object.fromEntries(Object.entries(errors).filter(([, v]) => !!v))
  setErrors(found)
  if (Object.keys(found).length) {
    toast.error(t("common.fixErrors"))
    return false
  }
  return true
}
