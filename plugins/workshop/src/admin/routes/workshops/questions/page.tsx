import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Input, Label, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { isMonth, type StatementQuestion } from "../../../../domain"
import { ResolveQuestionDrawer } from "../../../components/resolve-question"
import { ListTable, Page, QueryView, TwoLines, right } from "../../../components/page"
import { WorkshopSelect } from "../../../components/workshop-select"
import { keys, useWorkshops } from "../../../lib/api"
import { formatDateTime, formatMonth, formatYuan } from "../../../lib/format"
import { useT } from "../../../lib/i18n"
import { useQuestionT } from "../../../lib/question-i18n"
import { sdk } from "../../../lib/sdk"

/** The women's questions about their months, by workshop, month and status; each resolved once. */
const QuestionsPage = () => {
  const { t } = useT()
  const { qt, lang } = useQuestionT()
  const workshops = useWorkshops()
  const [workshop, setWorkshop] = useState("all")
  const [month, setMonth] = useState("")
  const [status, setStatus] = useState<"open" | "resolved" | "all">("open")
  const [resolving, setResolving] = useState<StatementQuestion | null>(null)
  const names = new Map((workshops.data?.workshops ?? []).map((w) => [w.id, w.name_zh]))
  const monthFilter = isMonth(month) ? month : undefined
  const query: Record<string, string> = {
    ...(workshop !== "all" ? { workshop_id: workshop } : {}),
    ...(monthFilter ? { period: monthFilter } : {}),
    ...(status !== "all" ? { status } : {}),
  }
  const list = useQuery({
    queryKey: [...keys.questions, query],
    queryFn: () => sdk.client.fetch<{ questions: StatementQuestion[]; count: number }>("/admin/questions", { query }),
  })

  const lineText = (q: StatementQuestion) => {
    if (!q.line) return qt("q.noLine")
    const what = lang === "en" ? q.line.piece_type_en : q.line.piece_type_zh
    return [q.line.work_date, what, q.line.quantity ? `× ${q.line.quantity}` : null, q.line.grade].filter(Boolean).join(" ")
  }

  return (
    <Page title={qt("q.title")} subtitle={qt("q.subtitle")} testId="questions-page">
      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="questions-workshop">{qt("q.workshop")}</Label>
          <WorkshopSelect id="questions-workshop" workshops={workshops.data?.workshops ?? []} value={workshop} onValueChange={setWorkshop} all={qt("q.allWorkshops")} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="questions-month">{qt("q.month")}</Label>
          <Input id="questions-month" placeholder="YYYY-MM" value={month} onChange={(e) => setMonth(e.target.value.trim())} data-testid="questions-month" />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="questions-status">{qt("q.status")}</Label>
          <Select value={status} onValueChange={(v) => setStatus(v as typeof status)}>
            <Select.Trigger id="questions-status">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="open">{qt("q.status.open")}</Select.Item>
              <Select.Item value="resolved">{qt("q.status.resolved")}</Select.Item>
              <Select.Item value="all">{qt("q.all")}</Select.Item>
            </Select.Content>
          </Select>
        </div>
      </div>
      <QueryView t={t} query={list} isEmpty={(d) => !d.questions.length} empty={qt("q.empty")}>
        {(data) => (
          <ListTable
            columns={[qt("q.artisan"), qt("q.workshop"), qt("q.month"), qt("q.reason"), qt("q.line"), right(qt("q.amount")), qt("q.note"), qt("q.resolution"), right(t("common.actions"))]}
          >
            {data.questions.map((q) => (
              <Table.Row key={q.id} data-testid="question-row" data-status={q.status}>
                <Table.Cell>
                  <TwoLines primary={q.artisan_name ?? ""} secondary={formatDateTime(q.created_at, lang)} />
                </Table.Cell>
                <Table.Cell>{names.get(q.workshop_id) ?? q.workshop_id}</Table.Cell>
                <Table.Cell>{formatMonth(q.period, lang)}</Table.Cell>
                <Table.Cell>{qt(`q.reasons.${q.reason}`)}</Table.Cell>
                <Table.Cell>{lineText(q)}</Table.Cell>
                <Table.Cell className="text-right">{q.line ? formatYuan(q.line.amount) : "—"}</Table.Cell>
                <Table.Cell className="max-w-[240px] whitespace-normal">{q.note ?? "—"}</Table.Cell>
                <Table.Cell className="max-w-[280px] whitespace-normal">
                  {q.status === "open" ? (
                    <StatusBadge color="orange">{qt("q.status.open")}</StatusBadge>
                  ) : (
                    <Text size="small">
                      {q.resolution === "correction"
                        ? qt("q.corrected", { amount: formatYuan(q.correction_amount ?? "0"), note: q.answer_note ?? "" })
                        : qt("q.answered", { note: q.answer_note ?? "" })}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell className="text-right">
                  {q.status === "open" ? (
                    <Button size="small" variant="secondary" onClick={() => setResolving(q)} data-testid="question-resolve">
                      {qt("q.resolve")}
                    </Button>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </ListTable>
        )}
      </QueryView>
      {resolving ? <ResolveQuestionDrawer t={t} qt={qt} question={resolving} onClose={() => setResolving(null)} /> : null}
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.questions",
  translationNs: "jinxiu",
  rank: 8,
})

export default QuestionsPage
