import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Drawer, Heading, Input, Select, StatusBadge, Switch, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { Field, checkErrors, showApiError, useForm, type Errors } from "../../../components/form"
import { Empty, LoadError, Loading, Page } from "../../../components/page"
import { keys, useWorkshops, type PieceRate, type PieceType } from "../../../lib/api"
import { YUAN, formatYuan, isCalendarDate, toFen, todayInChina } from "../../../lib/format"
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

/** The day before a YYYY-MM-DD date. */
function dayBefore(date: string): string {
  const [y, m, d] = date.split("-").map(Number)
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10)
}

function tomorrowInChina(): string {
  const [y, m, d] = todayInChina().split("-").map(Number)
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

function validateRate(v: RateForm, t: T, takenDates: string[] = []): Errors {
  const errors: Errors = {}
  if (!isCalendarDate(v.effective_from)) errors.effective_from = t("v.date")
  else if (takenDates.includes(v.effective_from)) errors.effective_from = `${v.effective_from}: ${t("rates.neverEdited")}`
  if (!YUAN.test(v.rate_a.trim())) errors.rate_a = v.rate_a ? t("v.money") : t("v.required")
  if (!YUAN.test(v.rate_b.trim())) errors.rate_b = v.rate_b ? t("v.money") : t("v.required")
  if (!errors.rate_a && !errors.rate_b && toFen(v.rate_b) > toFen(v.rate_a)) errors.rate_b = t("v.rateB")
  return errors
}

const rateBody = (v: RateForm) => ({ effective_from: v.effective_from, rate_a: Number(v.rate_a), rate_b: Number(v.rate_b) })

function RateFields({ t, values, errors, set }: { t: T; values: RateForm; errors: Errors; set: (k: keyof RateForm, v: string) => void }) {
  return (
    <div className="grid grid-cols-3 gap-4">
      <Field id="effective_from" label={t("rates.from")} error={errors.effective_from} t={t}>
        <Input id="effective_from" type="date" value={values.effective_from} onChange={(e) => set("effective_from", e.target.value)} aria-invalid={!!errors.effective_from} />
      </Field>
      <Field id="rate_a" label={t("rates.rateA")} error={errors.rate_a} t={t}>
        <Input id="rate_a" inputMode="decimal" value={values.rate_a} onChange={(e) => set("rate_a", e.target.value)} aria-invalid={!!errors.rate_a} />
      </Field>
      <Field id="rate_b" label={t("rates.rateB")} error={errors.rate_b} t={t}>
        <Input id="rate_b" inputMode="decimal" value={values.rate_b} onChange={(e) => set("rate_b", e.target.value)} aria-invalid={!!errors.rate_b} />
      </Field>
    </div>
  )
}

type TypeForm = { code: string; name_zh: string; name_en: string; is_active: boolean } & RateForm
const TYPE_FIELDS = ["code", "name_zh", "name_en", "is_active", "effective_from", "rate_a", "rate_b", "workshop_id"]

function PieceTypeDrawer({ t, workshopId, editing, onClose, onSaved }: { t: T; workshopId: string; editing: PieceType | null; onClose: () => void; onSaved: (p: PieceType) => void }) {
  const queryClient = useQueryClient()
  const { values, set, errors, setErrors } = useForm<TypeForm>({
    code: editing?.code ?? "",
    name_zh: editing?.name_zh ?? "",
    name_en: editing?.name_en ?? "",
    is_active: editing?.is_active ?? true,
    effective_from: todayInChina(),
    rate_a: "",
    rate_b: "",
  })
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch<{ piece_type: PieceType }>(editing ? `/admin/piece-types/${editing.id}` : "/admin/piece-types", { method: "POST", body }),
    onSuccess: ({ piece_type }) => {
      toast.success(t("common.saved"))
      queryClient.invalidateQueries({ queryKey: keys.pieceTypes })
      onSaved(piece_type)
      onClose()
    },
    onError: (error) => showApiError(error, TYPE_FIELDS, setErrors, t),
  })
  const withRate = !editing && !!(values.rate_a.trim() || values.rate_b.trim())
  const submit = () => {
    const errs: Errors = {}
    if (!values.code.trim()) errs.code = t("v.required")
    if (!values.name_zh.trim()) errs.name_zh = t("v.required")
    if (!values.name_en.trim()) errs.name_en = t("v.required")
    if (withRate) Object.assign(errs, validateRate(values, t))
    if (!checkErrors(errs, setErrors, t)) return
    const names = { code: values.code.trim(), name_zh: values.name_zh.trim(), name_en: values.name_en.trim(), is_active: values.is_active }
    save.mutate(editing ? names : { workshop_id: workshopId, kind: "task", ...names, ...(withRate ? { rate: rateBody(values) } : {}) })
  }
  return (
    <Drawer open onOpenChange={(o) => (!o ? onClose() : undefined)}>
      <Drawer.Content data-testid="piece-type-form">
        <Drawer.Header>
          <Drawer.Title>{editing ? t("rates.editType") : t("rates.newType")}</Drawer.Title>
          <Drawer.Description className="sr-only">{t("rates.subtitle")}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <form
            id="piece-type-form"
            className="flex flex-col gap-y-4"
            noValidate
            onSubmit={(e) => {
              e.preventDefault()
              submit()
            }}
          >
            <Field id="code" label={t("rates.code")} error={errors.code} t={t}>
              <Input id="code" value={values.code} onChange={(e) => set("code", e.target.value)} aria-invalid={!!errors.code} />
            </Field>
            <div className="grid grid-cols-2 gap-4">
              <Field id="name_zh" label={t("rates.nameZh")} error={errors.name_zh} t={t}>
                <Input id="name_zh" value={values.name_zh} onChange={(e) => set("name_zh", e.target.value)} aria-invalid={!!errors.name_zh} />
              </Field>
              <Field id="name_en" label={t("rates.nameEn")} error={errors.name_en} t={t}>
                <Input id="name_en" value={values.name_en} onChange={(e) => set("name_en", e.target.value)} aria-invalid={!!errors.name_en} />
              </Field>
            </div>
            <div className="flex items-center gap-x-2">
              <Switch id="is_active" checked={values.is_active} onCheckedChange={(c) => set("is_active", c)} />
              <Text size="small" asChild>
                <label htmlFor="is_active">{t("common.active")}</label>
              </Text>
            </div>
            {!editing ? (
              <div className="flex flex-col gap-y-2">
                <Text size="small" weight="plus">{t("rates.firstRate")}</Text>
                <RateFields t={t} values={values} errors={errors} set={(k, v) => set(k, v)} />
              </div>
            ) : null}
          </form>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">{t("common.cancel")}</Button>
          </Drawer.Close>
          <Button size="small" type="submit" form="piece-type-form" isLoading={save.isPending}>
            {t("common.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** The selected piece type's rates as a timeline, and the form to add the next one. */
function RateTimeline({ t, pieceType }: { t: T; pieceType: PieceType }) {
  const queryClient = useQueryClient()
  const { values, set, errors, setErrors, reset } = useForm<RateForm>({ effective_from: tomorrowInChina(), rate_a: "", rate_b: "" })
  const add = useMutation({
    mutationFn: (body: ReturnType<typeof rateBody>) =>
      sdk.client.fetch<{ piece_type: PieceType }>(`/admin/piece-types/${pieceType.id}/rates`, { method: "POST", body }),
    onSuccess: () => {
      toast.success(t("rates.added"))
      queryClient.invalidateQueries({ queryKey: keys.pieceTypes })
      reset({ effective_from: tomorrowInChina(), rate_a: "", rate_b: "" })
    },
    onError: (error) => showApiError(error, ["effective_from", "rate_a", "rate_b"], setErrors, t),
  })
  const submit = () => {
    if (!checkErrors(validateRate(values, t, pieceType.rates.map((r) => r.effective_from)), setErrors, t)) return
    add.mutate(rateBody(values))
  }
  // newest first (as the route answers): each rate applies until the day before the next one
  const rates = [...pieceType.rates].sort((a, b) => b.effective_from.localeCompare(a.effective_from))
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
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("rates.from")}</Table.HeaderCell>
              <Table.HeaderCell>{t("rates.rateA")}</Table.HeaderCell>
              <Table.HeaderCell>{t("rates.rateB")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rates.map((rate, i) => {
              const state = rateState(rate, pieceType.current_rate)
              const until = i > 0 ? dayBefore(rates[i - 1].effective_from) : null
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
          </Table.Body>
        </Table>
      ) : (
        <Empty>{t("rates.noCurrent")}</Empty>
      )}
      <form
        className="flex flex-col gap-y-3 px-6 py-4"
        noValidate
        data-testid="rate-form"
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <Text size="small" weight="plus">{t("rates.add")}</Text>
        <RateFields t={t} values={values} errors={errors} set={(k, v) => set(k, v)} />
        <div className="flex justify-end">
          <Button size="small" type="submit" isLoading={add.isPending} data-testid="rate-add">
            {t("rates.add")}
          </Button>
        </div>
      </form>
    </Container>
  )
}

const PieceRatesPage = () => {
  const { t } = useT()
  const workshops = useWorkshops()
  const [workshopId, setWorkshopId] = useState("")
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [drawer, setDrawer] = useState<{ editing: PieceType | null; key: number } | null>(null)
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
              <Select
                value={workshopId}
                onValueChange={(v) => {
                  setWorkshopId(v)
                  setSelectedId(null)
                }}
              >
                <Select.Trigger data-testid="rates-workshop" aria-label={t("common.workshop")}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {allWorkshops.map((w) => (
                    <Select.Item key={w.id} value={w.id}>
                      {w.name_zh}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <Button size="small" variant="secondary" disabled={!workshopId} onClick={() => setDrawer({ editing: null, key: Date.now() })}>
              {t("rates.newType")}
            </Button>
          </>
        }
      >
        {workshops.isLoading || list.isLoading ? <Loading t={t} /> : list.error ? <LoadError t={t} error={list.error} /> : !pieceTypes.length ? <Empty>{t("rates.empty")}</Empty> : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("rates.code")}</Table.HeaderCell>
                <Table.HeaderCell>{t("workshops.name")}</Table.HeaderCell>
                <Table.HeaderCell>{t("rates.current")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("common.actions")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
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
                    <Table.Cell className="font-mono">{p.code}</Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col py-2">
                        <Text size="small" weight="plus">{p.name_zh}</Text>
                        <Text size="xsmall" className="text-ui-fg-subtle">{p.name_en}</Text>
                      </div>
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
                      <StatusBadge color={p.is_active ? "green" : "grey"}>{p.is_active ? t("common.active") : t("common.inactive")}</StatusBadge>
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      <Button
                        size="small"
                        variant="transparent"
                        onClick={(e) => {
                          e.stopPropagation()
                          setDrawer({ editing: p, key: Date.now() })
                        }}
                      >
                        {t("common.edit")}
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        )}
      </Page>
      {selected ? (
        <RateTimeline key={selected.id} t={t} pieceType={selected} />
      ) : pieceTypes.length ? (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">{t("rates.choose")}</Text>
        </Container>
      ) : null}
      {drawer ? (
        <PieceTypeDrawer
          key={drawer.key}
          t={t}
          workshopId={workshopId}
          editing={drawer.editing}
          onClose={() => setDrawer(null)}
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
