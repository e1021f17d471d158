import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Drawer, FocusModal, Heading, Input, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { Field, checkErrors, showApiError, useForm } from "../../../components/form"
import { Empty, LoadError, Loading, Page } from "../../../components/page"
import { keys, useWorkshops, type PeriodOverview } from "../../../lib/api"
import { currentMonthInChina, formatDateTime, formatMonth, formatYuan } from "../../../lib/format"
import { useT, type Lang, type T } from "../../../lib/i18n"
import { sdk } from "../../../lib/sdk"

const STATUS_COLOR = { open: "blue", closed: "orange", paid: "green" } as const

type PreviewLine = {
  artisan_id: string
  display_name: string
  workshop_id: string
  piecework: string
  sale_share: string
  bonus: string
  deduction: string
  reversal: string
  net: string
}
type Preview = { month: string; artisans: PreviewLine[]; net_total: string; artisan_count: number }

/** The close of one month: what it will freeze (GET …/preview), then POST …/close. */
function CloseModal({ t, lang, month, onClose }: { t: T; lang: Lang; month: string; onClose: () => void }) {
  const queryClient = useQueryClient()
  const workshops = useWorkshops()
  const names = new Map((workshops.data?.workshops ?? []).map((w) => [w.id, w.name_zh]))
  const preview = useQuery({
    queryKey: [...keys.periods, "preview", month],
    queryFn: () => sdk.client.fetch<Preview>(`/admin/periods/${month}/preview`),
  })
  const close = useMutation({
    mutationFn: () => sdk.client.fetch<{ status: string; statements: number }>(`/admin/periods/${month}/close`, { method: "POST" }),
    onSuccess: (result) => {
      toast.success(t("periods.closed", { month: formatMonth(month, lang), count: result.statements ?? 0 }))
      queryClient.invalidateQueries({ queryKey: keys.periods })
      queryClient.invalidateQueries({ queryKey: keys.summary })
      onClose()
    },
    onError: (error) => toast.error(t("common.failed"), { description: error instanceof Error ? error.message : String(error) }),
  })
  const money = (k: keyof PreviewLine, v: string) => (
    <Table.Cell className={`text-right ${k === "net" ? "font-medium" : ""}`}>{v === "0.00" ? "—" : formatYuan(v)}</Table.Cell>
  )
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
              disabled={!preview.data}
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
            {preview.isLoading ? <Loading t={t} /> : preview.error ? <LoadError t={t} error={preview.error} /> : !preview.data?.artisans.length ? (
              <Empty>{t("periods.nothing")}</Empty>
            ) : (
              <>
                <div className="flex gap-x-8">
                  <div>
                    <Text size="small" className="text-ui-fg-subtle">{t("periods.artisans")}</Text>
                    <Text size="xlarge" weight="plus" data-testid="preview-count">{preview.data.artisan_count}</Text>
                  </div>
                  <div>
                    <Text size="small" className="text-ui-fg-subtle">{t("periods.net")}</Text>
                    <Text size="xlarge" weight="plus" data-testid="preview-total">{formatYuan(preview.data.net_total)}</Text>
                  </div>
                </div>
                <Table>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell>{t("artisans.displayName")}</Table.HeaderCell>
                      <Table.HeaderCell>{t("common.workshop")}</Table.HeaderCell>
                      <Table.HeaderCell className="text-right">{t("periods.piecework")}</Table.HeaderCell>
                      <Table.HeaderCell className="text-right">{t("periods.saleShare")}</Table.HeaderCell>
                      <Table.HeaderCell className="text-right">{t("periods.bonus")}</Table.HeaderCell>
                      <Table.HeaderCell className="text-right">{t("periods.deduction")}</Table.HeaderCell>
                      <Table.HeaderCell className="text-right">{t("periods.reversal")}</Table.HeaderCell>
                      <Table.HeaderCell className="text-right">{t("periods.net")}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {preview.data.artisans.map((a) => (
                      <Table.Row key={a.artisan_id} data-testid="preview-row">
                        <Table.Cell>{a.display_name}</Table.Cell>
                        <Table.Cell>{names.get(a.workshop_id) ?? a.workshop_id}</Table.Cell>
                        {money("piecework", a.piecework)}
                        {money("sale_share", a.sale_share)}
                        {money("bonus", a.bonus)}
                        {money("deduction", a.deduction)}
                        {money("reversal", a.reversal)}
                        {money("net", a.net)}
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </>
            )}
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

/** Marking a closed month paid with the transfer's reference. */
function PayDrawer({ t, lang, month, onClose }: { t: T; lang: Lang; month: string; onClose: () => void }) {
  const queryClient = useQueryClient()
  const { values, set, errors, setErrors } = useForm({ payment_reference: "" })
  const pay = useMutation({
    mutationFn: (body: { payment_reference: string }) => sdk.client.fetch(`/admin/periods/${month}/pay`, { method: "POST", body }),
    onSuccess: () => {
      toast.success(t("periods.paid", { month: formatMonth(month, lang) }))
      queryClient.invalidateQueries({ queryKey: keys.periods })
      onClose()
    },
    onError: (error) => showApiError(error, ["payment_reference", "paid_at"], setErrors, t),
  })
  const submit = () => {
    const reference = values.payment_reference.trim()
    const errs = { payment_reference: !reference ? t("v.required") : reference.length > 200 ? t("v.tooLong", { max: 200 }) : undefined }
    if (!checkErrors(errs, setErrors, t)) return
    pay.mutate({ payment_reference: reference })
  }
  return (
    <Drawer open onOpenChange={(o) => (!o ? onClose() : undefined)}>
      <Drawer.Content data-testid="pay-form">
        <Drawer.Header>
          <Drawer.Title>{t("periods.payTitle", { month: formatMonth(month, lang) })}</Drawer.Title>
          <Drawer.Description className="sr-only">{t("periods.payHint")}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body>
          <form
            id="pay-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault()
              submit()
            }}
          >
            <Field id="payment_reference" label={t("periods.reference")} hint={t("periods.payHint")} error={errors.payment_reference} t={t}>
              <Input
                id="payment_reference"
                value={values.payment_reference}
                onChange={(e) => set("payment_reference", e.target.value)}
                aria-invalid={!!errors.payment_reference}
              />
            </Field>
          </form>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">{t("common.cancel")}</Button>
          </Drawer.Close>
          <Button size="small" type="submit" form="pay-form" isLoading={pay.isPending} data-testid="pay-confirm">
            {t("periods.pay")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
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
  const thisMonth = currentMonthInChina()

  return (
    <Page title={t("periods.title")} subtitle={t("periods.subtitle")} testId="periods-page">
      {list.isLoading ? <Loading t={t} /> : list.error ? <LoadError t={t} error={list.error} /> : !list.data?.periods.length ? <Empty>{t("periods.empty")}</Empty> : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("periods.month")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("periods.artisans")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("periods.net")}</Table.HeaderCell>
              <Table.HeaderCell>{t("periods.closedAt")}</Table.HeaderCell>
              <Table.HeaderCell>{t("periods.paidAt")}</Table.HeaderCell>
              <Table.HeaderCell>{t("periods.reference")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("common.actions")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.data.periods.map((p) => (
              <Table.Row key={p.month} data-testid="period-row" data-month={p.month} data-status={p.status}>
                <Table.Cell>
                  <div className="flex flex-col py-2">
                    <Text size="small" weight="plus">{formatMonth(p.month, lang)}</Text>
                    <Text size="xsmall" className="text-ui-fg-subtle font-mono">{p.month}</Text>
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={STATUS_COLOR[p.status]}>{t(`periods.status.${p.status}`)}</StatusBadge>
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
          </Table.Body>
        </Table>
      )}
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
