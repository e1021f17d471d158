import { MAX_HANDLE_LENGTH, MAX_NAME_LENGTH, MAX_STORY_LENGTH } from "../../../domain"
import { typedWhole } from "../../lib/typed-fields"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Button, Table } from "@medusajs/ui"
import {
  FormDrawer,
  SwitchField,
  TextAreaField,
  TextField,
  checkErrors,
  useDrawer,
  useForm,
  useFormMutation,
  type Errors,
} from "../../components/form"
import { ActiveBadge, EditCell, ListTable, Page, QueryView, TwoLines, right } from "../../components/page"
import { keys, useWorkshops, type Workshop } from "../../lib/api"
import { useT, type T } from "../../lib/i18n"

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
  if (v.founded_year.trim() && typedWhole(v.founded_year, 1900, 2100) === null) errors.founded_year = t("v.year")
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
    founded_year: v.founded_year.trim() ? typedWhole(v.founded_year, 1900, 2100) : null,
    is_active: v.is_active,
  }
}

function WorkshopDrawer({ t, editing, onClose }: { t: T; editing: Workshop | null; onClose: () => void }) {
  const form = useForm<WorkshopForm>(editing ? formOf(editing) : blank)
  const { values, set, setErrors } = form
  const save = useFormMutation<{ workshop: Workshop }>({
    path: editing ? `/admin/workshops/${editing.id}` : "/admin/workshops",
    fields: FIELDS,
    setErrors,
    t,
    done: editing ? t("common.saved") : t("workshops.created"),
    invalidate: [keys.workshops, keys.summary],
    onSuccess: onClose,
  })
  const submit = () => {
    if (!checkErrors(validate(values, t), setErrors, t)) return
    save.mutate(bodyOf(values))
  }
  return (
    <FormDrawer
      id="workshop-form"
      title={editing ? t("workshops.edit") : t("workshops.new")}
      description={t("workshops.subtitle")}
      onClose={onClose}
      onSubmit={submit}
      saving={save.isPending}
      submitTestId="workshop-save"
      t={t}
    >
      <TextField form={form} name="handle" maxLength={MAX_HANDLE_LENGTH} label={t("workshops.handle")} hint={t("workshops.handleHint")} t={t} />
      <div className="grid grid-cols-2 gap-4">
        <TextField form={form} name="name_zh" maxLength={MAX_NAME_LENGTH} label={t("workshops.nameZh")} t={t} />
        <TextField form={form} name="name_en" maxLength={MAX_NAME_LENGTH} label={t("workshops.nameEn")} t={t} />
        <TextField form={form} name="city_zh" maxLength={MAX_NAME_LENGTH} label={t("workshops.cityZh")} t={t} />
        <TextField form={form} name="city_en" maxLength={MAX_NAME_LENGTH} label={t("workshops.cityEn")} t={t} />
        <TextField form={form} name="district_zh" maxLength={MAX_NAME_LENGTH} label={t("workshops.districtZh")} optional t={t} />
        <TextField form={form} name="district_en" maxLength={MAX_NAME_LENGTH} label={t("workshops.districtEn")} optional t={t} />
      </div>
      <TextField form={form} name="founded_year" label={t("workshops.foundedYear")} optional t={t} />
      <TextAreaField form={form} name="story_zh" maxLength={MAX_STORY_LENGTH} label={t("workshops.storyZh")} rows={4} t={t} />
      <TextAreaField form={form} name="story_en" maxLength={MAX_STORY_LENGTH} label={t("workshops.storyEn")} rows={4} t={t} />
      <SwitchField id="is_active" label={t("workshops.isActive")} checked={values.is_active} onCheckedChange={(checked) => set("is_active", checked)} />
    </FormDrawer>
  )
}

const WorkshopsPage = () => {
  const { t } = useT()
  const workshops = useWorkshops()
  const drawer = useDrawer<Workshop>()

  return (
    <Page
      title={t("workshops.title")}
      subtitle={t("workshops.subtitle")}
      testId="workshops-page"
      actions={
        <Button size="small" variant="secondary" onClick={() => drawer.open(null)} data-testid="workshop-new">
          {t("workshops.new")}
        </Button>
      }
    >
      <QueryView t={t} query={workshops} isEmpty={(d) => !d.workshops.length} empty={t("workshops.empty")}>
        {(data) => (
          <ListTable
            columns={[
              t("workshops.name"),
              t("workshops.handle"),
              t("workshops.city"),
              t("workshops.foundedYear"),
              t("common.status"),
              right(t("common.actions")),
            ]}
          >
            {data.workshops.map((w) => (
              <Table.Row key={w.id} data-testid="workshop-row" data-handle={w.handle}>
                <Table.Cell>
                  <TwoLines primary={w.name_zh} secondary={w.name_en} />
                </Table.Cell>
                <Table.Cell className="font-mono">{w.handle}</Table.Cell>
                <Table.Cell>
                  {w.city_zh}
                  {w.district_zh ? ` · ${w.district_zh}` : ""}
                </Table.Cell>
                <Table.Cell>{w.founded_year ?? "—"}</Table.Cell>
                <Table.Cell>
                  <ActiveBadge t={t} active={w.is_active} />
                </Table.Cell>
                <EditCell t={t} onClick={() => drawer.open(w)} testId="workshop-edit" />
              </Table.Row>
            ))}
          </ListTable>
        )}
      </QueryView>
      {drawer.state ? <WorkshopDrawer key={drawer.state.key} t={t} editing={drawer.state.editing} onClose={drawer.close} /> : null}
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
