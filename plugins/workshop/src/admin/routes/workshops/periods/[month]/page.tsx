import { ArrowDownTray } from "@medusajs/icons"
import { Button, Table, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { sumMoney, type PeriodStatement as Statement } from "../../../../../domain"
import { EarningCells, earningColumns } from "../../../../components/earnings"
import { ListTable, Page, QueryView, TwoLines, right } from "../../../../components/page"
import { keys } from "../../../../lib/api"
import { errorMessage, formatDateTime, formatMonth, formatYuan } from "../../../../lib/format"
import { useT } from "../../../../lib/i18n"
import { useSlipT } from "../../../../lib/slip-words"
import { downloadCsv } from "../../../../lib/download"
import { sdk } from "../../../../lib/sdk"

/** The frozen statements of one closed month, and their CSV for the bank transfer or the books. */
const StatementsPage = () => {
  const { t, lang } = useT()
  const { t: ts } = useSlipT()
  const { month = "" } = useParams()
  const [downloading, setDownloading] = useState(false)
  const list = useQuery({
    queryKey: [...keys.periods, "statements", month],
    queryFn: () => sdk.client.fetch<{ period: string; statements: Statement[] }>(`/admin/periods/${month}/statements`),
  })

  /** Fetches the CSV with the admin's session and hands it to the browser as a download. */
  const exportCsv = async () => {
    setDownloading(true)
    try {
      await downloadCsv(`/admin/periods/${month}/statements`, { format: "csv" }, `jinxiu-statements-${month}.csv`)
    } catch (error) {
      toast.error(t("common.failed"), { description: errorMessage(error) })
    } finally {
      setDownloading(false)
    }
  }

  const statements = list.data?.statements ?? []
  return (
    <Page
      title={t("periods.statementsTitle", { month: formatMonth(month, lang) })}
      subtitle={statements[0]?.payment_reference ? `${t("periods.reference")}: ${statements[0].payment_reference} · ${formatDateTime(statements[0].paid_at, lang)}` : undefined}
      testId="statements-page"
      actions={
        <>
          <Button size="small" variant="transparent" asChild>
            <Link to="/workshops/periods">{t("periods.back")}</Link>
          </Button>
          <Button size="small" variant="secondary" disabled={!statements.length} isLoading={downloading} onClick={exportCsv} data-testid="export-csv">
            <ArrowDownTray />
            {t("periods.exportCsv")}
          </Button>
        </>
      }
    >
      <QueryView t={t} query={list} isEmpty={(d) => !d.statements.length} empty={t("periods.noStatements")}>
        {() => (
          <ListTable columns={[t("common.workshop"), t("artisans.displayName"), ...earningColumns(t), right(t("periods.entries")), t("common.actions")]}>
            {statements.map((s) => (
              <Table.Row key={s.id} data-testid="statement-row">
                <Table.Cell>{s.workshop_name}</Table.Cell>
                <Table.Cell>
                  <TwoLines primary={s.display_name} secondary={s.legal_name} />
                </Table.Cell>
                <EarningCells amount={(part) => s[`${part}_total` as const]} />
                <Table.Cell className="text-right font-medium">{formatYuan(s.net_total)}</Table.Cell>
                <Table.Cell className="text-right">{s.entry_count}</Table.Cell>
                <Table.Cell>
                  <Link to={`/workshops/slips/${s.id}`} className="text-ui-fg-interactive hover:underline" data-testid="print-slip">
                    {ts("slip.print")}
                  </Link>
                </Table.Cell>
              </Table.Row>
            ))}
            <Table.Row className="font-medium">
              <Table.Cell>{t("periods.total")}</Table.Cell>
              <Table.Cell>{statements.length}</Table.Cell>
              <EarningCells amount={(part) => sumMoney(statements.map((s) => s[`${part}_total` as const]))} format={formatYuan} />
              <Table.Cell className="text-right" data-testid="statements-total">{formatYuan(sumMoney(statements.map((s) => s.net_total)))}</Table.Cell>
              <Table.Cell />
              <Table.Cell />
            </Table.Row>
          </ListTable>
        )}
      </QueryView>
    </Page>
  )
}

export default StatementsPage
