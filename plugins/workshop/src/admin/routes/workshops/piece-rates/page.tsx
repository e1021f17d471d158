import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, StatusBadge, Table, Text, usePrompt } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import {
  MAX_CODE_LENGTH,
  MAX_NAME_LENGTH,
  addDays,
  compareMoney,
  isCalendarDate,
  newestFirst,
  todayInChina,
  typedAmount,
  typedNumber,
  zeroRateNeedsConfirming,
} from "../../../../domain"
import {
  FormDrawer,
  SubmitForm,
  SwitchField,
  TextField,
  checkErrors,
  useDrawer,
  useForm,
  useFormMutation,
  type Errors,
  type TextForm,
} from "../../../components/form"
import { ActiveBadge, EditCell, Empty, ListTable, Page, QueryView, TwoLines, right } from "../../../components/page"
import { RequiredSkillField } from "../../../components/required-skill-field"
import { WorkshopSelect } from "../../../components/workshop-select"
import { keys, useWorkshops, type PieceRate, type PieceType } from "../../../lib/api"
import { formatYuan } from "../../../lib/format"
import { useT, type T } from "../../../lib/i18n"
import { sdk } from "../../../lib/sdk"

type RateForm = { effective_from: string; rate_a: string; rate_b: string }
type RateState = "in_force" | "scheduled" | "superseded"

/** Which rate applies when: the one in force today (the server's `current_rate`), later ones scheduled, earlier ones superseded. */
function rateState(rate: PieceRate, current: PieceType["current_rate"]): RateState {
  if (current && rate.effective_from === current.effective_from) return "in_force"
  if (!current || rate.effective_from > current.effective_from) return "scheduled"
  return "superseded"
}

const tomorrowInChina = () => addDays(todayInChina(), 1)

function validateRate(v: RateForm, t: T, takenDates: string[] = []): Errors {
  const errors: Errors = {}
  if (!isCalendarDate(v.effective_from)) errors.effective_from = t("v.date")
  else if (takenDates.includes(v.effective_from)) errors.effective_from = `${v.effective_from}: ${t("rates.neverEdited")}`
  const rateError = (typed: string) => {
    if (!typed.trim()) return t("v.required")
    const read = typedAmount(typed)
    return "amount" in read ? undefined : read.problem === "negative" ? t("v.ratePositive") : read.problem === "decimals" ? t("v.decimals") : t("v.money")
  }
  const a = rateError(v.rate_a)
  const b = rateError(v.rate_b)
  if (a) errors.rate_a = a
  if (b) errors.rate_b = b
  if (!a && !b && compareMoney(typedNumber(v.rate_b), typedNumber(v.rate_a)) > 0) errors.rate_b = t("v.rateB")
  return errors
}

/** Rates as typed (a Chinese keyboard's full-width digits too), as the API takes them. */
const rateBody = (v: RateForm, confirmZero = false) => ({
  effective_from: v.effective_from,
  rate_a: Number(typedNumber(v.rate_a)),
  rate_b: Number(typedNumber(v.rate_b)),
  ...(confirmZero ? { confirm_zero: true } : {}),
})
type RateBody = ReturnType<typeof rateBody>

/**
 * The body for a valid rate form, after asking first when grade A would be 0 (it pays nothing for
 * an accepted piece; the API takes it only confirmed). Null: she didn't confirm, nothing is sent.
 */
function useConfirmedRate(t: T): (v: RateForm) => Promise<RateBody | null> {
  const prompt = usePrompt()
  return async (v) => {
    if (!zeroRateNeedsConfirming({ rate_a: typedNumber(v.rate_a) })) return rateBody(v)
    const confirmed = await prompt({
      title: t("rates.zeroTitle"),
      description: t("rates.zeroHint", { from: v.effective_from }),
      confirmText: t("rates.zeroConfirm"),
      cancelText: t("common.cancel"),
      variant: "confirmation",
    })
    return confirmed ? rateBody(v, true) : null
  }
}

function RateFields({ t, form }: { t: T; form: TextForm<keyof RateForm> }) {
  return (
    <div className="grid grid-cols-3 gap-4">
      <TextField form={form} name="effective_from" label={t("rates.from")} type="date" t={t} />
      <TextField form={form} name="rate_a" label={t("rates.rateA")} inputMode="decimal" t={t} />
      <TextField form={form} name="rate_b" label={t("rates.rateB")} inputMode="decimal" t={t} />
    </div>
  )
}

type TypeForm = { code: string; name_zh: string; name_en: string; is_active: boolean; required_skill: string } & RateForm
const TYPE_FIELDS = ["code", "name_zh", "name_en", "is_active", "effective_from", "rate_a", "rate_b", "workshop_id", "required_skill"]

/** A piece type with the skill a line of it needs (GET /admin/piece-types answers `required_skill`). */
type SkilledPieceType = PieceType & { required_skill?: string | null }

function PieceTypeDrawer({ t, workshopId, editing, onClose, onSaved }: { t: T; workshopId: string; editing: PieceType | null; onClose: () => void; onSaved: (p: PieceType) => void }) {
  const form = useForm<TypeForm>({
    code: editing?.code ?? "",
    name_zh: editing?.name_zh ?? "",
    name_en: editing?.name_en ?? "",
    is_active: editing?.is_active ?? true,
    required_skill: (editing as SkilledPieceType | null)?.required_skill ?? "",
    effective_from: todayInChina(),
    rate_a: "",
    rate_b: "",
  })
  const { values, set, errors, setErrors } = form
  const save = useFormMutation<{ piece_type: PieceType }>({
    path: editing ? `/admin/piece-types/${editing.id}` : "/admin/piece-types",
    fields: TYPE_FIELDS,
    setErrors,
    t,
    done: t("common.saved"),
    invalidate: [keys.pieceTypes],
    onSuccess: ({ piece_type }) => {
      onSaved(piece_type)
      onClose()
    },
  })
  const withRate = !editing && !!(values.rate_a.trim() || values.rate_b.trim())
  const confirmedRate = useConfirmedRate(t)
  const submit = async () => {
    const errs: Errors = {}
    if (!values.code.trim()) errs.code = t("v.required")
    if (!values.name_zh.trim()) errs.name_zh = t("v.required")
    if (!values.name_en.trim()) errs.name_en = t("v.required")
    if (withRate) Object.assign(errs, validateRate(values, t))
    if (!checkErrors(errs, setErrors, t)) return
    const names = { code: values.code.trim(), name_zh: values.name_zh.trim(), name_en: values.name_en.trim(), is_active: values.is_active }
    const rate = withRate ? await confirmedRate(values) : null
    if (withRate && !rate) return
    // the skill is set when editing (the create route takes none)
    save.mutate(
      editing
        ? { ...names, required_skill: values.required_skill || null }
        : { workshop_id: workshopId, kind: "task", ...names, ...(rate ? { rate } : {}) }
    )
  }
  return (
    <FormDrawer
      id="piece-type-form"
      title={editing ? t("rates.editType") : t("rates.newType")}
      description={t("rates.subtitle")}
      onClose={onClose}
      onSubmit={submit}
      saving={save.isPending}
      t={t}
    >
      <TextField form={form} name="code" maxLength={MAX_CODE_LENGTH} label={t("rates.code")} t={t} />
      <div className="grid grid-cols-2 gap-4">
        <TextField form={form} name="name_zh" maxLength={MAX_NAME_LENGTH} label={t("rates.nameZh")} t={t} />
        <TextField form={form} name="name_en" maxLength={MAX_NAME_LENGTH} label={t("rates.nameEn")} t={t} />
      </div>
      <SwitchField id="is_active" label={t("common.active")} checked={values.is_active} onCheckedChange={(c) => set("is_active", c)} />
      {editing ? (
        <RequiredSkillField t={t} value={values.required_skill} error={errors.required_skill} onChange={(code) => set("required_skill", code)} />
      ) : null}
      {!editing ? (
        <div className="flex flex-col gap-y-2">
          <Text size="small" weight="plus">{t("rates.firstRate")}</Text>
          <RateFields t={t} form={form} />
        </div>
      ) : null}
    </FormDrawer>
  )
}

/** The selected piece type's rates as a timeline, and the form to add the next one. */
function RateTimeline({ t, pieceType }: { t: T; pieceType: PieceType }) {
  const form = useForm<RateForm>({ effective_from: tomorrowInChina(), rate_a: "", rate_b: "" })
  const { values, setErrors, reset } = form
  const confirmedRate = useConfirmedRate(t)
  const add = useFormMutation<{ piece_type: PieceType }, RateBody>({
    path: `/admin/piece-types/${pieceType.id}/rates`,
    fields: ["effective_from", "rate_a", "rate_b"],
    setErrors,
    t,
    done: t("rates.added"),
    invalidate: [keys.pieceTypes],
    onSuccess: () => reset({ effective_from: tomorrowInChina(), rate_a: "", rate_b: "" }),
  })
  const submit = async () => {
    if (!checkErrors(validateRate(values, t, pieceType.rates.map((r) => r.effective_from)), setErrors, t)) return
    const body = await confirmedRate(values)
    if (body) add.mutate(body)
  }
  // newest first (as the route answers): each rate applies until the day before the next one
  const rates = newestFirst(pieceType.rates)
  const badge: Record<RateState, { color: "green" | "blue" | "grey"; label: string }> = {
    in_force: { color: "green", label: t("rates.inForce") },
    scheduled: { color: "blue", label: t("rates.scheduled") },
    superseded: { color: "grey", label: t("rates.superseded") },
  }
  return (
    <Container className="divide-y p-0" data-testid="rate-timeline">
      <div className="px-6 py-4">
        <Heading level="h2">
          {t("rates.history")} · {pieceType.name_zh} <span className="text-ui-fg-subtle font-normal">{pieceType.code}</span>
        </Heading>
        <Text size="small" className="text-ui-fg-subtle mt-1">{t("rates.neverEdited")}</Text>
      </div>
      {rates.length ? (
        <ListTable columns={[t("rates.from"), t("rates.rateA"), t("rates.rateB"), t("common.status")]}>
          {rates.map((rate, i) => {
            const state = rateState(rate, pieceType.current_rate)
            const until = i > 0 ? addDays(rates[i - 1].effective_from, -1) : null
            return (
              <Table.Row key={rate.id} data-testid="rate-row" data-from={rate.effective_from} data-state={state}>
                <Table.Cell className="font-mono">
                  {rate.effective_from} → {until ?? ""}
                </Table.Cell>
                <Table.Cell>{formatYuan(rate.rate_a)}</Table.Cell>
                <Table.Cell>{formatYuan(rate.rate_b)}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={badge[state].color} data-testid="rate-state">
                    {badge[state].label}
                  </StatusBadge>
                </Table.Cell>
              </Table.Row>
            )
          })}
        </ListTable>
      ) : (
        <Empty>{t("rates.noCurrent")}</Empty>
      )}
      <SubmitForm className="flex flex-col gap-y-3 px-6 py-4" data-testid="rate-form" onSubmit={submit}>
        <Text size="small" weight="plus">{t("rates.add")}</Text>
        <RateFields t={t} form={form} />
        <div className="flex justify-end">
          <Button size="small" type="submit" isLoading={add.isPending} data-testid="rate-add">
            {t("rates.add")}
          </Button>
        </div>
      </SubmitForm>
    </Container>
  )
}

const PieceRatesPage = () => {
  const { t } = useT()
  const workshops = useWorkshops()
  const [workshopId, setWorkshopId] = useState("")
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const drawer = useDrawer<PieceType>()
  const allWorkshops = workshops.data?.workshops ?? []

  useEffect(() => {
    if (!workshopId && allWorkshops.length) setWorkshopId(allWorkshops[0].id)
  }, [workshopId, allWorkshops])

  const list = useQuery({
    queryKey: [...keys.pieceTypes, workshopId],
    enabled: !!workshopId,
    queryFn: () =>
      sdk.client.fetch<{ piece_types: PieceType[] }>("/admin/piece-types", { query: { workshop_id: workshopId, limit: 500, order: "code" } }),
  })
  const pieceTypes = list.data?.piece_types ?? []
  const selected = pieceTypes.find((p) => p.id === selectedId) ?? null

  return (
    <div className="flex flex-col gap-y-3">
      <Page
        title={t("rates.title")}
        subtitle={t("rates.subtitle")}
        testId="piece-rates-page"
        actions={
          <>
            <div className="w-64">
              <WorkshopSelect
                workshops={allWorkshops}
                value={workshopId}
                onValueChange={(v) => {
                  setWorkshopId(v)
                  setSelectedId(null)
                }}
                data-testid="rates-workshop"
                aria-label={t("common.workshop")}
              />
            </div>
            <Button size="small" variant="secondary" disabled={!workshopId} onClick={() => drawer.open(null)}>
              {t("rates.newType")}
            </Button>
          </>
        }
      >
        <QueryView t={t} query={list} loading={workshops.isLoading} isEmpty={(d) => !d.piece_types.length} empty={t("rates.empty")}>
          {() => (
            <ListTable
              columns={[t("rates.code"), t("workshops.name"), t("rates.current"), t("common.status"), right(t("common.actions"))]}
            >
              {pieceTypes.map((p) => {
                const scheduled = p.rates.filter((r) => rateState(r, p.current_rate) === "scheduled").length
                return (
                  <Table.Row
                    key={p.id}
                    data-testid="piece-type-row"
                    data-code={p.code}
                    className={p.id === selectedId ? "bg-ui-bg-highlight cursor-pointer" : "cursor-pointer"}
                    onClick={() => setSelectedId(p.id)}
                  >
                    <Table.Cell className="font-mono">
                      {p.code}
                      {(p as SkilledPieceType).required_skill ? (
                        <Badge size="2xsmall" color="purple" className="ml-2" data-testid="piece-type-skill">
                          {(p as SkilledPieceType).required_skill}
                        </Badge>
                      ) : null}
                    </Table.Cell>
                    <Table.Cell>
                      <TwoLines primary={p.name_zh} secondary={p.name_en} />
                    </Table.Cell>
                    <Table.Cell>
                      {p.current_rate ? (
                        <span>
                          A {formatYuan(p.current_rate.rate_a)} · B {formatYuan(p.current_rate.rate_b)}
                          <span className="text-ui-fg-subtle"> ({p.current_rate.effective_from})</span>
                        </span>
                      ) : (
                        <span className="text-ui-fg-subtle">{t("rates.noCurrent")}</span>
                      )}
                      {scheduled ? (
                        <Badge size="2xsmall" color="blue" className="ml-2">
                          {t("rates.scheduled")} × {scheduled}
                        </Badge>
                      ) : null}
                    </Table.Cell>
                    <Table.Cell>
                      <ActiveBadge t={t} active={!!p.is_active} />
                    </Table.Cell>
                    <EditCell
                      t={t}
                      onClick={(e) => {
                        e.stopPropagation()
                        drawer.open(p)
                      }}
                    />
                  </Table.Row>
                )
              })}
            </ListTable>
          )}
        </QueryView>
      </Page>
      {selected ? (
        <RateTimeline key={selected.id} t={t} pieceType={selected} />
      ) : pieceTypes.length ? (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">{t("rates.choose")}</Text>
        </Container>
      ) : null}
      {drawer.state ? (
        <PieceTypeDrawer
          key={drawer.state.key}
          t={t}
          workshopId={workshopId}
          editing={drawer.state.editing}
          onClose={drawer.close}
          onSaved={(p) => setSelectedId(p.id)}
        />
      ) : null}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.rates",
  translationNs: "jinxiu",
  rank: 4,
})

export default PieceRatesPage
