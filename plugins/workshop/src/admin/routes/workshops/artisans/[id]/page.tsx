import { Button, Heading, Input, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef, useState } from "react"
import { Link, useParams } from "react-router-dom"
import {
  MAX_ADVANCE_YUAN,
  MAX_BANK_NAME_LENGTH,
  MAX_PAYMENT_REFERENCE_LENGTH,
  MAX_PAYOUT_ACCOUNT_LENGTH,
  MAX_PAYOUT_ACCOUNT_NAME_LENGTH,
  MAX_REASON_LENGTH,
  isCalendarDate,
  payoutDetailsProblems,
  todayInChina,
  type Artisan,
  type PayoutMethod,
} from "../../../../../domain"
import type { ArtisanAdvances } from "../../../../../modules/workshop/reports/advances"
import { Field, showApiError, type Errors } from "../../../../components/form"
import { ListTable, Page, QueryView, right } from "../../../../components/page"
import { formatDateTime, formatMonth, formatYuan } from "../../../../lib/format"
import { useT, type Lang, type T } from "../../../../lib/i18n"
import { PayoutMethodSelect } from "../../../../components/payout-method-select"
import { sdk } from "../../../../lib/sdk"
import { typedYuan } from "../../../../lib/typed-fields"

/** The words of this page, in Chinese and English (the shared ones come from lib/i18n). */
const WORDS = {
  "zh-CN": {
    back: "← 绣娘",
    subtitle: "收款方式（只在这一页完整显示）与预支",
    details: "收款方式",
    detailsHint: "付款文件和这一页显示完整账号；其他地方一律打码。",
    method: "方式",
    accountName: "收款人姓名",
    account: "账号（微信号 / 支付宝账号 / 银行卡号）",
    bankName: "开户行",
    saveDetails: "保存收款方式",
    detailsSaved: "收款方式已保存",
    advances: "预支",
    advancesHint: "预支从她之后每月的结算中自动扣回，每月最多扣到当月应付为止。",
    outstanding: "尚未扣回",
    advanced: "共预支",
    recovered: "已扣回",
    newAdvance: "预支给她",
    amount: "金额（元）",
    reason: "原因（例如：大订单备料）",
    reference: "付款凭证号",
    paidOn: "付款日期",
    saveAdvance: "记录预支",
    advanceSaved: "预支已记录",
    noAdvances: "没有预支",
    recoveries: "每月扣回",
    when: "记录时间",
    money: "请填写大于 0、最多 {max} 元、最多两位小数的金额",
    date: "请填写不晚于今天的日期",
  },
  en: {
    back: "← Artisans",
    subtitle: "How she is paid (shown whole only on this page) and advances",
    details: "Payout details",
    detailsHint: "The payout file and this page show the whole account; everywhere else it is masked.",
    method: "Method",
    accountName: "Account holder",
    account: "Account (WeChat id / Alipay account / bank account number)",
    bankName: "Bank",
    saveDetails: "Save payout details",
    detailsSaved: "Payout details saved",
    advances: "Advances",
    advancesHint: "An advance is recovered from her next statements automatically, never more than a month leaves her.",
    outstanding: "Outstanding",
    advanced: "Advanced",
    recovered: "Recovered",
    newAdvance: "Pay her an advance",
    amount: "Amount (¥)",
    reason: "Reason (e.g. materials for a large order)",
    reference: "Payment reference",
    paidOn: "Paid on",
    saveAdvance: "Record advance",
    advanceSaved: "Advance recorded",
    noAdvances: "No advances",
    recoveries: "Recovered by month",
    when: "Recorded",
    money: "An amount above 0, at most ¥{max}, with at most two decimals",
    date: "A day no later than today",
  },
} as const
type Word = keyof (typeof WORDS)["en"]
const wordsOf = (lang: Lang) => (key: Word, vars: Record<string, string | number> = {}) =>
  WORDS[lang][key].replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ""))

type Details = { method: PayoutMethod; account_name: string; account: string | null; bank_name: string | null }

function DetailsForm({ artisanId, t, w }: { artisanId: string; t: T; w: ReturnType<typeof wordsOf> }) {
  const queryClient = useQueryClient()
  const current = useQuery({
    queryKey: ["jinxiu", "payout-details", artisanId],
    queryFn: () => sdk.client.fetch<{ payout_details: Details | null }>(`/admin/artisans/${artisanId}/payout-details`),
  })
  const [values, setValues] = useState({ method: "wechat" as PayoutMethod, account_name: "", account: "", bank_name: "" })
  const [errors, setErrors] = useState<Errors>({})
  useEffect(() => {
    const d = current.data?.payout_details
    if (d) setValues({ method: d.method, account_name: d.account_name, account: d.account ?? "", bank_name: d.bank_name ?? "" })
  }, [current.data])
  const set = (name: keyof typeof values, value: string) => {
    setValues((v) => ({ ...v, [name]: value }))
    setErrors((e) => ({ ...e, [name]: undefined }))
  }
  const save = useMutation({
    mutationFn: (body: Details) => sdk.client.fetch(`/admin/artisans/${artisanId}/payout-details`, { method: "POST", body }),
    onSuccess: () => {
      toast.success(w("detailsSaved"))
      queryClient.invalidateQueries({ queryKey: ["jinxiu", "payout-details", artisanId] })
    },
    onError: (error) => showApiError(error, ["method", "account_name", "account", "bank_name"], setErrors, t),
  })
  const submit = () => {
    const body: Details = {
      method: values.method,
      account_name: values.account_name.trim(),
      account: values.account.trim() || null,
      bank_name: values.bank_name.trim() || null,
    }
    const found: Errors = { account_name: body.account_name ? undefined : t("v.required") }
    for (const problem of payoutDetailsProblems(body)) found[problem.field] = problem.message
    if (Object.values(found).some(Boolean)) {
      setErrors(found)
      toast.error(t("common.fixErrors"))
      return
    }
    save.mutate(body)
  }
  return (
    <form
      className="flex flex-col gap-y-4 px-6 py-4"
      data-testid="payout-details-form"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <div>
        <Heading level="h2">{w("details")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {w("detailsHint")}
        </Text>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="method" label={w("method")} error={errors.method} t={t}>
          <PayoutMethodSelect id="method" value={values.method} onChange={(m) => set("method", m)} t={t} testId="details-method" />
        </Field>
        <Field id="account_name" label={w("accountName")} error={errors.account_name} t={t}>
          <Input id="account_name" maxLength={MAX_PAYOUT_ACCOUNT_NAME_LENGTH} value={values.account_name} onChange={(e) => set("account_name", e.target.value)} aria-invalid={!!errors.account_name} />
        </Field>
        <Field id="account" label={w("account")} error={errors.account} optional={values.method === "cash"} t={t}>
          <Input id="account" maxLength={MAX_PAYOUT_ACCOUNT_LENGTH} value={values.account} onChange={(e) => set("account", e.target.value)} aria-invalid={!!errors.account} />
        </Field>
        <Field id="bank_name" label={w("bankName")} error={errors.bank_name} optional={values.method !== "bank"} t={t}>
          <Input id="bank_name" maxLength={MAX_BANK_NAME_LENGTH} value={values.bank_name} onChange={(e) => set("bank_name", e.target.value)} aria-invalid={!!errors.bank_name} />
        </Field>
      </div>
      <div>
        <Button size="small" type="submit" isLoading={save.isPending} disabled={save.isPending} data-testid="details-save">
          {w("saveDetails")}
        </Button>
      </div>
    </form>
  )
}

/** A key for one submission: the same for every retry of it (a double click records once), new after it is recorded. */
const newKey = () => `advance-${crypto.randomUUID()}`

function AdvanceForm({ artisanId, t, w }: { artisanId: string; t: T; w: ReturnType<typeof wordsOf> }) {
  const queryClient = useQueryClient()
  const [values, setValues] = useState({ method: "wechat" as PayoutMethod, amount: "", reason: "", reference: "", paid_on: todayInChina() })
  const [errors, setErrors] = useState<Errors>({})
  const key = useRef(newKey())
  const set = (name: keyof typeof values, value: string) => {
    setValues((v) => ({ ...v, [name]: value }))
    setErrors((e) => ({ ...e, [name]: undefined }))
  }
  const post = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch(`/admin/artisans/${artisanId}/advances`, { method: "POST", body, headers: { "idempotency-key": key.current } }),
    onSuccess: () => {
      toast.success(w("advanceSaved"))
      key.current = newKey()
      setValues((v) => ({ ...v, amount: "", reason: "", reference: "" }))
      queryClient.invalidateQueries({ queryKey: ["jinxiu", "advances", artisanId] })
    },
    onError: (error) => showApiError(error, ["method", "amount", "reason", "reference", "paid_on"], setErrors, t),
  })
  const submit = () => {
    if (post.isPending) return
    const amount = typedYuan(values.amount, MAX_ADVANCE_YUAN, { positive: true })
    const reason = values.reason.trim()
    const found: Errors = {
      amount: !values.amount.trim() ? t("v.required") : amount === null ? w("money", { max: MAX_ADVANCE_YUAN.toLocaleString("en") }) : undefined,
      reason: !reason ? t("v.required") : undefined,
      paid_on: !isCalendarDate(values.paid_on) || values.paid_on > todayInChina() ? w("date") : undefined,
    }
    if (Object.values(found).some(Boolean)) {
      setErrors(found)
      toast.error(t("common.fixErrors"))
      return
    }
    post.mutate({ method: values.method, amount: amount!, reason, reference: values.reference.trim() || null, paid_on: values.paid_on })
  }
  return (
    <form
      className="flex flex-col gap-y-4 px-6 py-4"
      data-testid="advance-form"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <Heading level="h2">{w("newAdvance")}</Heading>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="advance_method" label={w("method")} error={errors.method} t={t}>
          <PayoutMethodSelect id="advance_method" value={values.method} onChange={(m) => set("method", m)} t={t} testId="advance-method" />
        </Field>
        <Field id="amount" label={w("amount")} error={errors.amount} t={t}>
          <Input id="amount" inputMode="decimal" value={values.amount} onChange={(e) => set("amount", e.target.value)} aria-invalid={!!errors.amount} data-testid="advance-amount" />
        </Field>
        <Field id="reference" label={w("reference")} error={errors.reference} optional t={t}>
          <Input id="reference" maxLength={MAX_PAYMENT_REFERENCE_LENGTH} value={values.reference} onChange={(e) => set("reference", e.target.value)} />
        </Field>
        <Field id="paid_on" label={w("paidOn")} error={errors.paid_on} t={t}>
          <Input id="paid_on" type="date" max={todayInChina()} value={values.paid_on} onChange={(e) => set("paid_on", e.target.value)} aria-invalid={!!errors.paid_on} />
        </Field>
      </div>
      <Field id="reason" label={w("reason")} error={errors.reason} t={t}>
        <Textarea id="reason" rows={2} maxLength={MAX_REASON_LENGTH} value={values.reason} onChange={(e) => set("reason", e.target.value)} aria-invalid={!!errors.reason} data-testid="advance-reason" />
      </Field>
      <div>
        <Button size="small" type="submit" isLoading={post.isPending} disabled={post.isPending} data-testid="advance-save">
          {w("saveAdvance")}
        </Button>
      </div>
    </form>
  )
}

const ArtisanPayPage = () => {
  const { id = "" } = useParams()
  const { t, lang } = useT()
  const w = wordsOf(lang)
  const artisan = useQuery({
    queryKey: ["jinxiu", "artisan", id],
    queryFn: () => sdk.client.fetch<{ artisan: Artisan }>(`/admin/artisans/${id}`),
  })
  const advances = useQuery({
    queryKey: ["jinxiu", "advances", id],
    queryFn: () => sdk.client.fetch<ArtisanAdvances>(`/admin/artisans/${id}/advances`),
  })
  const name = artisan.data?.artisan.display_name ?? ""
  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/workshops/artisans" className="text-ui-fg-interactive txt-compact-small">
        {w("back")}
      </Link>
      <Page title={name || "…"} subtitle={w("subtitle")} testId="artisan-pay-page">
        <DetailsForm artisanId={id} t={t} w={w} />
      </Page>
      <Page title={w("advances")} subtitle={w("advancesHint")} testId="artisan-advances">
        <QueryView t={t} query={advances}>
          {(data) => (
            <>
              <div className="grid grid-cols-3 gap-4 px-6 py-4" data-testid="advance-totals">
                <div>
                  <Text size="small" className="text-ui-fg-subtle">{w("advanced")}</Text>
                  <Text weight="plus">{formatYuan(data.advanced)}</Text>
                </div>
                <div>
                  <Text size="small" className="text-ui-fg-subtle">{w("recovered")}</Text>
                  <Text weight="plus">{formatYuan(data.recovered)}</Text>
                </div>
                <div>
                  <Text size="small" className="text-ui-fg-subtle">{w("outstanding")}</Text>
                  <Text weight="plus" data-testid="advance-outstanding">{formatYuan(data.outstanding)}</Text>
                </div>
              </div>
              {data.advances.length ? (
                <ListTable columns={[w("paidOn"), w("method"), right(w("amount")), w("reason"), w("when")]}>
                  {data.advances.map((a) => (
                    <Table.Row key={a.id} data-testid="advance-row">
                      <Table.Cell>{a.paid_on}</Table.Cell>
                      <Table.Cell>{t(`payouts.method.${a.method}`)}</Table.Cell>
                      <Table.Cell className="text-right">{formatYuan(a.amount)}</Table.Cell>
                      <Table.Cell className="max-w-[280px] whitespace-normal">{a.reason}</Table.Cell>
                      <Table.Cell>{formatDateTime(String(a.created_at), lang)}</Table.Cell>
                    </Table.Row>
                  ))}
                </ListTable>
              ) : (
                <div className="px-6 py-4">
                  <Text size="small" className="text-ui-fg-subtle">{w("noAdvances")}</Text>
                </div>
              )}
              {data.recoveries.length ? (
                <div className="px-6 py-4">
                  <Text size="small" weight="plus">{w("recoveries")}</Text>
                  <ul className="mt-1">
                    {data.recoveries.map((r) => (
                      <li key={r.statement_id}>
                        <Text size="small">
                          {formatMonth(r.period, lang)}: {formatYuan(r.amount)}
                        </Text>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </>
          )}
        </QueryView>
        <AdvanceForm artisanId={id} t={t} w={w} />
      </Page>
    </div>
  )
}

export default ArtisanPayPage
