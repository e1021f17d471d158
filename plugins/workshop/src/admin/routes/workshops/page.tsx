import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Drawer, Input, StatusBadge, Switch, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Field, checkErrors, showApiError, useForm, type Errors } from "../../components/form"
import { Empty, LoadError, Loading, Page } from "../../components/page"
import { keys, useWorkshops, type Workshop } from "../../lib/api"
import { useT, type T } from "../../lib/i18n"
import { sdk } from "../../lib/sdk"

type WorkshopForm = {
  handle: string
  name_zh: string
  name_en: string
  city_zh: string
  city_en: string
  district_zh: string
  district_en: string
  story_zh: string
  story_en: string
  founded_year: string
  is_active: boolean
}

const FIELDS: (keyof WorkshopForm)[] = [
  "handle", "name_zh", "name_en", "city_zh", "city_en", "district_zh", "district_en", "story_zh", "story_en", "founded_year", "is_active",
]

const blank: WorkshopForm = {
  handle: "",
  name_zh: "",
  name_en: "",
  city_zh: "",
  city_en: "",
  district_zh: "",
  district_en: "",
  story_zh: "",
  story_en: "",
  founded_year: "",
  is_active: true,
}

const formOf = (w: Workshop): WorkshopForm => ({
  handle: w.handle,
  name_zh: w.name_zh,
  name_en: w.name_en,
  city_zh: w.city_zh,
  city_en: w.city_en,
  district_zh: w.district_zh ?? "",
  district_en: w.district_en ?? "",
  story_zh: w.story_zh ?? "",
  story_en: w.story_en ?? "",
  founded_year: w.founded_year ? String(w.founded_year) : "",
  is_active: w.is_active,
})

function validate(v: WorkshopForm, t: T): Errors {
  const errors: Errors = {}
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v.handle)) errors.handle = v.handle ? t("v.handle") : t("v.required")
  for (const key of ["name_zh", "name_en", "city_zh", "city_en"] as const) {
    if (!v[key].trim()) errors[key] = t("v.required")
  }
  if (v.founded_year.trim()) {
    const year = Number(v.founded_year)
    if (!Number.isInteger(year) || year < 1900 || year > 2100) errors.founded_year = t("v.year")
  }
  return errors
}

/** The body the routes take: empty optional text is sent as null. */
function bodyOf(v: WorkshopForm) {
  const orNull = (s: string) => (s.trim() ? s.trim() : null)
  return {
    handle: v.handle,
    name_zh: v.name_zh.trim(),
    name_en: v.name_en.trim(),
    city_zh: v.city_zh.trim(),
    city_en: v.city_en.trim(),
    district_zh: orNull(v.district_zh),
    district_en: orNull(v.district_en),
    story_zh: v.story_zh.trim() ? v.story_zh : null,
    story_en: v.story_en.trim() ? v.story_en : null,
    founded_year: v.founded_year.trim() ? Number(v.founded_year) : null,
    is_active: v.is_active,
  }
}

function WorkshopDrawer({ t, editing, open, onClose }: { t: T; editing: Workshop | null; open: boolean; onClose: () => void }) {
  const queryClient = useQueryClient()
  const form = useForm<WorkshopForm>(editing ? formOf(editing) : blank)
  const { values, set, errors, setErrors } = form
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof bodyOf>) =>
      sdk.client.fetch<{ workshop: Workshop }>(editing ? `/admin/workshops/${editing.id}` : "/admin/workshops", { method: "POST", body }),
    onSuccess: () => {
      toast.success(editing ? t("common.saved") : t("workshops.created"))
      queryClient.invalidateQueries({ queryKey: keys.workshops })
      queryClient.invalidateQueries({ queryKey: keys.summary })
      onClose()
    },
    onError: (error) => showApiError(error, FIELDS, setErrors, t),
  })
  const submit = () => {
    if (!checkErrors(validate(values, t), setErrors, t)) return
    save.mutate(bodyOf(values))
  }
  const text = (key: keyof WorkshopForm, label: string, opts: { optional?: boolean; hint?: string } = {}) => (
    <Field id={key} label={label} error={errors[key]} optional={opts.optional} hint={opts.hint} t={t}>
      <Input
        id={key}
        name={key}
        value={values[key] as string}
        onChange={(e) => set(key, e.target.value as never)}
        aria-invalid={!!errors[key]}
      />
    </Field>
  )
  return (
    <Drawer open={open} onOpenChange={(o) => (!o ? onClose() : undefined)}>
      <Drawer.Content data-testid="workshop-form">
        <Drawer.Header>
          <Drawer.Title>{editing ? t("workshops.edit") : t("workshops.new")}</Drawer.Title>
          <Drawer.Description className="sr-only">{t("workshops.subtitle")}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <form
            id="workshop-form"
            className="flex flex-col gap-y-4"
            noValidate
            onSubmit={(e) => {
              e.preventDefault()
              submit()
            }}
          >
            {text("handle", t("workshops.handle"), { hint: t("workshops.handleHint") })}
            <div className="grid grid-cols-2 gap-4">
              {text("name_zh", t("workshops.nameZh"))}
              {text("name_en", t("workshops.nameEn"))}
              {text("city_zh", t("workshops.cityZh"))}
              {text("city_en", t("workshops.cityEn"))}
              {text("district_zh", t("workshops.districtZh"), { optional: true })}
              {text("district_en", t("workshops.districtEn"), { optional: true })}
            </div>
            {text("founded_year", t("workshops.foundedYear"), { optional: true })}
            {(["story_zh", "story_en"] as const).map((key) => (
              <Field key={key} id={key} label={t(key === "story_zh" ? "workshops.storyZh" : "workshops.storyEn")} error={errors[key]} optional t={t}>
                <Textarea id={key} name={key} rows={4} value={values[key]} onChange={(e) => set(key, e.target.value)} />
              </Field>
            ))}
            <div className="flex items-center gap-x-2">
              <Switch id="is_active" checked={values.is_active} onCheckedChange={(checked) => set("is_active", checked)} />
              <Text size="small" asChild>
                <label htmlFor="is_active">{t("workshops.isActive")}</label>
              </Text>
            </div>
          </form>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("common.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" form="workshop-form" isLoading={save.isPending} data-testid="workshop-save">
            {t("common.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const WorkshopsPage = () => {
  const { t } = useT()
  const { data, isLoading, error } = useWorkshops()
  const [drawer, setDrawer] = useState<{ editing: Workshop | null; key: number } | null>(null)
  const open = (editing: Workshop | null) => setDrawer({ editing, key: Date.now() })

  return (
    <Page
      title={t("workshops.title")}
      subtitle={t("workshops.subtitle")}
      testId="workshops-page"
      actions={
        <Button size="small" variant="secondary" onClick={() => open(null)} data-testid="workshop-new">
          {t("workshops.new")}
        </Button>
      }
    >
      {isLoading ? <Loading t={t} /> : error ? <LoadError t={t} error={error} /> : !data?.workshops.length ? <Empty>{t("workshops.empty")}</Empty> : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("workshops.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("workshops.handle")}</Table.HeaderCell>
              <Table.HeaderCell>{t("workshops.city")}</Table.HeaderCell>
              <Table.HeaderCell>{t("workshops.foundedYear")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("common.actions")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.workshops.map((w) => (
              <Table.Row key={w.id} data-testid="workshop-row" data-handle={w.handle}>
                <Table.Cell>
                  <div className="flex flex-col py-2">
                    <Text size="small" weight="plus">{w.name_zh}</Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">{w.name_en}</Text>
                  </div>
                </Table.Cell>
                <Table.Cell className="font-mono">{w.handle}</Table.Cell>
                <Table.Cell>
                  {w.city_zh}
                  {w.district_zh ? ` · ${w.district_zh}` : ""}
                </Table.Cell>
                <Table.Cell>{w.founded_year ?? "—"}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={w.is_active ? "green" : "grey"}>{w.is_active ? t("common.active") : t("common.inactive")}</StatusBadge>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <Button size="small" variant="transparent" onClick={() => open(w)} data-testid="workshop-edit">
                    {t("common.edit")}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {drawer ? <WorkshopDrawer key={drawer.key} t={t} editing={drawer.editing} open onClose={() => setDrawer(null)} /> : null}
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.workshops",
  translationNs: "jinxiu",
  icon: BuildingStorefront,
  rank: 1,
})

export default WorkshopsPage
