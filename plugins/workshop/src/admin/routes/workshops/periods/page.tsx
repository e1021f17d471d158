import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, FocusModal, Heading, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { MAX_PAYMENT_REFERENCE_LENGTH, compareMoney, currentMonth, type PeriodPreview as Preview } from "../../../../domain"
import { EarningCells, earningColumns } from "../../../components/earnings"
import { CloseQuestionsWarning, PeriodQuestionsNote, useOpenQuestions } from "../../../components/close-questions"
import { FormDrawer, TextField, checkErrors, useForm, useFormMutation } from "../../../components/form"
import { ListTable, Page, QueryView, TwoLines, right } from "../../../components/page"
import { keys, useWorkshops, type PeriodOverview } from "../../../lib/api"
import { errorMessage, formatDateTime, formatMonth, formatYuan, formatYuanOrDash } from "../../../lib/format"
import { useT, type Lang, type T } from "../../../lib/i18n"
import { sdk } from "../../../lib/sdk"

const STATUS_COLOR = { open: "blue", closed: "orange", paid: "green" } as const

/** The close of one month: what it will freeze (GET …/preview), then POST …/close. */
function CloseModal({ t, lang, month, onClose }: { t: T; lang: Lang; month: string; onClose: () => void }) {
  const queryClient = useQueryClient()
  const workshops = useWorkshops()
  const names = new Map((workshops.data?.workshops ?? []).map((w) => [w.id, w.name_zh]))
  const preview = useQuery({
    queryKey: [...keys.periods, "preview", month],
    queryFn: () => sdk.client.fetch<Preview>(`/admin/periods/${month}/preview`),
  })
  // women's questions about the month still open: closing anyway needs a reason
  const questions = useOpenQuestions(month)
  const [reason, setReason] = useState("")
  const close = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ status: string; statements: number }>(`/admin/periods/${month}/close`, {
        method: "POST",
        ...(reason.trim() ? { body: { reason: reason.trim() } } : {}),
      }),
    onSuccess: (result) => {
      toast.success(t("periods.closed", { month: formatMonth(month, lang), count: result.statements ?? 0 }))
      queryClient.invalidateQueries({ queryKey: keys.periods })
      queryClient.invalidateQueries({ queryKey: keys.summary })
      onClose()
    },
    onError: (error) => toast.error(t("common.failed"), { description: errorMessage(error) }),
  })
  return (
    <FocusModal open onOpenChange={(o) => (!o ? onClose() : undefined)}>
      <FocusModal.Content data-testid="close-preview">
        <FocusModal.Header>
          <div className="flex w-full items-center justify-end gap-x-2">
            <FocusModal.Close asChild>
              <Button size="small" variant="secondary">{t("common.cancel")}</Button>
            </FocusModal.Close>
            <Button
              size="small"
              disabled={!preview.data || questions.loading || questions.needsReason(reason)}
              isLoading={close.isPending}
              onClick={() => close.mutate()}
              data-testid="close-confirm"
            >
              {t("periods.confirmClose")}
            </Button>
          </div>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-10">
          <div className="flex w-full max-w-[960px] flex-col gap-y-4 px-6">
            <div>
              <FocusModal.Title asChild>
                <Heading level="h1">{t("periods.previewTitle", { month: formatMonth(month, lang) })}</Heading>
              </FocusModal.Title>
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle mt-1">{t("periods.previewHint")}</Text>
              </FocusModal.Description>
            </div>
            <CloseQuestionsWarning questions={questions.open} reason={reason} onReason={setReason} lang={lang} />
            <QueryView t={t} query={preview} isEmpty={(d) => !d.artisans.length} empty={t("periods.nothing")}>
              {(data) => (
                <>
                  <div className="flex gap-x-8">
                    <div>
                      <Text size="small" className="text-ui-fg-subtle">{t("periods.artisans")}</Text>
                      <Text size="xlarge" weight="plus" data-testid="preview-count">{data.artisan_count}</Text>
                    </div>
                    <div>
                      <Text size="small" className="text-ui-fg-subtle">{t("periods.net")}</Text>
                      <Text size="xlarge" weight="plus" data-testid="preview-total">{formatYuan(data.net_total)}</Text>
                    </div>
                  </div>
                  <ListTable columns={[t("artisans.displayName"), t("common.workshop"), ...earningColumns(t)]}>
                    {data.artisans.map((a) => (
                      <Table.Row key={a.artisan_id} data-testid="preview-row">
                        <Table.Cell>{a.display_name}</Table.Cell>
                        <Table.Cell>{names.get(a.workshop_id) ?? a.workshop_id}</Table.Cell>
                        <EarningCells amount={(part) => a[part]} />
                        <Table.Cell className="text-right font-medium">{formatYuanOrDash(a.net)}</Table.Cell>
                      </Table.Row>
                    ))}
                  </ListTable>
                </>
              )}
            </QueryView>
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

/** Marking a closed month paid with the transfer's reference. */
function PayDrawer({ t, lang, month, onClose }: { t: T; lang: Lang; month: string; onClose: () => void }) {
  const form = useForm({ payment_reference: "" })
  const { values, setErrors } = form
  const pay = useFormMutation<unknown, { payment_reference: string }>({
    path: `/admin/periods/${month}/pay`,
    fields: ["payment_reference", "paid_at"],
    setErrors,
    t,
    done: t("periods.paid", { month: formatMonth(month, lang) }),
    invalidate: [keys.periods],
    onSuccess: onClose,
  })
  const submit = () => {
    const reference = values.payment_reference.trim()
    const errs = { payment_reference: !reference ? t("v.required") : reference.length > MAX_PAYMENT_REFERENCE_LENGTH ? t("v.tooLong", { max: MAX_PAYMENT_REFERENCE_LENGTH }) : undefined }
    if (!checkErrors(errs, setErrors, t)) return
    pay.mutate({ payment_reference: reference })
  }
  return (
    <FormDrawer
      id="pay-form"
      title={t("periods.payTitle", { month: formatMonth(month, lang) })}
      description={t("periods.payHint")}
      onClose={onClose}
      onSubmit={submit}
      saving={pay.isPending}
      submitLabel={t("periods.pay")}
      submitTestId="pay-confirm"
      t={t}
    >
      <TextField form={form} name="payment_reference" maxLength={MAX_PAYMENT_REFERENCE_LENGTH} label={t("periods.reference")} hint={t("periods.payHint")} t={t} />
    </FormDrawer>
  )
}

const PeriodsPage = () => {
  const { t, lang } = useT()
  const list = useQuery({
    queryKey: keys.periods,
    queryFn: () => sdk.client.fetch<{ periods: PeriodOverview[] }>("/admin/periods"),
  })
  const [closing, setClosing] = useState<string | null>(null)
  const [paying, setPaying] = useState<string | null>(null)
  const thisMonth = currentMonth()

  return (
    <Page title={t("periods.title")} subtitle={t("periods.subtitle")} testId="periods-page">
      <QueryView t={t} query={list} isEmpty={(d) => !d.periods.length} empty={t("periods.empty")}>
        {(data) => (
          <ListTable
            columns={[
              t("periods.month"),
              t("common.status"),
              right(t("periods.artisans")),
              right(t("periods.net")),
              t("periods.closedAt"),
              t("periods.paidAt"),
              t("periods.reference"),
              right(t("common.actions")),
            ]}
          >
            {data.periods.map((p) => (
              <Table.Row key={p.month} data-testid="period-row" data-month={p.month} data-status={p.status}>
                <Table.Cell>
                  <TwoLines primary={formatMonth(p.month, lang)} secondary={p.month} mono />
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={STATUS_COLOR[p.status]}>{t(`periods.status.${p.status}`)}</StatusBadge>
                  <PeriodQuestionsNote openQuestions={p.open_questions ?? 0} closeReason={p.close_reason ?? null} />
                  {p.owed_total && compareMoney(p.owed_total, 0) > 0 ? (
                    <Text size="xsmall" className="text-ui-fg-subtle" data-testid="period-owed">
                      {t("periods.owed", { amount: formatYuan(p.owed_total) })}
                    </Text>
                  ) : null}
                </Table.Cell>
                <Table.Cell className="text-right">{p.artisans}</Table.Cell>
                <Table.Cell className="text-right">{formatYuan(p.net_total)}</Table.Cell>
                <Table.Cell>{formatDateTime(p.closed_at, lang)}</Table.Cell>
                <Table.Cell>{formatDateTime(p.paid_at, lang)}</Table.Cell>
                <Table.Cell className="font-mono">{p.payment_reference ?? "—"}</Table.Cell>
                <Table.Cell className="text-right">
                  <div className="flex items-center justify-end gap-x-1">
                    {p.status === "open" ? (
                      p.month < thisMonth ? (
                        <Button size="small" variant="secondary" onClick={() => setClosing(p.month)} data-testid="period-close">
                          {t("periods.close")}
                        </Button>
                      ) : (
                        <Text size="xsmall" className="text-ui-fg-subtle">{t("periods.notOver")}</Text>
                      )
                    ) : null}
                    {p.status === "closed" ? (
                      <Button size="small" variant="secondary" onClick={() => setPaying(p.month)} data-testid="period-pay">
                        {t("periods.pay")}
                      </Button>
                    ) : null}
                    {p.status !== "open" ? (
                      <Button size="small" variant="transparent" asChild data-testid="period-statements">
                        <Link to={`/workshops/periods/${p.month}`}>{t("periods.statements")}</Link>
                      </Button>
                    ) : null}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </ListTable>
        )}
      </QueryView>
      {closing ? <CloseModal t={t} lang={lang} month={closing} onClose={() => setClosing(null)} /> : null}
      {paying ? <PayDrawer t={t} lang={lang} month={paying} onClose={() => setPaying(null)} /> : null}
    </Page>
  )
}

export const config = defineRouteConfig({
  label: "nav.periods",
  translationNs: "jinxiu",
  rank: 5,
})

export default PeriodsPage
