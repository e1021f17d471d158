import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Drawer, Input, Select, StatusBadge, Switch, Table, Text, Textarea, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Field, checkErrors, showApiError, useForm, type Errors } from "../../../components/form"
import { Empty, LoadError, Loading, Page, Pager } from "../../../components/page"
import { ShownOnce } from "../../../components/shown-once"
import { keys, useWorkshops, type Artisan, type ArtisanStatus, type Workshop } from "../../../lib/api"
import {
  MIN_PASSWORD_LENGTH,
  YUAN,
  generatePassword,
  isCalendarDate,
  normalizeMainlandMobile,
  todayInChina,
} from "../../../lib/format"
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
  if (v.monthly_goal.trim() && (!YUAN.test(v.monthly_goal.trim()) || Number(v.monthly_goal) > 100000)) errors.monthly_goal = t("v.goal")
  if ((creating || v.password) && v.password.length < MIN_PASSWORD_LENGTH) errors.password = t("v.password", { min: MIN_PASSWORD_LENGTH })
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
    monthly_goal: v.monthly_goal.trim() ? Number(v.monthly_goal) : null,
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
  onLogin: (login: { identifier: string; password: string }) => void
}) {
  const queryClient = useQueryClient()
  const initial = editing ? formOf(editing) : blank(defaultWorkshopId)
  const { values, set, errors, setErrors } = useForm<ArtisanForm>(initial)
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch<{ artisan: Artisan }>(editing ? `/admin/artisans/${editing.id}` : "/admin/artisans", { method: "POST", body }),
    onSuccess: ({ artisan }) => {
      toast.success(editing ? t("common.saved") : t("artisans.created"))
      queryClient.invalidateQueries({ queryKey: keys.artisans })
      queryClient.invalidateQueries({ queryKey: keys.summary })
      if (values.password) onLogin({ identifier: artisan.phone, password: values.password })
      onClose()
    },
    onError: (error) => showApiError(error, FIELDS, setErrors, t),
  })
  const submit = () => {
    if (!checkErrors(validate(values, !editing, t), setErrors, t)) return
    const body = bodyOf(values)
    save.mutate(editing ? changes(bodyOf(initial), body) : body)
  }
  const text = (key: keyof ArtisanForm, label: string, opts: { optional?: boolean; hint?: string; type?: string } = {}) => (
    <Field id={key} label={label} error={errors[key]} optional={opts.optional} hint={opts.hint} t={t}>
      <Input
        id={key}
        name={key}
        type={opts.type ?? "text"}
        value={values[key] as string}
        onChange={(e) => set(key, e.target.value as never)}
        aria-invalid={!!errors[key]}
      />
    </Field>
  )
  return (
    <Drawer open onOpenChange={(o) => (!o ? onClose() : undefined)}>
      <Drawer.Content data-testid="artisan-form">
        <Drawer.Header>
          <Drawer.Title>{editing ? t("artisans.edit") : t("artisans.new")}</Drawer.Title>
          <Drawer.Description className="sr-only">{t("artisans.subtitle")}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <form
            id="artisan-form"
            className="flex flex-col gap-y-4"
            noValidate
            onSubmit={(e) => {
              e.preventDefault()
              submit()
            }}
          >
            <Field id="workshop_id" label={t("common.workshop")} error={errors.workshop_id} t={t}>
              <Select value={values.workshop_id} onValueChange={(v) => set("workshop_id", v)}>
                <Select.Trigger id="workshop_id" data-testid="artisan-workshop">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {workshops.map((w) => (
                    <Select.Item key={w.id} value={w.id}>
                      {w.name_zh}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
            <div className="grid grid-cols-2 gap-4">
              {text("display_name", t("artisans.displayName"))}
              {text("legal_name", t("artisans.legalName"))}
              {text("phone", t("artisans.phone"), { type: "tel" })}
              {text("joined_on", t("artisans.joinedOn"), { type: "date" })}
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
              {text("skills", t("artisans.skills"), { optional: true })}
              {text("monthly_goal", t("artisans.monthlyGoal"), { optional: true })}
            </div>
            <div className="flex items-start gap-x-2 rounded-md border border-ui-border-base p-3">
              <Switch
                id="public_profile"
                checked={values.public_profile}
                onCheckedChange={(checked) => set("public_profile", checked)}
                data-testid="artisan-consent"
              />
              <Text size="small" asChild>
                <label htmlFor="public_profile">{t("artisans.consent")}</label>
              </Text>
            </div>
            {(["story_zh", "story_en"] as const).map((key) => (
              <Field key={key} id={key} label={t(key === "story_zh" ? "artisans.storyZh" : "artisans.storyEn")} error={errors[key]} optional t={t}>
                <Textarea id={key} name={key} rows={3} value={values[key]} onChange={(e) => set(key, e.target.value)} />
              </Field>
            ))}
            {text("photo_url", t("artisans.photoUrl"), { optional: true })}
            <Field
              id="password"
              label={editing ? t("artisans.newPassword") : t("artisans.password")}
              hint={editing ? t("artisans.newPasswordHint") : t("artisans.passwordHint")}
              error={errors.password}
              optional={!!editing}
              t={t}
            >
              <div className="flex gap-x-2">
                <Input
                  id="password"
                  name="password"
                  className="font-mono"
                  value={values.password}
                  autoComplete="off"
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
          <Button size="small" type="submit" form="artisan-form" isLoading={save.isPending} data-testid="artisan-save">
            {t("common.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const ArtisansPage = () => {
  const { t } = useT()
  const workshops = useWorkshops()
  const [workshopId, setWorkshopId] = useState("all")
  const [status, setStatus] = useState<"all" | ArtisanStatus>("all")
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const [drawer, setDrawer] = useState<{ editing: Artisan | null; key: number } | null>(null)
  const [login, setLogin] = useState<{ identifier: string; password: string } | null>(null)

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
        <Button
          size="small"
          variant="secondary"
          disabled={!allWorkshops.length}
          onClick={() => setDrawer({ editing: null, key: Date.now() })}
          data-testid="artisan-new"
        >
          {t("artisans.new")}
        </Button>
      }
    >
      <div className="flex flex-wrap items-center gap-2 px-6 py-3">
        <div className="w-64">
          <Select
            value={workshopId}
            onValueChange={(v) => {
              setWorkshopId(v)
              setOffset(0)
            }}
          >
            <Select.Trigger data-testid="filter-workshop" aria-label={t("common.workshop")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">
                {t("common.workshop")}: {t("common.all")}
              </Select.Item>
              {allWorkshops.map((w) => (
                <Select.Item key={w.id} value={w.id}>
                  {w.name_zh}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
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
      {list.isLoading ? <Loading t={t} /> : list.error ? <LoadError t={t} error={list.error} /> : !list.data?.artisans.length ? <Empty>{t("artisans.empty")}</Empty> : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("artisans.displayName")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.workshop")}</Table.HeaderCell>
                <Table.HeaderCell>{t("artisans.loginPhone")}</Table.HeaderCell>
                <Table.HeaderCell>{t("artisans.joinedOn")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("artisans.public")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("common.actions")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {list.data.artisans.map((a) => (
                <Table.Row key={a.id} data-testid="artisan-row" data-artisan-id={a.id} data-public={String(a.public_profile)}>
                  <Table.Cell>
                    <div className="flex flex-col py-2">
                      <Text size="small" weight="plus" data-testid="artisan-name">{a.display_name}</Text>
                      <Text size="xsmall" className="text-ui-fg-subtle">{a.legal_name}</Text>
                    </div>
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
                  <Table.Cell className="text-right">
                    <Button size="small" variant="transparent" onClick={() => setDrawer({ editing: a, key: Date.now() })} data-testid="artisan-edit">
                      {t("common.edit")}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pager t={t} count={list.data.count} offset={offset} limit={PAGE_SIZE} onChange={setOffset} />
        </>
      )}
      {drawer ? (
        <ArtisanDrawer
          key={drawer.key}
          t={t}
          editing={drawer.editing}
          workshops={allWorkshops}
          defaultWorkshopId={workshopId !== "all" ? workshopId : allWorkshops[0]?.id ?? ""}
          onClose={() => setDrawer(null)}
          onLogin={setLogin}
        />
      ) : null}
      <ShownOnce
        t={t}
        title={t("artisans.handOver")}
        hint={t("artisans.handOverHint")}
        login={login ? { label: t("artisans.loginPhone"), ...login } : null}
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
