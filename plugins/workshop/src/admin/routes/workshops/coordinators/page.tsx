import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Checkbox, Drawer, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Field, checkErrors, showApiError, useForm, type Errors } from "../../../components/form"
import { Empty, LoadError, Loading, Page } from "../../../components/page"
import { ShownOnce } from "../../../components/shown-once"
import { keys, useWorkshops, type Coordinator, type Workshop } from "../../../lib/api"
import { MIN_PASSWORD_LENGTH, generatePassword } from "../../../lib/format"
import { useT, type T } from "../../../lib/i18n"
import { sdk } from "../../../lib/sdk"

type CoordinatorForm = { email: string; name: string; phone: string; password: string; workshop_ids: string[] }

const FIELDS = ["email", "name", "phone", "password", "workshop_ids"]

function validate(v: CoordinatorForm, creating: boolean, t: T): Errors {
  const errors: Errors = {}
  if (creating && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) errors.email = v.email ? t("v.email") : t("v.required")
  if (!v.name.trim()) errors.name = t("v.required")
  if ((creating || v.password) && v.password.length < MIN_PASSWORD_LENGTH) errors.password = t("v.password", { min: MIN_PASSWORD_LENGTH })
  if (!v.workshop_ids.length) errors.workshop_ids = t("v.workshops")
  return errors
}

function CoordinatorDrawer({
  t,
  editing,
  workshops,
  onClose,
  onLogin,
}: {
  t: T
  editing: Coordinator | null
  workshops: Workshop[]
  onClose: () => void
  onLogin: (login: { identifier: string; password: string }) => void
}) {
  const queryClient = useQueryClient()
  const { values, set, errors, setErrors } = useForm<CoordinatorForm>(
    editing
      ? { email: editing.email, name: editing.name, phone: editing.phone ?? "", password: "", workshop_ids: editing.workshops.map((w) => w.id) }
      : { email: "", name: "", phone: "", password: generatePassword(), workshop_ids: [] }
  )
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch<{ coordinator: Coordinator }>(editing ? `/admin/coordinators/${editing.id}` : "/admin/coordinators", {
        method: "POST",
        body,
      }),
    onSuccess: ({ coordinator }) => {
      toast.success(editing ? t("common.saved") : t("coordinators.created"))
      queryClient.invalidateQueries({ queryKey: keys.coordinators })
      if (values.password) onLogin({ identifier: coordinator.email, password: values.password })
      onClose()
    },
    onError: (error) => showApiError(error, FIELDS, setErrors, t),
  })
  const submit = () => {
    if (!checkErrors(validate(values, !editing, t), setErrors, t)) return
    const common = {
      name: values.name.trim(),
      phone: values.phone.trim() ? values.phone.trim() : null,
      workshop_ids: values.workshop_ids,
      ...(values.password ? { password: values.password } : {}),
    }
    save.mutate(editing ? common : { email: values.email.trim(), ...common })
  }
  const toggle = (id: string, on: boolean) =>
    set("workshop_ids", on ? [...values.workshop_ids, id] : values.workshop_ids.filter((x) => x !== id))

  return (
    <Drawer open onOpenChange={(o) => (!o ? onClose() : undefined)}>
      <Drawer.Content data-testid="coordinator-form">
        <Drawer.Header>
          <Drawer.Title>{editing ? t("coordinators.edit") : t("coordinators.new")}</Drawer.Title>
          <Drawer.Description className="sr-only">{t("coordinators.subtitle")}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <form
            id="coordinator-form"
            className="flex flex-col gap-y-4"
            noValidate
            onSubmit={(e) => {
              e.preventDefault()
              submit()
            }}
          >
            <Field id="email" label={t("coordinators.email")} error={errors.email} t={t}>
              <Input
                id="email"
                type="email"
                value={values.email}
                disabled={!!editing}
                onChange={(e) => set("email", e.target.value)}
                aria-invalid={!!errors.email}
              />
            </Field>
            <div className="grid grid-cols-2 gap-4">
              <Field id="name" label={t("coordinators.name")} error={errors.name} t={t}>
                <Input id="name" value={values.name} onChange={(e) => set("name", e.target.value)} aria-invalid={!!errors.name} />
              </Field>
              <Field id="phone" label={t("coordinators.phone")} error={errors.phone} optional t={t}>
                <Input id="phone" type="tel" value={values.phone} onChange={(e) => set("phone", e.target.value)} />
              </Field>
            </div>
            <Field id="workshop_ids" label={t("coordinators.workshops")} error={errors.workshop_ids} t={t}>
              <div className="flex flex-col gap-y-2 rounded-md border border-ui-border-base p-3" data-testid="coordinator-workshops">
                {workshops.map((w) => (
                  <div key={w.id} className="flex items-center gap-x-2">
                    <Checkbox
                      id={`ws-${w.id}`}
                      checked={values.workshop_ids.includes(w.id)}
                      onCheckedChange={(checked) => toggle(w.id, checked === true)}
                    />
                    <Label htmlFor={`ws-${w.id}`} size="small">
                      <span>{w.name_zh}</span> <span className="text-ui-fg-subtle">{w.name_en}</span>
                    </Label>
                  </div>
                ))}
              </div>
            </Field>
            <Field
              id="password"
              label={editing ? t("artisans.newPassword") : t("coordinators.password")}
              hint={editing ? t("artisans.newPasswordHint") : t("artisans.passwordHint")}
              error={errors.password}
              optional={!!editing}
              t={t}
            >
              <div className="flex gap-x-2">
                <Input
                  id="password"
                  className="font-mono"
                  autoComplete="off"
                  value={values.password}
                  onChange={(e) => set("password", e.target.value)}
                  aria-invalid={!!errors.password}
                />
                <Button type="button" size="small" variant="secondary" onClick={() => set("password", generatePassword())}>
                  {t("artisans.generate")}
                </Button>
              </div>
            </Field>
          </form>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("common.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" form="coordinator-form" isLoading={save.isPending} data-testid="coordinator-save">
            {t("common.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const CoordinatorsPage = () => {
  const { t } = useT()
  const workshops = useWorkshops()
  const list = useQuery({
    queryKey: keys.coordinators,
    queryFn: () => sdk.client.fetch<{ coordinators: Coordinator[]; count: number }>("/admin/coordinators", { query: { limit: 500, order: "name" } }),
  })
  const [drawer, setDrawer] = useState<{ editing: Coordinator | null; key: number } | null>(null)
  const [login, setLogin] = useState<{ identifier: string; password: string } | null>(null)

  return (
    <Page
      title={t("coordinators.title")}
      subtitle={t("coordinators.subtitle")}
      testId="coordinators-page"
      actions={
        <Button size="small" variant="secondary" onClick={() => setDrawer({ editing: null, key: Date.now() })} data-testid="coordinator-new">
          {t("coordinators.new")}
        </Button>
      }
    >
      {list.isLoading ? <Loading t={t} /> : list.error ? <LoadError t={t} error={list.error} /> : !list.data?.coordinators.length ? <Empty>{t("coordinators.empty")}</Empty> : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("coordinators.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("coordinators.email")}</Table.HeaderCell>
              <Table.HeaderCell>{t("coordinators.phone")}</Table.HeaderCell>
              <Table.HeaderCell>{t("coordinators.workshops")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("common.actions")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.data.coordinators.map((c) => (
              <Table.Row key={c.id} data-testid="coordinator-row">
                <Table.Cell>
                  <Text size="small" weight="plus">{c.name}</Text>
                </Table.Cell>
                <Table.Cell>{c.email}</Table.Cell>
                <Table.Cell>{c.phone ?? "—"}</Table.Cell>
                <Table.Cell>
                  <div className="flex flex-wrap gap-1 py-2">
                    {c.workshops.map((w) => (
                      <Badge key={w.id} size="2xsmall">
                        {w.name_zh}
                      </Badge>
                    ))}
                  </div>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <Button size="small" variant="transparent" onClick={() => setDrawer({ editing: c, key: Date.now() })}>
                    {t("common.edit")}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {drawer ? (
        <CoordinatorDrawer
          key={drawer.key}
          t={t}
          editing={drawer.editing}
          workshops={workshops.data?.workshops ?? []}
          onClose={() => setDrawer(null)}
          onLogin={setLogin}
        />
      ) : null}
      <ShownOnce
        t={t}
        title={t("coordinators.handOver")}
        hint={t("coordinators.handOverHint")}
        login={login ? { label: t("coordinators.email"), ...login } : null}
        onDone={() => setLogin(null)}
      />
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.coordinators",
  translationNs: "jinxiu",
  rank: 3,
})

export default CoordinatorsPage
