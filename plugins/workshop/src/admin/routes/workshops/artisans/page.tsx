import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Input, Select, StatusBadge, Table } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { MAX_MONTHLY_GOAL_YUAN, MAX_NAME_LENGTH, MAX_PHONE_LENGTH, MAX_STORY_LENGTH, MAX_URL_LENGTH, MIN_PASSWORD_LENGTH, isCalendarDate, newPasswordProblem, todayInChina } from "../../../../domain"
import {
  Field,
  FormDrawer,
  PasswordField,
  SwitchField,
  TextAreaField,
  TextField,
  checkErrors,
  useDrawer,
  useForm,
  useFormMutation,
  type Errors,
} from "../../../components/form"
import { EditCell, ListTable, Page, Pager, QueryView, TwoLines, right } from "../../../components/page"
import { ShownOnce, type HandedLogin } from "../../../components/shown-once"
import { WorkshopSelect } from "../../../components/workshop-select"
import { keys, useWorkshops, type Artisan, type ArtisanStatus, type Workshop } from "../../../lib/api"
import { generatePassword, normalizeMainlandMobile } from "../../../lib/format"
import { typedYuan } from "../../../lib/typed-fields"
import { useT, type T } from "../../../lib/i18n"
import { sdk } from "../../../lib/sdk"

const STATUSES: ArtisanStatus[] = ["active", "paused", "left"]
const STATUS_COLOR = { active: "green", paused: "orange", left: "grey" } as const
const PAGE_SIZE = 50

type ArtisanForm = {
  workshop_id: string
  display_name: string
  legal_name: string
  phone: string
  joined_on: string
  status: ArtisanStatus
  skills: string
  monthly_goal: string
  public_profile: boolean
  story_zh: string
  story_en: string
  photo_url: string
  password: string
}

const FIELDS = [
  "workshop_id", "display_name", "legal_name", "phone", "joined_on", "status", "skills", "monthly_goal",
  "public_profile", "story_zh", "story_en", "photo_url", "password",
]

const blank = (workshopId: string): ArtisanForm => ({
  workshop_id: workshopId,
  display_name: "",
  legal_name: "",
  phone: "",
  joined_on: todayInChina(),
  status: "active",
  skills: "",
  monthly_goal: "",
  public_profile: false,
  story_zh: "",
  story_en: "",
  photo_url: "",
  password: generatePassword(),
})

const formOf = (a: Artisan): ArtisanForm => ({
  workshop_id: a.workshop_id,
  display_name: a.display_name,
  legal_name: a.legal_name,
  phone: a.phone,
  joined_on: a.joined_on,
  status: a.status,
  skills: (a.skills ?? []).join(", "),
  monthly_goal: a.monthly_goal === null || a.monthly_goal === undefined ? "" : String(Number(a.monthly_goal)),
  public_profile: a.public_profile,
  story_zh: a.story_zh ?? "",
  story_en: a.story_en ?? "",
  photo_url: a.photo_url ?? "",
  password: "",
})

function validate(v: ArtisanForm, creating: boolean, t: T): Errors {
  const errors: Errors = {}
  if (!v.workshop_id) errors.workshop_id = t("v.required")
  if (!v.display_name.trim()) errors.display_name = t("v.required")
  if (!v.legal_name.trim()) errors.legal_name = t("v.required")
  if (!normalizeMainlandMobile(v.phone)) errors.phone = v.phone ? t("v.phone") : t("v.required")
  if (!isCalendarDate(v.joined_on)) errors.joined_on = t("v.date")
  if (v.monthly_goal.trim() && typedYuan(v.monthly_goal, MAX_MONTHLY_GOAL_YUAN) === null) errors.monthly_goal = t("v.goal")
  const passwordProblem = creating || v.password ? newPasswordProblem(v.password) : null
  if (passwordProblem === "blank_edges") errors.password = t("v.passwordSpaces")
  else if (passwordProblem) errors.password = t("v.password", { min: MIN_PASSWORD_LENGTH })
  return errors
}

function bodyOf(v: ArtisanForm) {
  const skills = v.skills.split(/[,，、]/).map((s) => s.trim()).filter(Boolean)
  return {
    workshop_id: v.workshop_id,
    display_name: v.display_name.trim(),
    legal_name: v.legal_name.trim(),
    phone: v.phone,
    joined_on: v.joined_on,
    status: v.status,
    skills: skills.length ? skills : null,
    monthly_goal: v.monthly_goal.trim() ? Number(typedYuan(v.monthly_goal, MAX_MONTHLY_GOAL_YUAN)) : null,
    public_profile: v.public_profile,
    story_zh: v.story_zh.trim() ? v.story_zh : null,
    story_en: v.story_en.trim() ? v.story_en : null,
    photo_url: v.photo_url.trim() ? v.photo_url.trim() : null,
    ...(v.password ? { password: v.password } : {}),
  }
}

/** Only what changed: a changed phone moves her login, so an unchanged one is not sent. */
function changes(before: ReturnType<typeof bodyOf>, after: ReturnType<typeof bodyOf>) {
  return Object.fromEntries(
    Object.entries(after).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify((before as Record<string, unknown>)[key]))
  )
}

function ArtisanDrawer({
  t,
  editing,
  workshops,
  defaultWorkshopId,
  onClose,
  onLogin,
}: {
  t: T
  editing: Artisan | null
  workshops: Workshop[]
  defaultWorkshopId: string
  onClose: () => void
  onLogin: (login: HandedLogin) => void
}) {
  const initial = editing ? formOf(editing) : blank(defaultWorkshopId)
  const form = useForm<ArtisanForm>(initial)
  const { values, set, errors, setErrors } = form
  const save = useFormMutation<{ artisan: Artisan }>({
    path: editing ? `/admin/artisans/${editing.id}` : "/admin/artisans",
    fields: FIELDS,
    setErrors,
    t,
    done: editing ? t("common.saved") : t("artisans.created"),
    invalidate: [keys.artisans, keys.summary],
    onSuccess: ({ artisan }) => {
      if (values.password) onLogin({ identifier: artisan.phone, password: values.password })
      onClose()
    },
  })
  const submit = () => {
    if (!checkErrors(validate(values, !editing, t), setErrors, t)) return
    const body = bodyOf(values)
    save.mutate(editing ? changes(bodyOf(initial), body) : body)
  }
  return (
    <FormDrawer
      id="artisan-form"
      title={editing ? t("artisans.edit") : t("artisans.new")}
      description={t("artisans.subtitle")}
      onClose={onClose}
      onSubmit={submit}
      saving={save.isPending}
      submitTestId="artisan-save"
      t={t}
    >
      <Field id="workshop_id" label={t("common.workshop")} error={errors.workshop_id} t={t}>
        <WorkshopSelect
          workshops={workshops}
          value={values.workshop_id}
          onValueChange={(v) => set("workshop_id", v)}
          id="workshop_id"
          data-testid="artisan-workshop"
        />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <TextField form={form} name="display_name" maxLength={MAX_NAME_LENGTH} label={t("artisans.displayName")} type="text" t={t} />
        <TextField form={form} name="legal_name" maxLength={MAX_NAME_LENGTH} label={t("artisans.legalName")} type="text" t={t} />
        <TextField form={form} name="phone" maxLength={MAX_PHONE_LENGTH} label={t("artisans.phone")} type="tel" t={t} />
        <TextField form={form} name="joined_on" label={t("artisans.joinedOn")} type="date" t={t} />
      </div>
      {editing ? (
        <Field id="status" label={t("common.status")} error={errors.status} t={t}>
          <Select value={values.status} onValueChange={(v) => set("status", v as ArtisanStatus)}>
            <Select.Trigger id="status">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {STATUSES.map((s) => (
                <Select.Item key={s} value={s}>
                  {t(`artisans.status.${s}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      ) : null}
      <div className="grid grid-cols-2 gap-4">
        <TextField form={form} name="skills" label={t("artisans.skills")} type="text" optional t={t} />
        <TextField form={form} name="monthly_goal" label={t("artisans.monthlyGoal")} type="text" optional t={t} />
      </div>
      <SwitchField
        id="public_profile"
        label={t("artisans.consent")}
        checked={values.public_profile}
        onCheckedChange={(checked) => set("public_profile", checked)}
        className="flex items-start gap-x-2 rounded-md border border-ui-border-base p-3"
        testId="artisan-consent"
      />
      <TextAreaField form={form} name="story_zh" maxLength={MAX_STORY_LENGTH} label={t("artisans.storyZh")} rows={3} t={t} />
      <TextAreaField form={form} name="story_en" maxLength={MAX_STORY_LENGTH} label={t("artisans.storyEn")} rows={3} t={t} />
      <TextField form={form} name="photo_url" maxLength={MAX_URL_LENGTH} label={t("artisans.photoUrl")} type="text" optional t={t} />
      <PasswordField form={form} editing={!!editing} label={t("artisans.password")} t={t} />
    </FormDrawer>
  )
}

const ArtisansPage = () => {
  const { t } = useT()
  const workshops = useWorkshops()
  const [workshopId, setWorkshopId] = useState("all")
  const [status, setStatus] = useState<"all" | ArtisanStatus>("all")
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const drawer = useDrawer<Artisan>()
  const [login, setLogin] = useState<HandedLogin | null>(null)

  const query = {
    limit: PAGE_SIZE,
    offset,
    order: "display_name",
    ...(workshopId !== "all" ? { workshop_id: workshopId } : {}),
    ...(status !== "all" ? { status } : {}),
    ...(q.trim() ? { q: q.trim() } : {}),
  }
  const list = useQuery({
    queryKey: [...keys.artisans, query],
    queryFn: () => sdk.client.fetch<{ artisans: Artisan[]; count: number }>("/admin/artisans", { query }),
    placeholderData: keepPreviousData,
  })
  const allWorkshops = workshops.data?.workshops ?? []

  return (
    <Page
      title={t("artisans.title")}
      subtitle={t("artisans.subtitle")}
      testId="artisans-page"
      actions={
        <Button size="small" variant="secondary" disabled={!allWorkshops.length} onClick={() => drawer.open(null)} data-testid="artisan-new">
          {t("artisans.new")}
        </Button>
      }
    >
      <div className="flex flex-wrap items-center gap-2 px-6 py-3">
        <div className="w-64">
          <WorkshopSelect
            workshops={allWorkshops}
            value={workshopId}
            onValueChange={(v) => {
              setWorkshopId(v)
              setOffset(0)
            }}
            all={`${t("common.workshop")}: ${t("common.all")}`}
            data-testid="filter-workshop"
            aria-label={t("common.workshop")}
          />
        </div>
        <div className="w-44">
          <Select
            value={status}
            onValueChange={(v) => {
              setStatus(v as "all" | ArtisanStatus)
              setOffset(0)
            }}
          >
            <Select.Trigger data-testid="filter-status" aria-label={t("common.status")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all" data-testid="status-option-all">
                {t("common.status")}: {t("common.all")}
              </Select.Item>
              {STATUSES.map((s) => (
                <Select.Item key={s} value={s} data-testid={`status-option-${s}`}>
                  {t(`artisans.status.${s}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <Input
          type="search"
          size="small"
          className="w-56"
          placeholder={t("artisans.search")}
          value={q}
          onChange={(e) => {
            setQ(e.target.value)
            setOffset(0)
          }}
          data-testid="filter-search"
        />
      </div>
      <QueryView t={t} query={list} isEmpty={(d) => !d.artisans.length} empty={t("artisans.empty")}>
        {(data) => (
          <>
            <ListTable
              columns={[
                t("artisans.displayName"),
                t("common.workshop"),
                t("artisans.loginPhone"),
                t("artisans.joinedOn"),
                t("common.status"),
                t("artisans.public"),
                t("artisans.pay"),
                right(t("common.actions")),
              ]}
            >
              {data.artisans.map((a) => (
                <Table.Row key={a.id} data-testid="artisan-row" data-artisan-id={a.id} data-public={String(a.public_profile)}>
                  <Table.Cell>
                    <TwoLines primary={a.display_name} secondary={a.legal_name} testId="artisan-name" />
                  </Table.Cell>
                  <Table.Cell>{a.workshop?.name_zh ?? "—"}</Table.Cell>
                  <Table.Cell className="font-mono">{a.phone}</Table.Cell>
                  <Table.Cell>{a.joined_on}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={STATUS_COLOR[a.status]}>{t(`artisans.status.${a.status}`)}</StatusBadge>
                  </Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={a.public_profile ? "blue" : "grey"}>
                      {a.public_profile ? t("artisans.public") : t("artisans.private")}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>
                    <Link to={`/workshops/artisans/${a.id}`} className="text-ui-fg-interactive txt-compact-small" data-testid="artisan-pay">
                      {t("artisans.pay")}
                    </Link>
                  </Table.Cell>
                  <EditCell t={t} onClick={() => drawer.open(a)} testId="artisan-edit" />
                </Table.Row>
              ))}
            </ListTable>
            <Pager t={t} count={data.count} offset={offset} limit={PAGE_SIZE} onChange={setOffset} />
          </>
        )}
      </QueryView>
      {drawer.state ? (
        <ArtisanDrawer
          key={drawer.state.key}
          t={t}
          editing={drawer.state.editing}
          workshops={allWorkshops}
          defaultWorkshopId={workshopId !== "all" ? workshopId : allWorkshops[0]?.id ?? ""}
          onClose={drawer.close}
          onLogin={setLogin}
        />
      ) : null}
      <ShownOnce
        t={t}
        title={t("artisans.handOver")}
        hint={t("artisans.handOverHint")}
        label={t("artisans.loginPhone")}
        login={login}
        onDone={() => setLogin(null)}
      />
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.artisans",
  translationNs: "jinxiu",
  rank: 2,
})

export default ArtisansPage
