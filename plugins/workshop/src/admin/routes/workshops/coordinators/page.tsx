import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Checkbox, Label, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { MAX_EMAIL_LENGTH, MAX_NAME_LENGTH, MAX_PHONE_LENGTH, MIN_PASSWORD_LENGTH, newPasswordProblem } from "../../../../domain"
import {
  Field,
  FormDrawer,
  PasswordField,
  TextField,
  checkErrors,
  useDrawer,
  useForm,
  useFormMutation,
  type Errors,
} from "../../../components/form"
import { EditCell, ListTable, Page, QueryView, right } from "../../../components/page"
import { ShownOnce, type HandedLogin } from "../../../components/shown-once"
import { keys, useWorkshops, type Coordinator, type Workshop } from "../../../lib/api"
import { generatePassword } from "../../../lib/format"
import { useT, type T } from "../../../lib/i18n"
import { sdk } from "../../../lib/sdk"

type CoordinatorForm = { email: string; name: string; phone: string; password: string; workshop_ids: string[] }

const FIELDS = ["email", "name", "phone", "password", "workshop_ids"]

function validate(v: CoordinatorForm, creating: boolean, t: T): Errors {
  const errors: Errors = {}
  if (creating && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) errors.email = v.email ? t("v.email") : t("v.required")
  if (!v.name.trim()) errors.name = t("v.required")
  const passwordProblem = creating || v.password ? newPasswordProblem(v.password) : null
  if (passwordProblem === "blank_edges") errors.password = t("v.passwordSpaces")
  else if (passwordProblem) errors.password = t("v.password", { min: MIN_PASSWORD_LENGTH })
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
  onLogin: (login: HandedLogin) => void
}) {
  const form = useForm<CoordinatorForm>(
    editing
      ? { email: editing.email, name: editing.name, phone: editing.phone ?? "", password: "", workshop_ids: editing.workshops.map((w) => w.id) }
      : { email: "", name: "", phone: "", password: generatePassword(), workshop_ids: [] }
  )
  const { values, set, errors, setErrors } = form
  const save = useFormMutation<{ coordinator: Coordinator }>({
    path: editing ? `/admin/coordinators/${editing.id}` : "/admin/coordinators",
    fields: FIELDS,
    setErrors,
    t,
    done: editing ? t("common.saved") : t("coordinators.created"),
    invalidate: [keys.coordinators],
    onSuccess: ({ coordinator }) => {
      if (values.password) onLogin({ identifier: coordinator.email, password: values.password })
      onClose()
    },
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
    <FormDrawer
      id="coordinator-form"
      title={editing ? t("coordinators.edit") : t("coordinators.new")}
      description={t("coordinators.subtitle")}
      onClose={onClose}
      onSubmit={submit}
      saving={save.isPending}
      submitTestId="coordinator-save"
      t={t}
    >
      <TextField form={form} name="email" maxLength={MAX_EMAIL_LENGTH} label={t("coordinators.email")} type="email" disabled={!!editing} t={t} />
      <div className="grid grid-cols-2 gap-4">
        <TextField form={form} name="name" maxLength={MAX_NAME_LENGTH} label={t("coordinators.name")} t={t} />
        <TextField form={form} name="phone" maxLength={MAX_PHONE_LENGTH} label={t("coordinators.phone")} type="tel" optional t={t} />
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
      <PasswordField form={form} editing={!!editing} label={t("coordinators.password")} t={t} />
    </FormDrawer>
  )
}

const CoordinatorsPage = () => {
  const { t } = useT()
  const workshops = useWorkshops()
  const list = useQuery({
    queryKey: keys.coordinators,
    queryFn: () => sdk.client.fetch<{ coordinators: Coordinator[]; count: number }>("/admin/coordinators", { query: { limit: 500, order: "name" } }),
  })
  const drawer = useDrawer<Coordinator>()
  const [login, setLogin] = useState<HandedLogin | null>(null)

  return (
    <Page
      title={t("coordinators.title")}
      subtitle={t("coordinators.subtitle")}
      testId="coordinators-page"
      actions={
        <Button size="small" variant="secondary" onClick={() => drawer.open(null)} data-testid="coordinator-new">
          {t("coordinators.new")}
        </Button>
      }
    >
      <QueryView t={t} query={list} isEmpty={(d) => !d.coordinators.length} empty={t("coordinators.empty")}>
        {(data) => (
          <ListTable
            columns={[t("coordinators.name"), t("coordinators.email"), t("coordinators.phone"), t("coordinators.workshops"), right(t("common.actions"))]}
          >
            {data.coordinators.map((c) => (
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
                <EditCell t={t} onClick={() => drawer.open(c)} />
              </Table.Row>
            ))}
          </ListTable>
        )}
      </QueryView>
      {drawer.state ? (
        <CoordinatorDrawer
          key={drawer.state.key}
          t={t}
          editing={drawer.state.editing}
          workshops={workshops.data?.workshops ?? []}
          onClose={drawer.close}
          onLogin={setLogin}
        />
      ) : null}
      <ShownOnce
        t={t}
        title={t("coordinators.handOver")}
        hint={t("coordinators.handOverHint")}
        label={t("coordinators.email")}
        login={login}
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
