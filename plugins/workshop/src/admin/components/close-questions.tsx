import { Badge, Label, Table, Text, Textarea } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { MAX_REASON_LENGTH, type StatementQuestion } from "../../domain"
import { keys } from "../lib/api"
import { formatYuan } from "../lib/format"
import type { Lang } from "../lib/i18n"
import { useQuestionT } from "../lib/question-i18n"
import { sdk } from "../lib/sdk"

/** The women's questions about a month still open: closing it then needs a reason. */
export function useOpenQuestions(month: string) {
  const query = useQuery({
    queryKey: [...keys.questions, "open", month],
    queryFn: () => sdk.client.fetch<{ questions: StatementQuestion[] }>("/admin/questions", { query: { period: month, status: "open", limit: 500 } }),
  })
  const open = query.data?.questions ?? []
  return {
    open,
    loading: query.isLoading,
    /** closing is blocked until a reason is given while questions are open */
    needsReason: (reason: string) => open.length > 0 && !reason.trim(),
  }
}

/** In the close dialog: the open questions listed, and the reason to close anyway. */
export function CloseQuestionsWarning({
  questions,
  reason,
  onReason,
  lang,
}: {
  questions: StatementQuestion[]
  reason: string
  onReason: (reason: string) => void
  lang: Lang
}) {
  const { qt } = useQuestionT()
  if (!questions.length) return null
  return (
    <div className="border-ui-border-base bg-ui-bg-subtle flex flex-col gap-y-3 rounded-lg border p-4" data-testid="close-open-questions">
      <div>
        <Text weight="plus">{qt("q.close.openTitle", { count: questions.length })}</Text>
        <Text size="small" className="text-ui-fg-subtle">{qt("q.close.openHint")}</Text>
      </div>
      <Table>
        <Table.Body>
          {questions.map((q) => (
            <Table.Row key={q.id} data-testid="close-open-question">
              <Table.Cell>{q.artisan_name}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall">{qt(`q.reasons.${q.reason}`)}</Badge>
              </Table.Cell>
              <Table.Cell>{q.line ? `${(lang === "en" ? q.line.piece_type_en : q.line.piece_type_zh) ?? ""} ${formatYuan(q.line.amount)}` : qt("q.noLine")}</Table.Cell>
              <Table.Cell className="whitespace-normal">{q.note ?? ""}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="close-reason">{qt("q.close.reason")}</Label>
        <Textarea id="close-reason" maxLength={MAX_REASON_LENGTH} value={reason} onChange={(e) => onReason(e.target.value)} data-testid="close-reason" />
        {!reason.trim() ? <Text size="xsmall" className="text-ui-fg-subtle">{qt("q.close.reasonRequired")}</Text> : null}
      </div>
    </div>
  )
}

/** On the periods list: how many questions about the month are open, and why it was closed with some. */
export function PeriodQuestionsNote({ openQuestions, closeReason }: { openQuestions: number; closeReason: string | null }) {
  const { qt } = useQuestionT()
  if (!openQuestions && !closeReason) return null
  return (
    <div className="flex flex-col gap-y-1 py-1" data-testid="period-questions">
      {openQuestions ? (
        <Badge size="2xsmall" color="orange">
          {qt("q.periods.openQuestions")} {openQuestions}
        </Badge>
      ) : null}
      {closeReason ? (
        <Text size="xsmall" className="text-ui-fg-subtle max-w-[240px] whitespace-normal" data-testid="period-close-reason">
          {qt("q.periods.closeReason", { reason: closeReason })}
        </Text>
      ) : null}
    </div>
  )
}
