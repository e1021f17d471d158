import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { LoadError, Loading } from "../components/page"
import { keys } from "../lib/api"
import { formatMonth, formatYuan } from "../lib/format"
import { useT } from "../lib/i18n"
import { sdk } from "../lib/sdk"

type Figures = {
  artisans: number
  working_artisans: number
  pieces_a: number
  pieces_b: number
  pieces_r: number
  piecework: string
  net: string
}
type Summary = {
  month: string
  status: "open" | "closed" | "paid"
  workshops: (Figures & { id: string; handle: string; name_zh: string; name_en: string; city_zh: string; city_en: string })[]
  totals: Figures
}

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
    <Container className="divide-y p-0" data-testid="workshop-summary-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("summary.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("summary.hint")}</Text>
        </div>
        {summary.data ? (
          <StatusBadge color={summary.data.status === "open" ? "blue" : "green"}>
            {formatMonth(summary.data.month, lang)} · {t(`periods.status.${summary.data.status}`)}
          </StatusBadge>
        ) : null}
      </div>
      {summary.isLoading ? <Loading t={t} /> : summary.error ? <LoadError t={t} error={summary.error} /> : summary.data ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("common.workshop")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("summary.artisans")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("summary.pieces")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("summary.piecework")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("summary.net")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {summary.data.workshops.map((w) => (
              <Table.Row key={w.id} data-testid="summary-row" data-handle={w.handle}>
                <Table.Cell>
                  <div className="flex flex-col py-2">
                    <Text size="small" weight="plus">{w.name_zh}</Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {w.name_en} · {lang === "zh-CN" ? w.city_zh : w.city_en}
                    </Text>
                  </div>
                </Table.Cell>
                {row(w)}
              </Table.Row>
            ))}
            <Table.Row data-testid="summary-total">
              <Table.Cell>
                <Text size="small" weight="plus">{t("summary.total")}</Text>
              </Table.Cell>
              {row(summary.data.totals)}
            </Table.Row>
          </Table.Body>
        </Table>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default WorkshopMonthSummaryWidget
