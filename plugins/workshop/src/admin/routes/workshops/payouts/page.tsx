import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray } from "@medusajs/icons"
import { Badge, Button, Heading, Input, Label, Select, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { PayoutMethod } from "../../../../domain"
import type { ImportOutcome } from "../../../../api/admin/payout-runs/import/apply-results"
import type { PayoutRun, PayoutRunGroup } from "../../../../modules/workshop/reports/payout-run"
import { Field } from "../../../components/form"
import { ListTable, Page, QueryView, TwoLines, right } from "../../../components/page"
import { keys, type PeriodOverview } from "../../../lib/api"
import { cleanMessage, errorMessage, formatMonth, formatYuan } from "../../../lib/format"
import { useT, type Lang, type T } from "../../../lib/i18n"
import { downloadCsv } from "../../../lib/download"
import { PayoutMethodSelect } from "../../../components/payout-method-select"
import { sdk } from "../../../lib/sdk"

const OWED = "owed"
const RESULT_COLOR = { recorded: "green", failed: "orange", replayed: "grey", refused: "red" } as const

type ImportAnswer = { counts: Record<ImportOutcome["result"], number>; lines: ImportOutcome[] }

/** A payout file, downloaded with the admin's session (never kept). */
const download = (scope: string, method: PayoutMethod) =>
  downloadCsv(`/admin/payout-runs/export`, { period: scope, method }, `jinxiu-payouts-${scope}-${method}.csv`)

/** One method's statements, with its count, total and export button. */
function GroupSection({ t, lang, scope, group }: { t: T; lang: Lang; scope: string; group: PayoutRun["groups"][number] }) {
  const [downloading, setDownloading] = useState(false)
  const method = group.method
  const exportFile = async () => {
    if (method === "none") return
    setDownloading(true)
    try {
      await download(scope, method)
    } catch (error) {
      toast.error(t("common.failed"), { description: errorMessage(error) })
    } finally {
      setDownloading(false)
    }
  }
  return (
    <div data-testid="payout-group" data-method={method}>
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h2">{t(`payouts.method.${method}`)}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("payouts.count")}: <span data-testid="group-count">{group.count}</span> · {t("payouts.total")}:{" "}
            <span data-testid="group-total">{formatYuan(group.total)}</span>
          </Text>
          {method === "none" ? (
            <Text size="xsmall" className="text-ui-fg-subtle mt-1">
              {t("payouts.noneHint")}
            </Text>
          ) : null}
        </div>
        {method !== "none" ? (
          <Button size="small" variant="secondary" isLoading={downloading} onClick={exportFile} data-testid={`export-${method}`}>
            <ArrowDownTray />
            {t("payouts.export")}
          </Button>
        ) : null}
      </div>
      <div className="overflow-x-auto">
        <ListTable columns={[t("common.workshop"), t("artisans.displayName"), t("payouts.month"), t("payouts.account"), right(t("payouts.owed"))]}>
          {group.statements.map((s) => (
            <Table.Row key={s.statement_id} data-testid="payout-run-row">
              <Table.Cell>{s.workshop_handle}</Table.Cell>
              <Table.Cell>{s.display_name}</Table.Cell>
              <Table.Cell>{formatMonth(s.period, lang)}</Table.Cell>
              <Table.Cell>
                {s.payout_details ? <TwoLines primary={s.payout_details.account_name} secondary={s.payout_details.account ?? s.payout_details.bank_name ?? "—"} mono /> : "—"}
              </Table.Cell>
              <Table.Cell className="text-right">{formatYuan(s.owed)}</Table.Cell>
            </Table.Row>
          ))}
        </ListTable>
      </div>
    </div>
  )
}

/** Reads a results file as UTF-8 text (a file in another encoding shows as U+FFFD, which the backend refuses naming the line). */
const readText = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result ?? ""))
    reader.onerror = () => reject(reader.error)
    reader.readAsText(file, "utf-8")
  })

/** The results file: chosen, sent whole, and each line's result shown. */
function ImportSection({ t }: { t: T }) {
  const queryClient = useQueryClient()
  const [method, setMethod] = useState<PayoutMethod>("wechat")
  const [paidOn, setPaidOn] = useState("")
  const [file, setFile] = useState<File | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const importFile = useMutation({
    mutationFn: async () => {
      const csv = await readText(file!)
      return sdk.client.fetch<ImportAnswer>("/admin/payout-runs/import", {
        method: "POST",
        body: { method, csv, ...(paidOn ? { paid_on: paidOn } : {}) },
      })
    },
    onMutate: () => setRefusal(null),
    onSuccess: (answer) => {
      toast.success(t("payouts.imported", answer.counts))
      queryClient.invalidateQueries({ queryKey: [...keys.periods] })
      queryClient.invalidateQueries({ queryKey: ["jinxiu", "payout-runs"] })
    },
    onError: (error) => setRefusal(cleanMessage(errorMessage(error))),
  })
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4" data-testid="payout-import">
      <div>
        <Heading level="h2">{t("payouts.importTitle")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("payouts.importHint")}
        </Text>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Field id="import-method" label={t("payouts.importMethod")} t={t}>
          <PayoutMethodSelect id="import-method" value={method} onChange={setMethod} t={t} />
        </Field>
        <Field id="import-paid-on" label={t("payouts.paidOn")} optional t={t}>
          <Input id="import-paid-on" type="date" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
        </Field>
        <Field id="import-file" label={t("payouts.file")} t={t}>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            className="text-ui-fg-base txt-small"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            data-testid="import-file"
          />
        </Field>
      </div>
      <div>
        <Button size="small" disabled={!file} isLoading={importFile.isPending} onClick={() => importFile.mutate()} data-testid="import-submit">
          {t("payouts.import")}
        </Button>
      </div>
      {refusal ? (
        <Text size="small" className="text-ui-fg-error" role="alert" data-testid="import-refused">
          {refusal}
        </Text>
      ) : null}
      {importFile.data ? (
        <div className="overflow-x-auto" data-testid="import-results">
          <ListTable columns={[t("payouts.line"), "line_key", right(t("payouts.amount")), t("payouts.fileStatus"), t("payouts.result")]}>
            {importFile.data.lines.map((line) => (
              <Table.Row key={line.line} data-testid="import-line" data-result={line.result}>
                <Table.Cell>{line.line}</Table.Cell>
                <Table.Cell className="font-mono text-xs">{line.line_key}</Table.Cell>
                <Table.Cell className="text-right">{formatYuan(line.amount)}</Table.Cell>
                <Table.Cell>{t(`payouts.status.${line.status}`)}</Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col gap-y-1 py-2">
                    <StatusBadge color={RESULT_COLOR[line.result]}>{t(`payouts.result.${line.result}`)}</StatusBadge>
                    {line.refusal ? (
                      <Text size="xsmall" className="text-ui-fg-error">
                        {line.refusal.message}
                      </Text>
                    ) : null}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </ListTable>
        </div>
      ) : null}
    </div>
  )
}

const PayoutRunPage = () => {
  const { t, lang } = useT()
  const [scope, setScope] = useState(OWED)
  const periods = useQuery({
    queryKey: keys.periods,
    queryFn: () => sdk.client.fetch<{ periods: PeriodOverview[] }>("/admin/periods"),
  })
  const closed = (periods.data?.periods ?? []).filter((p) => p.status !== "open")
  const run = useQuery({
    queryKey: ["jinxiu", "payout-runs", scope],
    queryFn: () => sdk.client.fetch<PayoutRun>("/admin/payout-runs", { query: { period: scope } }),
  })
  const monthStatus = closed.find((p) => p.month === scope)?.status
  return (
    <Page
      title={t("payouts.title")}
      subtitle={t("payouts.subtitle")}
      testId="payout-run-page"
      actions={
        <div className="flex flex-wrap items-center gap-2">
          <Label htmlFor="payout-scope" size="small" weight="plus">
            {t("payouts.scope")}
          </Label>
          <Select value={scope} onValueChange={setScope}>
            <Select.Trigger id="payout-scope" className="min-w-[180px]" data-testid="payout-scope">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={OWED}>{t("payouts.owedScope")}</Select.Item>
              {closed.map((p) => (
                <Select.Item key={p.month} value={p.month}>
                  {formatMonth(p.month, lang)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          {monthStatus === "closed" ? (
            <Button size="small" variant="transparent" asChild data-testid="payout-shortcut">
              <Link to="/workshops/periods">{t("payouts.shortcut")}</Link>
            </Button>
          ) : null}
        </div>
      }
    >
      <QueryView t={t} query={run} isEmpty={(d) => !d.groups.length} empty={t("payouts.nothing")}>
        {(data) => (
          <>
            <div className="px-6 py-4">
              <Badge size="small" data-testid="payout-run-total">
                {t("payouts.grandTotal", { count: data.totals.count, total: formatYuan(data.totals.owed) })}
              </Badge>
            </div>
            {data.groups.map((group) => (
              <GroupSection key={group.method as PayoutRunGroup} t={t} lang={lang} scope={scope} group={group} />
            ))}
          </>
        )}
      </QueryView>
      <ImportSection t={t} />
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.payouts",
  translationNs: "jinxiu",
  rank: 6,
})

export default PayoutRunPage
