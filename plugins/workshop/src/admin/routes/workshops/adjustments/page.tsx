import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Heading, Input, Select, Table, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef, useState } from "react"
import { MAX_ADJUSTMENT_YUAN, MAX_REASON_LENGTH, currentMonth } from "../../../../domain"
import { typedYuan } from "../../../lib/typed-fields"
import type { AdjustmentView } from "../../../../modules/workshop/reports/adjustments"
import { Field, showApiError, type Errors } from "../../../components/form"
import { ListTable, Page, QueryView, TwoLines, right } from "../../../components/page"
import { WorkshopSelect } from "../../../components/workshop-select"
import { keys, useWorkshops, type Artisan, type PeriodOverview } from "../../../lib/api"
import { formatDateTime, formatMonth, formatYuan } from "../../../lib/format"
import { useT, type Lang, type T } from "../../../lib/i18n"
import { sdk } from "../../../lib/sdk"

type Kind = "bonus" | "deduction"
const FIELDS = ["artisan_id", "kind", "amount", "period", "reason"]
const adjustmentsKey = ["jinxiu", "adjustments"] as const

/** A key for one submission: the same for every retry of it (a double click posts once), new after it is recorded. */
const newKey = () => `adjustment-${crypto.randomUUID()}`

/** The months an adjustment may go into: the open ones (this month always is until it is closed). */
function openMonths(periods: PeriodOverview[] | undefined): string[] {
  const thisMonth = currentMonth()
  const open = (periods ?? []).filter((p) => p.status === "open").map((p) => p.month)
  const closedThisMonth = (periods ?? []).some((p) => p.month === thisMonth && p.status !== "open")
  return [...new Set([...(closedThisMonth ? [] : [thisMonth]), ...open])].sort().reverse()
}

function AdjustmentForm({ t, lang, workshopId }: { t: T; lang: Lang; workshopId: string }) {
  const queryClient = useQueryClient()
  const artisans = useQuery({
    queryKey: [...keys.artisans, "for-adjustments", workshopId],
    enabled: !!workshopId,
    queryFn: () =>
      sdk.client.fetch<{ artisans: Artisan[] }>("/admin/artisans", { query: { workshop_id: workshopId, limit: 1000, order: "display_name" } }),
  })
  const periods = useQuery({ queryKey: keys.periods, queryFn: () => sdk.client.fetch<{ periods: PeriodOverview[] }>("/admin/periods") })
  const months = openMonths(periods.data?.periods)
  const [values, setValues] = useState({ artisan_id: "", kind: "bonus" as Kind, amount: "", period: "", reason: "" })
  const [errors, setErrors] = useState<Errors>({})
  const key = useRef(newKey())
  const set = <K extends keyof typeof values>(name: K, value: (typeof values)[K]) => {
    // another body is another submission: its own key
    if (values[name] !== value) key.current = newKey()
    setValues((v) => ({ ...v, [name]: value }))
    setErrors((e) => ({ ...e, [name]: undefined }))
  }
  useEffect(() => set("artisan_id", ""), [workshopId])
  useEffect(() => {
    if (!values.period && months.length) set("period", months[0])
  }, [months.join(","), values.period])

  const post = useMutation({
    mutationFn: (body: typeof values) =>
      sdk.client.fetch<{ status: string }>("/admin/adjustments", { method: "POST", body, headers: { "idempotency-key": key.current } }),
    onSuccess: () => {
      toast.success(t("adjustments.posted"))
      key.current = newKey()
      setValues((v) => ({ ...v, amount: "", reason: "" }))
      queryClient.invalidateQueries({ queryKey: adjustmentsKey })
    },
    onError: (error) => showApiError(error, FIELDS, (update) => setErrors(update), t),
  })

  const submit = () => {
    if (post.isPending) return
    const amount = typedYuan(values.amount, MAX_ADJUSTMENT_YUAN, { positive: true })
    const reason = values.reason.trim()
    const found: Errors = {
      artisan_id: values.artisan_id ? undefined : t("v.required"),
      amount: !values.amount.trim() ? t("v.required") : amount === null ? t("v.money") : undefined,
      period: values.period ? undefined : t("v.required"),
      reason: !reason ? t("v.required") : reason.length > MAX_REASON_LENGTH ? t("v.tooLong", { max: MAX_REASON_LENGTH }) : undefined,
    }
    if (Object.values(found).some(Boolean)) {
      setErrors(found)
      toast.error(t("common.fixErrors"))
      return
    }
    post.mutate({ ...values, amount: amount!, reason })
  }

  return (
    <form
      className="flex flex-col gap-y-4 px-6 py-4"
      data-testid="adjustment-form"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <Heading level="h2">{t("adjustments.new")}</Heading>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="artisan_id" label={t("adjustments.artisan")} error={errors.artisan_id} t={t}>
          <Select value={values.artisan_id} onValueChange={(v) => set("artisan_id", v)}>
            <Select.Trigger id="artisan_id" data-testid="adjustment-artisan">
              <Select.Value placeholder={t("adjustments.chooseArtisan")} />
            </Select.Trigger>
            <Select.Content>
              {(artisans.data?.artisans ?? []).map((a) => (
                <Select.Item key={a.id} value={a.id}>
                  {a.display_name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field id="kind" label={t("adjustments.kind")} error={errors.kind} t={t}>
          <Select value={values.kind} onValueChange={(v) => set("kind", v as Kind)}>
            <Select.Trigger id="kind" data-testid="adjustment-kind">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="bonus">{t("adjustments.kind.bonus")}</Select.Item>
              <Select.Item value="deduction">{t("adjustments.kind.deduction")}</Select.Item>
            </Select.Content>
          </Select>
        </Field>
        <Field id="amount" label={t("adjustments.amount")} error={errors.amount} t={t}>
          <Input id="amount" inputMode="decimal" value={values.amount} onChange={(e) => set("amount", e.target.value)} aria-invalid={!!errors.amount} />
        </Field>
        <Field id="period" label={t("adjustments.month")} error={errors.period ?? (months.length ? undefined : t("adjustments.noOpenMonth"))} t={t}>
          <Select value={values.period} onValueChange={(v) => set("period", v)}>
            <Select.Trigger id="period" data-testid="adjustment-period">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {months.map((m) => (
                <Select.Item key={m} value={m}>
                  {formatMonth(m, lang)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      </div>
      <Field id="reason" label={t("adjustments.reason")} error={errors.reason} t={t}>
        <Textarea id="reason" rows={2} maxLength={MAX_REASON_LENGTH} value={values.reason} onChange={(e) => set("reason", e.target.value)} />
      </Field>
      <div>
        <Button size="small" type="submit" isLoading={post.isPending} disabled={post.isPending} data-testid="adjustment-save">
          {t("adjustments.save")}
        </Button>
      </div>
    </form>
  )
}

const AdjustmentsPage = () => {
  const { t, lang } = useT()
  const workshops = useWorkshops()
  const [workshopId, setWorkshopId] = useState("")
  useEffect(() => {
    if (!workshopId && workshops.data?.workshops.length) setWorkshopId(workshops.data.workshops[0].id)
  }, [workshops.data, workshopId])
  const recent = useQuery({
    queryKey: [...adjustmentsKey, workshopId],
    enabled: !!workshopId,
    queryFn: () => sdk.client.fetch<{ adjustments: AdjustmentView[] }>("/admin/adjustments", { query: { workshop_id: workshopId, limit: 50 } }),
  })
  return (
    <Page
      title={t("adjustments.title")}
      subtitle={t("adjustments.subtitle")}
      testId="adjustments-page"
      actions={
        <WorkshopSelect
          workshops={workshops.data?.workshops ?? []}
          value={workshopId}
          onValueChange={setWorkshopId}
          aria-label={t("common.workshop")}
          data-testid="adjustment-workshop"
        />
      }
    >
      {workshopId ? <AdjustmentForm t={t} lang={lang} workshopId={workshopId} /> : null}
      <div className="px-6 py-4">
        <Heading level="h2">{t("adjustments.recent")}</Heading>
      </div>
      <QueryView t={t} query={recent} isEmpty={(d) => !d.adjustments.length} empty={t("adjustments.empty")}>
        {(data) => (
          <div className="overflow-x-auto">
            <ListTable columns={[t("adjustments.artisan"), t("adjustments.kind"), right(t("adjustments.amount")), t("adjustments.month"), t("adjustments.reason"), t("adjustments.when")]}>
              {data.adjustments.map((a) => (
                <Table.Row key={a.id} data-testid="adjustment-row">
                  <Table.Cell>
                    <TwoLines primary={a.display_name} secondary={a.workshop_handle} />
                  </Table.Cell>
                  <Table.Cell>{t(`adjustments.kind.${a.kind}`)}</Table.Cell>
                  <Table.Cell className="text-right">{a.kind === "deduction" ? `−${formatYuan(a.amount)}` : formatYuan(a.amount)}</Table.Cell>
                  <Table.Cell>{formatMonth(a.period, lang)}</Table.Cell>
                  <Table.Cell className="max-w-[280px] whitespace-normal">{a.reason ?? "—"}</Table.Cell>
                  <Table.Cell>{formatDateTime(String(a.created_at), lang)}</Table.Cell>
                </Table.Row>
              ))}
            </ListTable>
          </div>
        )}
      </QueryView>
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.adjustments",
  translationNs: "jinxiu",
  rank: 7,
})

export default AdjustmentsPage
