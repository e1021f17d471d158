import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Select, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import {
  MAMA_POST_FEATURES,
  MAX_NAME_LENGTH,
  MAX_OPENING_DESCRIPTION_LENGTH,
  MAX_OPENING_TITLE_LENGTH,
  OPENING_PLACES,
  PAY_RANGE_MIN_WOMEN,
  type MamaPostFeature,
  type OpeningPlace,
} from "../../../../domain"
import { Field, FormDrawer, SwitchField, TextAreaField, TextField, checkErrors, useDrawer, useForm, type Errors } from "../../../components/form"
import { ListTable, Page, Pager, QueryView, TwoLines, right } from "../../../components/page"
import { CheckboxList, ChoiceField, showProgrammeError, useProgrammeMutation, wordErrors } from "../../../components/programme-form"
import { WorkshopSelect } from "../../../components/workshop-select"
import { keys, useWorkshops } from "../../../lib/api"
import { formatYuan } from "../../../lib/format"
import { useT, type Lang, type T } from "../../../lib/i18n"
import { programmeKeys, useAllPieceTypes, type Opening, type ProgrammeWorkshop, type SkilledPieceType } from "../../../lib/programme-api"
import { OPENING_STATUSES, readOpeningForm, type OpeningStatus, type OpeningValues } from "../../../lib/programme-forms"
import { useProgrammeT, type PT } from "../../../lib/programme-i18n"
import { sdk } from "../../../lib/sdk"

const PAGE_SIZE = 50
const STATUS_COLOR = { open: "green", closed: "grey" } as const

type Words = { t: T; pt: PT; lang: Lang }

const FIELDS = [
  "workshop_id", "title_zh", "title_en", "description_zh", "description_en", "piece_type_ids", "place",
  "district_zh", "district_en", "town_zh", "town_en", "hours_zh", "hours_en", "positions", "status",
]

type OpeningForm = OpeningValues & { workshop_id: string }

const blank = (workshop: ProgrammeWorkshop | undefined): OpeningForm => ({
  workshop_id: workshop?.id ?? "",
  title_zh: "",
  title_en: "",
  description_zh: "",
  description_en: "",
  piece_type_ids: [],
  place: "workshop",
  district_zh: workshop?.district_zh ?? "",
  district_en: workshop?.district_en ?? "",
  town_zh: "",
  town_en: "",
  hours_zh: "",
  hours_en: "",
  positions: "",
  status: "open",
})

const formOf = (o: Opening): OpeningForm => ({
  workshop_id: o.workshop_id,
  title_zh: o.title_zh,
  title_en: o.title_en,
  description_zh: o.description_zh ?? "",
  description_en: o.description_en ?? "",
  piece_type_ids: o.piece_type_ids ?? [],
  place: o.place,
  district_zh: o.district_zh,
  district_en: o.district_en,
  town_zh: o.town_zh ?? "",
  town_en: o.town_en ?? "",
  hours_zh: o.hours_zh,
  hours_en: o.hours_en,
  positions: String(o.positions),
  status: o.status,
})

function OpeningDrawer({
  words,
  editing,
  workshops,
  defaultWorkshop,
  pieceTypes,
  onClose,
}: {
  words: Words
  editing: Opening | null
  workshops: ProgrammeWorkshop[]
  defaultWorkshop: ProgrammeWorkshop | undefined
  pieceTypes: SkilledPieceType[]
  onClose: () => void
}) {
  const { t, pt } = words
  const form = useForm<OpeningForm>(editing ? formOf(editing) : blank(defaultWorkshop))
  const { values, set, errors, setErrors } = form
  const save = useProgrammeMutation<{ opening: Opening }>({
    path: editing ? `/admin/openings/${editing.id}` : "/admin/openings",
    fields: FIELDS,
    setErrors,
    words,
    done: editing ? t("common.saved") : pt("openings.created"),
    invalidate: [programmeKeys.openings],
    onSuccess: onClose,
  })
  // the work: this workshop's piece types in use, and any chosen before that are no longer
  const work = pieceTypes
    .filter((p) => p.workshop_id === values.workshop_id && (p.is_active !== false || values.piece_type_ids.includes(p.id)))
    .map((p) => ({ value: p.id, label: `${p.name_zh} · ${p.name_en}`, hint: p.code }))
  const submit = () => {
    const read = readOpeningForm(values)
    const found: Errors = read.ok ? {} : wordErrors(read.errors, pt)
    if (!editing && !values.workshop_id) found.workshop_id = pt("v.required")
    if (!checkErrors(found, setErrors, t) || !read.ok) return
    save.mutate(editing ? read.body : { workshop_id: values.workshop_id, ...read.body })
  }
  return (
    <FormDrawer
      id="opening-form"
      title={editing ? pt("openings.edit") : pt("openings.new")}
      description={pt("openings.subtitle")}
      onClose={onClose}
      onSubmit={submit}
      saving={save.isPending}
      submitTestId="opening-save"
      t={t}
    >
      <Field id="workshop_id" label={pt("p.workshop")} error={errors.workshop_id} t={t}>
        <WorkshopSelect
          workshops={workshops}
          value={values.workshop_id}
          onValueChange={(v) => {
            set("workshop_id", v)
            set("piece_type_ids", [])
          }}
          disabled={!!editing}
          id="workshop_id"
          data-testid="opening-workshop"
        />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <TextField form={form} name="title_zh" maxLength={MAX_OPENING_TITLE_LENGTH} label={pt("openings.titleZh")} t={t} />
        <TextField form={form} name="title_en" maxLength={MAX_OPENING_TITLE_LENGTH} label={pt("openings.titleEn")} t={t} />
      </div>
      <Field id="piece_type_ids" label={pt("openings.work")} hint={pt("openings.workHint")} error={errors.piece_type_ids} t={t}>
        {work.length ? (
          <CheckboxList id="opening-work" options={work} chosen={values.piece_type_ids} onChange={(ids) => set("piece_type_ids", ids)} />
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {pt("openings.noPieceTypes")}
          </Text>
        )}
      </Field>
      <ChoiceField<OpeningPlace>
        id="place"
        label={pt("openings.place")}
        value={values.place}
        options={OPENING_PLACES.map((p) => ({ value: p, label: pt(`openings.place.${p}`) }))}
        onChange={(v) => set("place", v)}
        error={errors.place}
        t={t}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField form={form} name="district_zh" maxLength={MAX_NAME_LENGTH} label={pt("openings.districtZh")} t={t} />
        <TextField form={form} name="district_en" maxLength={MAX_NAME_LENGTH} label={pt("openings.districtEn")} t={t} />
        <TextField form={form} name="town_zh" maxLength={MAX_NAME_LENGTH} label={pt("openings.townZh")} optional t={t} />
        <TextField form={form} name="town_en" maxLength={MAX_NAME_LENGTH} label={pt("openings.townEn")} optional t={t} />
        <TextField form={form} name="hours_zh" maxLength={MAX_OPENING_TITLE_LENGTH} label={pt("openings.hoursZh")} hint={pt("openings.hoursHint")} t={t} />
        <TextField form={form} name="hours_en" maxLength={MAX_OPENING_TITLE_LENGTH} label={pt("openings.hoursEn")} t={t} />
      </div>
      <TextField form={form} name="positions" inputMode="numeric" label={pt("openings.positions")} t={t} />
      <TextAreaField form={form} name="description_zh" maxLength={MAX_OPENING_DESCRIPTION_LENGTH} label={pt("openings.descriptionZh")} rows={3} t={t} />
      <TextAreaField form={form} name="description_en" maxLength={MAX_OPENING_DESCRIPTION_LENGTH} label={pt("openings.descriptionEn")} rows={3} t={t} />
      <SwitchField
        id="status"
        label={pt("openings.isOpen")}
        checked={values.status === "open"}
        onCheckedChange={(open) => set("status", open ? "open" : "closed")}
        testId="opening-open"
      />
      {errors.status ? (
        <Text size="xsmall" className="text-ui-fg-error" role="alert">
          {errors.status}
        </Text>
      ) : null}
    </FormDrawer>
  )
}

/** A workshop's mama-post features, ticked and saved on the workshop (`mama_post_features`). */
function MamaPostFeatures({ words, workshop }: { words: Words; workshop: ProgrammeWorkshop }) {
  const { t, pt } = words
  const saved = workshop.mama_post_features ?? []
  const [chosen, setChosen] = useState<MamaPostFeature[]>(saved)
  const [errors, setErrors] = useState<Errors>({})
  const save = useProgrammeMutation<unknown, { mama_post_features: MamaPostFeature[] }>({
    path: `/admin/workshops/${workshop.id}`,
    fields: ["mama_post_features"],
    setErrors,
    words,
    done: pt("features.saved"),
    invalidate: [keys.workshops],
  })
  const changed = JSON.stringify([...chosen].sort()) !== JSON.stringify([...saved].sort())
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="mama-post-features">
      <div>
        <Heading level="h2">
          {pt("features.title")} · {workshop.name_zh}
        </Heading>
        <Text size="small" className="text-ui-fg-subtle mt-1">
          {pt("features.hint")}
        </Text>
      </div>
      <CheckboxList
        id="features"
        options={MAMA_POST_FEATURES.map((f) => ({ value: f, label: pt(`features.${f}`) }))}
        chosen={chosen}
        onChange={(next) => {
          setChosen(next)
          setErrors({})
        }}
      />
      {errors.mama_post_features ? (
        <Text size="xsmall" className="text-ui-fg-error" role="alert" data-testid="error-mama_post_features">
          {errors.mama_post_features}
        </Text>
      ) : null}
      <div className="flex justify-end">
        <Button
          size="small"
          variant="secondary"
          disabled={!changed}
          isLoading={save.isPending}
          onClick={() => save.mutate({ mama_post_features: chosen })}
          data-testid="features-save"
        >
          {t("common.save")}
        </Button>
      </div>
    </Container>
  )
}

/** What an opening says about pay: read from its work's ledger, or why none is shown. */
function PayCell({ opening, pt }: { opening: Opening; pt: PT }) {
  const pay = opening.pay
  if (pay) {
    return (
      <TwoLines
        primary={pt("openings.payRange", { median: formatYuan(pay.median), low: formatYuan(pay.low), high: formatYuan(pay.high) })}
        secondary={pt("openings.payBasis", { women: pay.women, months: pay.months })}
        testId="opening-pay"
      />
    )
  }
  return (
    <Text size="small" className="text-ui-fg-subtle" data-testid="opening-pay-hidden">
      {opening.piece_type_ids?.length ? pt("openings.payHidden", { min: PAY_RANGE_MIN_WOMEN }) : pt("openings.payNoWork")}
    </Text>
  )
}

const OpeningsPage = () => {
  const { t } = useT()
  const { pt, lang } = useProgrammeT()
  const words: Words = { t, pt, lang }
  const workshops = useWorkshops()
  const pieceTypes = useAllPieceTypes()
  const [workshopId, setWorkshopId] = useState("")
  const [status, setStatus] = useState<"all" | OpeningStatus>("all")
  const [offset, setOffset] = useState(0)
  const drawer = useDrawer<Opening>()
  const queryClient = useQueryClient()
  const allWorkshops = (workshops.data?.workshops ?? []) as ProgrammeWorkshop[]

  useEffect(() => {
    if (!workshopId && allWorkshops.length) setWorkshopId(allWorkshops[0].id)
  }, [workshopId, allWorkshops])

  const query = {
    limit: PAGE_SIZE,
    offset,
    ...(workshopId && workshopId !== "all" ? { workshop_id: workshopId } : {}),
    ...(status !== "all" ? { status } : {}),
  }
  const list = useQuery({
    queryKey: [...programmeKeys.openings, query],
    enabled: !!workshopId,
    queryFn: () => sdk.client.fetch<{ openings: Opening[]; count: number }>("/admin/openings", { query }),
    placeholderData: keepPreviousData,
  })
  const workshop = allWorkshops.find((w) => w.id === workshopId)
  // closing an opening takes it out of the shop's column; reopening lists it again
  const setOpen = useMutation({
    mutationFn: ({ id, status }: { id: string; status: OpeningStatus }) =>
      sdk.client.fetch<{ opening: Opening }>(`/admin/openings/${id}`, { method: "POST", body: { status } }),
    onSuccess: () => {
      toast.success(t("common.saved"))
      queryClient.invalidateQueries({ queryKey: programmeKeys.openings })
    },
    onError: (error) => showProgrammeError(error, [], () => undefined, words),
  })
  const names = new Map(allWorkshops.map((w) => [w.id, w.name_zh]))
  const pieceNames = new Map((pieceTypes.data?.piece_types ?? []).map((p) => [p.id, p.name_zh]))

  return (
    <div className="flex flex-col gap-y-3">
      <Page
        title={pt("openings.title")}
        subtitle={pt("openings.subtitle")}
        testId="openings-page"
        actions={
          <Button size="small" variant="secondary" disabled={!allWorkshops.length} onClick={() => drawer.open(null)} data-testid="opening-new">
            {pt("openings.new")}
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
              all={pt("p.allWorkshops")}
              data-testid="openings-workshop"
              aria-label={pt("p.workshop")}
            />
          </div>
          <div className="w-44">
            <Select
              value={status}
              onValueChange={(v) => {
                setStatus(v as "all" | OpeningStatus)
                setOffset(0)
              }}
            >
              <Select.Trigger data-testid="openings-status" aria-label={pt("p.status")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">
                  {pt("p.status")}: {pt("p.all")}
                </Select.Item>
                {OPENING_STATUSES.map((s) => (
                  <Select.Item key={s} value={s}>
                    {pt(`openings.status.${s}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
        <QueryView t={t} query={list} loading={workshops.isLoading} isEmpty={(d) => !d.openings.length} empty={pt("openings.empty")}>
          {(data) => (
            <>
              <ListTable
                columns={[
                  pt("openings.job"),
                  pt("p.workshop"),
                  pt("openings.work"),
                  pt("openings.place"),
                  pt("openings.hours"),
                  right(pt("openings.positionsShort")),
                  pt("openings.pay"),
                  pt("p.status"),
                  right(pt("p.actions")),
                ]}
              >
                {data.openings.map((o) => (
                  <Table.Row key={o.id} data-testid="opening-row" data-opening-id={o.id} data-status={o.status}>
                    <Table.Cell>
                      <TwoLines primary={o.title_zh} secondary={o.title_en} testId="opening-title" />
                    </Table.Cell>
                    <Table.Cell>{names.get(o.workshop_id) ?? o.workshop_id}</Table.Cell>
                    <Table.Cell className="max-w-[200px] whitespace-normal">
                      {(o.piece_type_ids ?? []).map((id) => pieceNames.get(id) ?? id).join("、") || pt("p.none")}
                    </Table.Cell>
                    <Table.Cell>
                      <TwoLines
                        primary={pt(`openings.place.${o.place}`)}
                        secondary={[o.district_zh, o.town_zh].filter(Boolean).join(" · ")}
                      />
                    </Table.Cell>
                    <Table.Cell className="max-w-[180px] whitespace-normal">{o.hours_zh}</Table.Cell>
                    <Table.Cell className="text-right">{o.positions}</Table.Cell>
                    <Table.Cell>
                      <PayCell opening={o} pt={pt} />
                    </Table.Cell>
                    <Table.Cell>
                      <StatusBadge color={STATUS_COLOR[o.status]}>{pt(`openings.status.${o.status}`)}</StatusBadge>
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      <div className="flex items-center justify-end gap-x-2">
                        <Link
                          to={`/workshops/applications?opening=${o.id}&workshop=${o.workshop_id}`}
                          className="text-ui-fg-interactive txt-compact-small"
                          data-testid="opening-applications"
                        >
                          {pt("openings.applications")}
                        </Link>
                        <Button
                          size="small"
                          variant="secondary"
                          disabled={setOpen.isPending}
                          onClick={() => setOpen.mutate({ id: o.id, status: o.status === "open" ? "closed" : "open" })}
                          data-testid="opening-toggle"
                        >
                          {o.status === "open" ? pt("openings.close") : pt("openings.reopen")}
                        </Button>
                        <Button size="small" variant="transparent" onClick={() => drawer.open(o)} data-testid="opening-edit">
                          {pt("p.edit")}
                        </Button>
                      </div>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </ListTable>
              <Pager t={t} count={data.count} offset={offset} limit={PAGE_SIZE} onChange={setOffset} />
            </>
          )}
        </QueryView>
      </Page>
      {workshop ? (
        <MamaPostFeatures key={`${workshop.id}:${(workshop.mama_post_features ?? []).join(",")}`} words={words} workshop={workshop} />
      ) : (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">
            {pt("features.chooseWorkshop")}
          </Text>
        </Container>
      )}
      {drawer.state ? (
        <OpeningDrawer
          key={drawer.state.key}
          words={words}
          editing={drawer.state.editing}
          workshops={allWorkshops}
          defaultWorkshop={workshop ?? allWorkshops[0]}
          pieceTypes={pieceTypes.data?.piece_types ?? []}
          onClose={drawer.close}
        />
      ) : null}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.openings",
  translationNs: "jinxiu",
  rank: 9,
})

export default OpeningsPage
