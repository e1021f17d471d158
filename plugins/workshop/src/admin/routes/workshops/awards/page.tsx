import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Input, Select, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import {
  AWARD_LEVELS,
  AWARD_SUBJECTS,
  MAX_CONTEST_NAME_LENGTH,
  MAX_FILTER_VALUES,
  todayInChina,
  type AwardLevel,
  type AwardSubject,
} from "../../../../domain"
import { Field, FormDrawer, TextField, checkErrors, useDrawer, useForm } from "../../../components/form"
import { ListTable, Page, Pager, QueryView, TwoLines, right } from "../../../components/page"
import { ChoiceField, showProgrammeError, useProgrammeMutation, wordErrors } from "../../../components/programme-form"
import { WorkshopSelect } from "../../../components/workshop-select"
import { keys, useWorkshops, type Artisan, type Workshop } from "../../../lib/api"
import { useT, type Lang, type T } from "../../../lib/i18n"
import { programmeKeys, type Award } from "../../../lib/programme-api"
import { readAwardForm, type AwardValues } from "../../../lib/programme-forms"
import { useProgrammeT, type PT } from "../../../lib/programme-i18n"
import { sdk } from "../../../lib/sdk"

const PAGE_SIZE = 100
const LEVEL_COLOR: Record<AwardLevel, "orange" | "grey" | "red" | "blue"> = { gold: "orange", silver: "grey", bronze: "red", finalist: "blue" }

type Words = { t: T; pt: PT; lang: Lang }

const FIELDS = ["contest_zh", "contest_en", "year", "level", "category_zh", "category_en", "subject_type", "subject_id"]

/** A maker or a piece an award may name, found by name. */
type Candidate = { id: string; label: string }

/** The makers (display name, workshop) or pieces (title) matching `q`, for the subject's choice. */
async function searchSubjects(type: "artisan" | "product", q: string): Promise<Candidate[]> {
  if (type === "artisan") {
    const { artisans } = await sdk.client.fetch<{ artisans: Artisan[] }>("/admin/artisans", {
      query: { limit: 50, order: "display_name", ...(q ? { q } : {}) },
    })
    return artisans.map((a) => ({ id: a.id, label: `${a.display_name} · ${a.workshop?.name_zh ?? ""}` }))
  }
  const { products } = await sdk.admin.product.list({ limit: 50, fields: "id,title", ...(q ? { q } : {}) })
  return products.map((p) => ({ id: p.id, label: p.title }))
}

/** The subject of an award: a workshop from the list, or a maker or piece searched by name. */
function SubjectField({
  words,
  type,
  value,
  currentLabel,
  workshops,
  error,
  onChange,
}: {
  words: Words
  type: AwardSubject
  value: string
  currentLabel: string | null
  workshops: Workshop[]
  error?: string
  onChange: (id: string) => void
}) {
  const { t, pt } = words
  const [q, setQ] = useState("")
  const search = useQuery({
    queryKey: ["jinxiu", "award-subjects", type, q.trim()],
    enabled: type !== "workshop",
    queryFn: () => searchSubjects(type as "artisan" | "product", q.trim()),
    placeholderData: keepPreviousData,
  })
  const found = search.data ?? []
  const options = value && currentLabel && !found.some((c) => c.id === value) ? [{ id: value, label: currentLabel }, ...found] : found
  return (
    <Field id="subject_id" label={pt(`awards.subject.${type}`)} error={error} t={t}>
      {type === "workshop" ? (
        <WorkshopSelect workshops={workshops} value={value} onValueChange={onChange} id="subject_id" data-testid="award-subject-workshop" />
      ) : (
        <div className="flex flex-col gap-y-2">
          <Input
            type="search"
            size="small"
            placeholder={pt("awards.search")}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            data-testid="award-subject-search"
          />
          <Select value={value} onValueChange={onChange}>
            <Select.Trigger id="subject_id" data-testid="award-subject-select" aria-invalid={!!error}>
              <Select.Value placeholder={options.length ? pt("awards.choose") : pt("awards.noMatch")} />
            </Select.Trigger>
            <Select.Content>
              {options.map((c) => (
                <Select.Item key={c.id} value={c.id}>
                  {c.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      )}
    </Field>
  )
}

const blank = (): AwardValues => ({
  contest_zh: "",
  contest_en: "",
  // this year in China, as the workshop clock counts it
  year: todayInChina().slice(0, 4),
  level: "gold",
  category_zh: "",
  category_en: "",
  subject_type: "workshop",
  subject_id: "",
})

const formOf = (a: Award): AwardValues => ({
  contest_zh: a.contest_zh,
  contest_en: a.contest_en,
  year: String(a.year),
  level: a.level,
  category_zh: a.category_zh ?? "",
  category_en: a.category_en ?? "",
  subject_type: a.subject_type,
  subject_id: a.subject_id,
})

function AwardDrawer({
  words,
  editing,
  editingLabel,
  workshops,
  onClose,
}: {
  words: Words
  editing: Award | null
  editingLabel: string | null
  workshops: Workshop[]
  onClose: () => void
}) {
  const { t, pt } = words
  const form = useForm<AwardValues>(editing ? formOf(editing) : blank())
  const { values, set, errors, setErrors } = form
  const save = useProgrammeMutation<{ award: Award }>({
    path: editing ? `/admin/awards/${editing.id}` : "/admin/awards",
    fields: FIELDS,
    setErrors,
    words,
    done: editing ? t("common.saved") : pt("awards.created"),
    invalidate: [programmeKeys.awards],
    onSuccess: onClose,
  })
  const submit = () => {
    const read = readAwardForm(values)
    if (!read.ok) return void checkErrors(wordErrors(read.errors, pt), setErrors, t)
    save.mutate(read.body)
  }
  const sameSubject = editing && editing.subject_type === values.subject_type
  return (
    <FormDrawer
      id="award-form"
      title={editing ? pt("awards.edit") : pt("awards.new")}
      description={pt("awards.subtitle")}
      onClose={onClose}
      onSubmit={submit}
      saving={save.isPending}
      submitTestId="award-save"
      t={t}
    >
      <div className="grid grid-cols-2 gap-4">
        <TextField form={form} name="contest_zh" maxLength={MAX_CONTEST_NAME_LENGTH} label={pt("awards.contestZh")} t={t} />
        <TextField form={form} name="contest_en" maxLength={MAX_CONTEST_NAME_LENGTH} label={pt("awards.contestEn")} t={t} />
        <TextField form={form} name="year" inputMode="numeric" label={pt("awards.year")} t={t} />
        <ChoiceField<AwardLevel>
          id="level"
          label={pt("awards.level")}
          value={values.level}
          options={AWARD_LEVELS.map((l) => ({ value: l, label: pt(`awards.level.${l}`) }))}
          onChange={(v) => set("level", v)}
          error={errors.level}
          t={t}
        />
        <TextField form={form} name="category_zh" maxLength={MAX_CONTEST_NAME_LENGTH} label={pt("awards.categoryZh")} optional t={t} />
        <TextField form={form} name="category_en" maxLength={MAX_CONTEST_NAME_LENGTH} label={pt("awards.categoryEn")} optional t={t} />
      </div>
      <ChoiceField<AwardSubject>
        id="subject_type"
        label={pt("awards.subject")}
        value={values.subject_type}
        options={AWARD_SUBJECTS.map((s) => ({ value: s, label: pt(`awards.subject.${s}`) }))}
        onChange={(v) => {
          set("subject_type", v)
          set("subject_id", editing && editing.subject_type === v ? editing.subject_id : "")
        }}
        error={errors.subject_type}
        t={t}
      />
      <SubjectField
        key={values.subject_type}
        words={words}
        type={values.subject_type}
        value={values.subject_id}
        currentLabel={sameSubject ? editingLabel : null}
        workshops={workshops}
        error={errors.subject_id}
        onChange={(id) => set("subject_id", id)}
      />
      {values.subject_type === "artisan" ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {pt("awards.makerHint")}
        </Text>
      ) : null}
    </FormDrawer>
  )
}

/** Ids in groups a list route's filter takes at once. */
const inGroups = (ids: string[]) => {
  const groups: string[][] = []
  for (let i = 0; i < ids.length; i += MAX_FILTER_VALUES) groups.push(ids.slice(i, i + MAX_FILTER_VALUES))
  return groups
}

/** The names of the makers and pieces awards name (and whether each maker consents to a public profile). */
function useSubjects(awards: Award[]) {
  const idsOf = (type: AwardSubject) => [...new Set(awards.filter((a) => a.subject_type === type).map((a) => a.subject_id))].sort()
  const artisanIds = idsOf("artisan")
  const productIds = idsOf("product")
  const artisans = useQuery({
    queryKey: [...keys.artisans, "award-subjects", artisanIds],
    enabled: artisanIds.length > 0,
    queryFn: async () => {
      const pages = await Promise.all(
        inGroups(artisanIds).map((id) =>
          sdk.client.fetch<{ artisans: Artisan[] }>("/admin/artisans", { query: { id, limit: id.length } })
        )
      )
      return new Map(pages.flatMap((p) => p.artisans).map((a) => [a.id, a]))
    },
  })
  const products = useQuery({
    queryKey: ["jinxiu", "award-products", productIds],
    enabled: productIds.length > 0,
    queryFn: async () => {
      const pages = await Promise.all(inGroups(productIds).map((id) => sdk.admin.product.list({ id, limit: id.length, fields: "id,title" })))
      return new Map(pages.flatMap((p) => p.products).map((p) => [p.id, p.title]))
    },
  })
  return { artisans: artisans.data, products: products.data }
}

const AwardsPage = () => {
  const { t } = useT()
  const { pt, lang } = useProgrammeT()
  const words: Words = { t, pt, lang }
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const workshops = useWorkshops()
  const [subjectType, setSubjectType] = useState<"all" | AwardSubject>("all")
  const [offset, setOffset] = useState(0)
  const drawer = useDrawer<Award>()
  const allWorkshops = workshops.data?.workshops ?? []
  const workshopNames = new Map(allWorkshops.map((w) => [w.id, w.name_zh]))

  const query = { limit: PAGE_SIZE, offset, ...(subjectType !== "all" ? { subject_type: subjectType } : {}) }
  const list = useQuery({
    queryKey: [...programmeKeys.awards, query],
    queryFn: () => sdk.client.fetch<{ awards: Award[]; count: number }>("/admin/awards", { query }),
    placeholderData: keepPreviousData,
  })
  const subjects = useSubjects(list.data?.awards ?? [])

  const subjectName = (a: Award): string | null => {
    if (a.subject_type === "workshop") return workshopNames.get(a.subject_id) ?? null
    if (a.subject_type === "artisan") return subjects.artisans?.get(a.subject_id)?.display_name ?? null
    return subjects.products?.get(a.subject_id) ?? null
  }

  const remove = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/awards/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success(pt("awards.deleted"))
      queryClient.invalidateQueries({ queryKey: programmeKeys.awards })
    },
    onError: (error) => showProgrammeError(error, [], () => undefined, words),
  })
  const confirmRemove = async (a: Award) => {
    const ok = await prompt({
      title: pt("awards.deleteTitle"),
      description: pt("awards.deleteHint", { year: a.year, contest: a.contest_zh, level: pt(`awards.level.${a.level}`) }),
      confirmText: pt("p.delete"),
      cancelText: t("common.cancel"),
    })
    if (ok) remove.mutate(a.id)
  }

  return (
    <Page
      title={pt("awards.title")}
      subtitle={pt("awards.subtitle")}
      testId="awards-page"
      actions={
        <Button size="small" variant="secondary" onClick={() => drawer.open(null)} data-testid="award-new">
          {pt("awards.new")}
        </Button>
      }
    >
      <div className="flex flex-wrap items-center gap-2 px-6 py-3">
        <div className="w-56">
          <Select
            value={subjectType}
            onValueChange={(v) => {
              setSubjectType(v as "all" | AwardSubject)
              setOffset(0)
            }}
          >
            <Select.Trigger data-testid="awards-subject-type" aria-label={pt("awards.subject")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">
                {pt("awards.subject")}: {pt("awards.allSubjects")}
              </Select.Item>
              {AWARD_SUBJECTS.map((s) => (
                <Select.Item key={s} value={s}>
                  {pt(`awards.subject.${s}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <QueryView t={t} query={list} loading={workshops.isLoading} isEmpty={(d) => !d.awards.length} empty={pt("awards.empty")}>
        {(data) => (
          <>
            <ListTable
              columns={[
                pt("awards.year"),
                pt("awards.level"),
                pt("awards.contest"),
                pt("awards.category"),
                pt("awards.subject"),
                pt("awards.shown"),
                right(pt("p.actions")),
              ]}
            >
              {data.awards.map((a) => {
                const maker = a.subject_type === "artisan" ? subjects.artisans?.get(a.subject_id) : undefined
                return (
                  <Table.Row key={a.id} data-testid="award-row" data-award-id={a.id} data-level={a.level}>
                    <Table.Cell className="font-mono">{a.year}</Table.Cell>
                    <Table.Cell>
                      <Badge size="2xsmall" color={LEVEL_COLOR[a.level]}>
                        {pt(`awards.level.${a.level}`)}
                      </Badge>
                    </Table.Cell>
                    <Table.Cell className="max-w-[260px] whitespace-normal">
                      <TwoLines primary={a.contest_zh} secondary={a.contest_en} />
                    </Table.Cell>
                    <Table.Cell>
                      {a.category_zh || a.category_en ? <TwoLines primary={a.category_zh ?? ""} secondary={a.category_en ?? ""} /> : pt("p.none")}
                    </Table.Cell>
                    <Table.Cell>
                      <TwoLines
                        primary={subjectName(a) ?? pt("awards.unknown", { id: a.subject_id })}
                        secondary={pt(`awards.subject.${a.subject_type}`)}
                        testId="award-subject"
                      />
                    </Table.Cell>
                    <Table.Cell>
                      {a.subject_type === "artisan" ? (
                        maker ? (
                          <StatusBadge color={maker.public_profile ? "green" : "grey"} data-testid="award-consent" data-public={String(maker.public_profile)}>
                            {maker.public_profile ? pt("awards.consented") : pt("awards.notConsented")}
                          </StatusBadge>
                        ) : (
                          pt("p.none")
                        )
                      ) : (
                        pt("p.none")
                      )}
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      <div className="flex items-center justify-end gap-x-1">
                        <Button size="small" variant="transparent" onClick={() => drawer.open(a)} data-testid="award-edit">
                          {pt("p.edit")}
                        </Button>
                        <Button
                          size="small"
                          variant="transparent"
                          className="text-ui-fg-error"
                          disabled={remove.isPending}
                          onClick={() => confirmRemove(a)}
                          data-testid="award-delete"
                        >
                          {pt("p.delete")}
                        </Button>
                      </div>
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </ListTable>
            <Pager t={t} count={data.count} offset={offset} limit={PAGE_SIZE} onChange={setOffset} />
          </>
        )}
      </QueryView>
      {drawer.state ? (
        <AwardDrawer
          key={drawer.state.key}
          words={words}
          editing={drawer.state.editing}
          editingLabel={drawer.state.editing ? subjectName(drawer.state.editing) : null}
          workshops={allWorkshops}
          onClose={drawer.close}
        />
      ) : null}
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.awards",
  translationNs: "jinxiu",
  rank: 12,
})

export default AwardsPage
