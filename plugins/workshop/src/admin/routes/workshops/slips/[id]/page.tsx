import { Button, Container } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { compareMoney, formatMoney, negateMoney, type PaySlip, type PayoutSummary, type SlipLine } from "../../../../../domain"
import { LoadError, Loading } from "../../../../components/page"
import { keys } from "../../../../lib/api"
import { formatMonth } from "../../../../lib/format"
import { useT } from "../../../../lib/i18n"
import { useSlipT, type SlipT } from "../../../../lib/slip-words"
import { sdk } from "../../../../lib/sdk"

/** The slip as staff get it: each payout also says who recorded it. */
type StaffSlip = Omit<PaySlip, "payouts"> & { payouts: (PayoutSummary & { recorded_by?: string })[] }

type Layout = "a4" | "receipt"

const FONT_STACK = `"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif`

/** On paper only the slip is printed: the dashboard's sidebar, top bar and buttons are left off. */
const stylesheet = (layout: Layout) => `
.jx-slip { font-family: ${FONT_STACK}; font-variant-numeric: tabular-nums; color: #1f1813; background: #fff; padding: 24px; }
.jx-slip-receipt { max-width: 80mm; margin: 0 auto; padding: 10px; font-size: 13px; }
.jx-slip h1 { font-size: 1.25rem; font-weight: 700; }
.jx-slip h2 { font-weight: 600; display: flex; justify-content: space-between; margin-top: 14px; border-bottom: 1px solid #d9c9a5; padding-bottom: 2px; }
.jx-slip dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin-top: 8px; }
.jx-slip dt, .jx-slip small, .jx-muted { color: #65574f; }
.jx-slip li, .jx-row { display: flex; justify-content: space-between; gap: 10px; padding: 3px 0; }
.jx-slip small { display: block; }
.jx-amount { white-space: nowrap; text-align: right; }
.jx-strong { font-weight: 700; border-top: 1px solid #1f1813; margin-top: 4px; padding-top: 5px; }
.jx-failed { color: #8c1c26; }
.jx-sign { display: none; }
@page { ${layout === "receipt" ? "size: 80mm 297mm; margin: 3mm;" : "size: A4; margin: 14mm;"} }
@media print {
  body * { visibility: hidden !important; }
  .jx-slip, .jx-slip * { visibility: visible !important; }
  .jx-slip { position: absolute; left: 0; top: 0; width: 100%; padding: 0; color: #000; }
  .jx-slip-receipt { width: 74mm; max-width: none; font-size: 10pt; }
  .jx-failed { color: #000; }
  .jx-sign { display: flex; gap: 16px; margin-top: 28px; }
  .jx-sign span { flex: 1; border-top: 1px solid #000; padding-top: 4px; }
}
`

function lineText(t: SlipT, line: SlipLine, lang: string): { title: string; detail: string } {
  const money = (a: string) => formatMoney(a, "zh-CN")
  if ("piece_type" in line) {
    return {
      title: lang === "en" ? line.piece_type.name_en : line.piece_type.name_zh,
      detail: t("slip.pieceDetail", { grade: t(`slip.grade.${line.grade}`), quantity: line.quantity, rate: money(line.rate) }),
    }
  }
  if ("product_title" in line) {
    const parts = [line.quantity ? t("slip.saleDetail", { count: line.quantity }) : null, line.order_display_id ? t("slip.saleOrder", { order: line.order_display_id }) : null, line.date]
    return { title: line.product_title ?? t("slip.saleUnknown"), detail: parts.filter(Boolean).join(" · ") }
  }
  const kind = ["bonus", "deduction", "reversal"].includes(line.kind) ? line.kind : "other"
  return { title: line.reason || t(`slip.kind.${kind}`), detail: line.date }
}

/** One statement's pay slip, as the woman gets it, with a print stylesheet (A4 or an 80 mm receipt). */
const SlipPage = () => {
  const { id = "" } = useParams()
  const { t: tc } = useT()
  const { t, lang } = useSlipT()
  const [layout, setLayout] = useState<Layout>("a4")
  const query = useQuery({
    queryKey: [...keys.periods, "slip", id],
    queryFn: () => sdk.client.fetch<{ slip: StaffSlip }>(`/admin/statements/${encodeURIComponent(id)}/slip`),
  })
  if (query.isLoading) return <Container><Loading t={tc} /></Container>
  if (query.error || !query.data) return <Container><LoadError t={tc} error={query.error} /></Container>
  const slip = query.data.slip
  const money = (a: string) => formatMoney(a, "zh-CN")
  const negative = (a: string) => (compareMoney(a, 0) < 0 ? " jx-failed" : "")
  const month = formatMonth(slip.period, lang)
  const details = slip.payout_details

  return (
    <Container className="p-0" data-testid="admin-slip-page">
      <style>{stylesheet(layout)}</style>
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Button size="small" variant="transparent" asChild>
          <Link to={`/workshops/periods/${slip.period}`}>{t("slip.back")}</Link>
        </Button>
        <span className="flex-1" />
        <Button size="small" variant={layout === "a4" ? "primary" : "secondary"} onClick={() => setLayout("a4")} data-testid="slip-layout-a4">
          {t("slip.layoutA4")}
        </Button>
        <Button size="small" variant={layout === "receipt" ? "primary" : "secondary"} onClick={() => setLayout("receipt")} data-testid="slip-layout-receipt">
          {t("slip.layoutReceipt")}
        </Button>
        <Button size="small" onClick={() => window.print()} data-testid="slip-print">
          {t("slip.printNow")}
        </Button>
      </div>
      <article className={`jx-slip${layout === "receipt" ? " jx-slip-receipt" : ""}`} data-testid="pay-slip" data-state={slip.state}>
        <h1>{t("slip.title", { month })}</h1>
        <dl>
          <dt>{t("slip.name")}</dt>
          <dd data-testid="slip-name">{slip.artisan.display_name}</dd>
          <dt>{t("slip.workshop")}</dt>
          <dd>{lang === "en" ? slip.workshop.name_en : slip.workshop.name_zh}</dd>
          <dt>{t("slip.month")}</dt>
          <dd>{month}</dd>
          <dt>{t("slip.statementNo")}</dt>
          <dd className="jx-muted" style={{ overflowWrap: "anywhere" }}>{slip.statement_id}</dd>
        </dl>

        {slip.sections.length ? (
          slip.sections.map((section) => (
            <section key={section.kind} data-testid="slip-section" data-kind={section.kind}>
              <h2>
                <span>{t(`slip.kind.${["piecework", "sale_share", "bonus", "deduction", "reversal"].includes(section.kind) ? section.kind : "other"}`)}</span>
                <span className={`jx-amount${negative(section.total)}`}>{money(section.total)}</span>
              </h2>
              <ul>
                {section.lines.map((line, i) => {
                  const text = lineText(t, line, lang)
                  return (
                    <li key={i}>
                      <span>
                        {text.title}
                        {text.detail ? <small>{text.detail}</small> : null}
                      </span>
                      <span className={`jx-amount${negative(line.amount)}`}>{money(line.amount)}</span>
                    </li>
                  )
                })}
              </ul>
            </section>
          ))
        ) : (
          <p className="jx-muted">{t("slip.noLines")}</p>
        )}

        <section>
          <h2>{t("slip.totals")}</h2>
          <div className="jx-row jx-strong">
            <span>{t("slip.net")}</span>
            <span className="jx-amount" data-testid="slip-net">{money(slip.totals.net_total)}</span>
          </div>
          {compareMoney(slip.carried_in, 0) !== 0 ? (
            <div className="jx-row">
              <span>{t("slip.carriedIn")}</span>
              <span className="jx-amount">{money(slip.carried_in)}</span>
            </div>
          ) : null}
          {compareMoney(slip.advance_recovered, 0) !== 0 ? (
            <div className="jx-row">
              <span>{t("slip.advanceRecovered")}</span>
              <span className="jx-amount">{money(negateMoney(slip.advance_recovered))}</span>
            </div>
          ) : null}
          <div className="jx-row">
            <span>{t("slip.payable")}</span>
            <span className="jx-amount">{money(slip.payable_total)}</span>
          </div>
          <div className="jx-row">
            <span>{t("slip.paid")}</span>
            <span className="jx-amount">{money(slip.paid)}</span>
          </div>
          {compareMoney(slip.carried_out, 0) !== 0 ? (
            <div className="jx-row">
              <span>{t("slip.carriedOut")}</span>
              <span className="jx-amount">{money(slip.carried_out)}</span>
            </div>
          ) : null}
          <div className="jx-row jx-strong">
            <span>{t("slip.owed")}</span>
            <span className="jx-amount" data-testid="slip-owed">{money(slip.owed)}</span>
          </div>
          <div className="jx-row">
            <span>{t("slip.state")}</span>
            <span data-testid="slip-state">{t(`slip.state.${slip.state}`)}</span>
          </div>
        </section>

        <section>
          <h2>{t("slip.payouts")}</h2>
          {slip.payouts.length ? (
            <ul>
              {slip.payouts.map((p) => {
                const values = { amount: money(p.amount), method: t(`slip.method.${p.method}`), date: p.paid_on }
                return (
                  <li key={p.id} data-testid="slip-payout" data-status={p.status} className={p.status === "failed" ? "jx-failed" : undefined}>
                    <span>
                      {t(p.status === "failed" ? "slip.payoutFailed" : "slip.payoutSent", values)}
                      {p.reference ? <small>{t("slip.reference", { reference: p.reference })}</small> : null}
                      {p.failure ? <small>{t("slip.failedNote", { date: p.failure.failed_on, reason: p.failure.reason ?? "—" })}</small> : null}
                    </span>
                  </li>
                )
              })}
            </ul>
          ) : (
            <p className="jx-muted">{t("slip.noPayouts")}</p>
          )}
          {details ? (
            <p className="jx-muted">
              {t("slip.account")}: {[t(`slip.method.${details.method}`), details.account_name, details.bank_name, details.account].filter(Boolean).join(" · ")}
            </p>
          ) : null}
        </section>
        <div className="jx-sign" aria-hidden="true">
          <span>{t("slip.received")}</span>
          <span>{t("slip.signDate")}</span>
        </div>
      </article>
    </Container>
  )
}

export default SlipPage
