import { Checkbox, Input, Label, RadioGroup, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { MAX_NOTE_LENGTH, readResolveForm, type StatementQuestion } from "../../domain"
import { FormDrawer } from "./form"
import { keys } from "../lib/api"
import { errorMessage, formatYuan } from "../lib/format"
import type { T } from "../lib/i18n"
import type { QT } from "../lib/question-i18n"
import { sdk } from "../lib/sdk"

/**
 * Resolving a woman's question from the admin: an answer (words only), or a correction: the line
 * reversed and/or a bonus or deduction, posted by the ledger's rules (never an edit).
 */
export function ResolveQuestionDrawer({ t, qt, question, onClose }: { t: T; qt: QT; question: StatementQuestion; onClose: () => void }) {
  const queryClient = useQueryClient()
  const [resolution, setResolution] = useState<"answer" | "correction">("answer")
  const [reverse, setReverse] = useState(false)
  const [kind, setKind] = useState<"" | "bonus" | "deduction">("")
  const [amount, setAmount] = useState("")
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)
  const canReverse = question.line?.kind === "piecework"
  const resolve = useMutation({
    mutationFn: (body: Record<string, unknown>) => sdk.client.fetch(`/admin/questions/${question.id}/resolve`, { method: "POST", body }),
    onSuccess: () => {
      toast.success(qt("q.resolved"))
      queryClient.invalidateQueries({ queryKey: keys.questions })
      queryClient.invalidateQueries({ queryKey: keys.periods })
      onClose()
    },
    onError: (e) => setError(errorMessage(e)),
  })
  const submit = () => {
    const read = readResolveForm({ resolution, note, reverse, adjustment_kind: kind, amount })
    if ("error" in read) return setError(qt(`q.errors.${read.error}`))
    setError(null)
    resolve.mutate(read.body)
  }
  return (
    <FormDrawer
      id="resolve-question-form"
      title={qt("q.resolveTitle", { name: question.artisan_name ?? "" })}
      description={qt("q.resolveHint")}
      onClose={onClose}
      onSubmit={submit}
      saving={resolve.isPending}
      submitLabel={qt("q.resolve")}
      submitTestId="resolve-question-confirm"
      t={t}
    >
      <Text size="small" className="text-ui-fg-subtle">{qt("q.resolveHint")}</Text>
      <RadioGroup value={resolution} onValueChange={(v) => setResolution(v as "answer" | "correction")} className="flex gap-x-6">
        {(["answer", "correction"] as const).map((r) => (
          <div key={r} className="flex items-center gap-x-2">
            <RadioGroup.Item value={r} id={`resolution-${r}`} data-testid={`resolution-${r}`} />
            <Label htmlFor={`resolution-${r}`}>{r === "answer" ? qt("q.answer") : qt("q.correct")}</Label>
          </div>
        ))}
      </RadioGroup>
      {resolution === "correction" ? (
        <>
          {canReverse && question.line ? (
            <div className="flex items-center gap-x-2">
              <Checkbox id="resolve-reverse" checked={reverse} onCheckedChange={(c) => setReverse(c === true)} data-testid="resolve-reverse" />
              <Label htmlFor="resolve-reverse">{qt("q.reverse", { amount: formatYuan(question.line.amount) })}</Label>
            </div>
          ) : null}
          <div className="flex flex-col gap-y-2">
            <Label>{qt("q.adjustment")}</Label>
            <RadioGroup value={kind || "none"} onValueChange={(v) => setKind(v === "none" ? "" : (v as "bonus" | "deduction"))} className="flex gap-x-6">
              {(["none", "bonus", "deduction"] as const).map((k) => (
                <div key={k} className="flex items-center gap-x-2">
                  <RadioGroup.Item value={k} id={`resolve-kind-${k}`} />
                  <Label htmlFor={`resolve-kind-${k}`}>{qt(`q.${k}`)}</Label>
                </div>
              ))}
            </RadioGroup>
            {kind ? (
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="resolve-amount">{qt("q.amount")}</Label>
                <Input id="resolve-amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} data-testid="resolve-amount" />
              </div>
            ) : null}
          </div>
        </>
      ) : null}
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="resolve-note">{qt("q.answerNote")}</Label>
        <Textarea id="resolve-note" maxLength={MAX_NOTE_LENGTH} value={note} onChange={(e) => setNote(e.target.value)} data-testid="resolve-note" />
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      ) : null}
    </FormDrawer>
  )
}
