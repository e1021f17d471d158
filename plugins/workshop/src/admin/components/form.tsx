import { Button, Drawer, Input, Label, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query"
import { useCallback, useState, type ComponentProps, type ReactNode } from "react"
import { cleanMessage, errorMessage, fieldOfError, generatePassword } from "../lib/format"
import type { T } from "../lib/i18n"
import { sdk } from "../lib/sdk"

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

/** The part of a form (see useForm) that a text field named K reads and writes. */
export type TextForm<K extends string> = {
  values: { [P in K]: string }
  errors: Errors
  set: (key: K, value: string) => void
}

type InputProps = Omit<ComponentProps<typeof Input>, "id" | "name" | "value" | "onChange" | "form">

/** A text input bound to the form's value of the same name, in its Field. */
export function TextField<K extends string>({
  form,
  name,
  label,
  hint,
  optional,
  t,
  ...input
}: { form: TextForm<NoInfer<K>>; name: K; label: string; hint?: string; optional?: boolean; t: T } & InputProps) {
  return (
    <Field id={name} label={label} error={form.errors[name]} optional={optional} hint={hint} t={t}>
      <Input
        {...input}
        id={name}
        name={name}
        value={form.values[name]}
        onChange={(e) => form.set(name, e.target.value)}
        aria-invalid={!!form.errors[name]}
      />
    </Field>
  )
}

/** A longer text (a story), optional, bound to the form's value of the same name. */
export function TextAreaField<K extends string>({
  form,
  name,
  label,
  rows,
  maxLength,
  t,
}: {
  form: TextForm<NoInfer<K>>
  name: K
  label: string
  rows: number
  /** the server's limit (limits.ts), so the field can't take more than the route accepts */
  maxLength?: number
  t: T
}) {
  return (
    <Field id={name} label={label} error={form.errors[name]} optional t={t}>
      <Textarea id={name} name={name} rows={rows} maxLength={maxLength} value={form.values[name]} onChange={(e) => form.set(name, e.target.value)} />
    </Field>
  )
}

/** An on/off switch with its label. */
export function SwitchField({
  id,
  label,
  checked,
  onCheckedChange,
  className = "flex items-center gap-x-2",
  testId,
}: {
  id: string
  label: string
  checked: boolean
  onCheckedChange: (checked: boolean) => void
  className?: string
  testId?: string
}) {
  return (
    <div className={className}>
      <Switch id={id} checked={checked} onCheckedChange={onCheckedChange} data-testid={testId} />
      <Text size="small" asChild>
        <label htmlFor={id}>{label}</label>
      </Text>
    </div>
  )
}

/**
 * The password of a login (artisan or coordinator), with a button that makes one up. Required
 * when the login is created; when editing, a new one is set only if one is typed.
 */
export function PasswordField({ form, editing, label, t }: { form: TextForm<"password">; editing: boolean; label: string; t: T }) {
  return (
    <Field
      id="password"
      label={editing ? t("artisans.newPassword") : label}
      hint={editing ? t("artisans.newPasswordHint") : t("artisans.passwordHint")}
      error={form.errors.password}
      optional={editing}
      t={t}
    >
      <div className="flex gap-x-2">
        <Input
          id="password"
          name="password"
          className="font-mono"
          value={form.values.password}
          autoComplete="off"
          onChange={(e) => form.set("password", e.target.value)}
          aria-invalid={!!form.errors.password}
        />
        <Button type="button" size="small" variant="secondary" onClick={() => form.set("password", generatePassword())}>
          {t("artisans.generate")}
        </Button>
      </div>
    </Field>
  )
}

/** A form checked by the screen (not the browser) and sent with Enter or its submit button. */
export function SubmitForm({
  onSubmit,
  children,
  ...props
}: Omit<ComponentProps<"form">, "onSubmit" | "noValidate"> & { onSubmit: () => void }) {
  return (
    <form
      {...props}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit()
      }}
    >
      {children}
    </form>
  )
}

/** A side drawer holding one form (its id is also its test id), with Cancel and the form's submit button. */
export function FormDrawer({
  id,
  title,
  description,
  onClose,
  onSubmit,
  saving,
  submitLabel,
  submitTestId,
  t,
  children,
}: {
  id: string
  title: string
  description: string
  onClose: () => void
  onSubmit: () => void
  saving: boolean
  submitLabel?: string
  submitTestId?: string
  t: T
  children: ReactNode
}) {
  return (
    <Drawer open onOpenChange={(o) => (!o ? onClose() : undefined)}>
      <Drawer.Content data-testid={id}>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
          <Drawer.Description className="sr-only">{description}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <SubmitForm id={id} className="flex flex-col gap-y-4" onSubmit={onSubmit}>
            {children}
          </SubmitForm>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("common.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" form={id} isLoading={saving} data-testid={submitTestId}>
            {submitLabel ?? t("common.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/**
 * Which record a page's drawer form is open for (null: a new one), or null when it is closed.
 * Each opening gets a new key, so the form starts from the record again.
 */
export function useDrawer<R>() {
  const [state, setState] = useState<{ editing: R | null; key: number } | null>(null)
  return {
    state,
    open: (editing: R | null) => setState({ editing, key: Date.now() }),
    close: () => setState(null),
  }
}

/**
 * POSTs a form's body to an admin route. On success: the toast, the lists to load again, then
 * `onSuccess`; a refusal is shown next to the field it names (see showApiError).
 */
export function useFormMutation<R = unknown, B extends Record<string, unknown> = Record<string, unknown>>({
  path,
  fields,
  setErrors,
  t,
  done,
  invalidate = [],
  onSuccess,
}: {
  path: string
  fields: string[]
  setErrors: (update: (e: Errors) => Errors) => void
  t: T
  done: string
  invalidate?: readonly QueryKey[]
  onSuccess?: (result: R) => void
}) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: B) => sdk.client.fetch<R>(path, { method: "POST", body }),
    onSuccess: (result) => {
      toast.success(done)
      for (const queryKey of invalidate) queryClient.invalidateQueries({ queryKey })
      onSuccess?.(result)
    },
    onError: (error) => showApiError(error, fields, setErrors, t),
  })
}

/**
 * Shows a backend error next to the field it names, or else in a toast. Returns true when it
 * was put next to a field.
 */
export function showApiError(error: unknown, fields: string[], setErrors: (update: (e: Errors) => Errors) => void, t: T): boolean {
  const message = cleanMessage(errorMessage(error))
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
