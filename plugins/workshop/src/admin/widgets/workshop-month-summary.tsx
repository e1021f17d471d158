import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { StatusBadge, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { WorkshopMonthFigures as Figures, WorkshopMonthSummary as Summary } from "../../domain"
import { ListTable, QueryView, Section, TwoLines, right } from "../components/page"
import { keys } from "../lib/api"
import { formatMonth, formatYuan } from "../lib/format"
import { useT } from "../lib/i18n"
import { sdk } from "../lib/sdk"

/** On the admin's landing page (the orders list): this month's output and earnings per workshop. */
const WorkshopMonthSummaryWidget = () => {
  const { t, lang } = useT()
  const summary = useQuery({
    queryKey: keys.summary,
    queryFn: () => sdk.client.fetch<Summary>("/admin/workshop-summary"),
  })
  const row = (f: Figures) => (
    <>
      <Table.Cell className="text-right">
        {f.artisans} / {f.working_artisans}
      </Table.Cell>
      <Table.Cell className="text-right">
        {f.pieces_a} / {f.pieces_b} / {f.pieces_r}
      </Table.Cell>
      <Table.Cell className="text-right">{formatYuan(f.piecework)}</Table.Cell>
      <Table.Cell className="text-right font-medium">{formatYuan(f.net)}</Table.Cell>
    </>
  )
  return (
    <Section
      title={t("summary.title")}
      subtitle={t("summary.hint")}
      testId="workshop-summary-widget"
      actions={
        summary.data ? (
          <StatusBadge color={summary.data.status === "open" ? "blue" : "green"}>
            {formatMonth(summary.data.month, lang)} · {t(`periods.status.${summary.data.status}`)}
          </StatusBadge>
        ) : null
      }
    >
      <QueryView t={t} query={summary}>
        {(data) => (
          <ListTable
            columns={[t("common.workshop"), right(t("summary.artisans")), right(t("summary.pieces")), right(t("summary.piecework")), right(t("summary.net"))]}
          >
            {data.workshops.map((w) => (
              <Table.Row key={w.id} data-testid="summary-row" data-handle={w.handle}>
                <Table.Cell>
                  <TwoLines
                    primary={w.name_zh}
                    secondary={
                      <>
                        {w.name_en} · {lang === "zh-CN" ? w.city_zh : w.city_en}
                      </>
                    }
                  />
                </Table.Cell>
                {row(w)}
              </Table.Row>
            ))}
            <Table.Row data-testid="summary-total">
              <Table.Cell>
                <Text size="small" weight="plus">{t("summary.total")}</Text>
              </Table.Cell>
              {row(data.totals)}
            </Table.Row>
          </ListTable>
        )}
      </QueryView>
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default WorkshopMonthSummaryWidget
