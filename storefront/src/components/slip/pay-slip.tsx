import { type EarningLine, type PaySlip } from "@jinxiu/workshop/domain/http";
import { compareMoney, formatMoney, negateMoney } from "@jinxiu/workshop/domain/money";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";
import { correctionWords } from "@/lib/desk/correction-text";
import { formatMonth } from "@/lib/desk/date-format";
import { failureNote, isNegative, payoutSentence, sectionTitle, slipLineText, type Translate } from "@/lib/slip/slip-text";
import { slipStylesheet, type SlipLayout } from "./slip-layout";

/**
 * One pay slip (工资条), the same for her, her coordinator and the staff: her name, workshop and
 * month; the month's lines by kind with subtotals; the statement's totals, the balance brought in
 * and advances taken back, what is payable, paid and still owed; every payout (one that came back
 * marked, with why); how she is paid (masked). Everything is text, so it prints and copies as text.
 */
export async function PaySlipView({ slip, locale, layout }: { slip: PaySlip; locale: AppLocale; layout: SlipLayout }) {
  const tt = await getTranslations({ locale, namespace: "PaySlip" });
  const t: Translate = (key, values) => tt(key as never, values as never);
  const corrections = await correctionWords(locale);
  return <PaySlipDocument slip={slip} locale={locale} layout={layout} t={t} describeCorrection={corrections.corrects} />;
}

/** The slip itself, with its words handed in (namespace PaySlip; what a correction takes back, in words). */
export function PaySlipDocument({
  slip,
  locale,
  layout,
  t,
  describeCorrection,
}: {
  slip: PaySlip;
  locale: string;
  layout: SlipLayout;
  t: Translate;
  describeCorrection?: (line: Pick<EarningLine, "corrects">) => string | null;
}) {
  const money = (amount: string) => formatMoney(amount, locale);
  const amountClass = (amount: string) => `slip-amount${isNegative(amount) ? " slip-negative" : ""}`;
  const workshop = locale === "en" ? slip.workshop.name_en : slip.workshop.name_zh;
  const month = formatMonth(slip.period, locale);
  const details = slip.payout_details;

  return (
    <article className={`slip slip-${layout}`} data-testid="pay-slip" data-layout={layout} data-state={slip.state} aria-labelledby="slip-title">
      <style>{slipStylesheet(layout)}</style>
      <h1 id="slip-title">{t("titleMonth", { month })}</h1>
      <dl className="slip-meta">
        <dt>{t("name")}</dt>
        <dd data-testid="slip-name">{slip.artisan.display_name}</dd>
        <dt>{t("workshop")}</dt>
        <dd>{workshop}</dd>
        <dt>{t("month")}</dt>
        <dd>{month}</dd>
        <dt>{t("statementNo")}</dt>
        <dd className="slip-muted" style={{ overflowWrap: "anywhere" }}>{slip.statement_id}</dd>
      </dl>

      {slip.sections.length ? (
        slip.sections.map((section) => (
          <section key={section.kind} data-testid="slip-section" data-kind={section.kind}>
            <h2>
              <span>{sectionTitle(t, section.kind)}</span>
              <span className={amountClass(section.total)} data-testid="slip-section-total">{money(section.total)}</span>
            </h2>
            <ul className="slip-lines">
              {section.lines.map((line, i) => {
                const text = slipLineText(t, line, locale, describeCorrection);
                return (
                  <li key={i} data-testid="slip-line">
                    <span className="slip-line-text">
                      {text.title}
                      {text.detail ? <small>{text.detail}</small> : null}
                    </span>
                    <span className={amountClass(line.amount)}>{money(line.amount)}</span>
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      ) : (
        <p className="slip-muted" style={{ marginTop: 12 }}>{t("noLines")}</p>
      )}

      <section aria-labelledby="slip-totals">
        <h2 id="slip-totals">{t("totalsHeading")}</h2>
        <div className="slip-totals">
          <div className="slip-strong" data-testid="slip-net-row">
            <span>{t("net")}</span>
            <span className={amountClass(slip.totals.net_total)} data-testid="slip-net">{money(slip.totals.net_total)}</span>
          </div>
          {compareMoney(slip.carried_in, 0) !== 0 ? (
            <div data-testid="slip-carried-in">
              <span>{t("carriedIn")}</span>
              <span className={amountClass(slip.carried_in)}>{money(slip.carried_in)}</span>
            </div>
          ) : null}
          {compareMoney(slip.advance_recovered, 0) !== 0 ? (
            <div data-testid="slip-advance-recovered">
              <span>{t("advanceRecovered")}</span>
              <span className="slip-amount slip-negative">{money(negateMoney(slip.advance_recovered))}</span>
            </div>
          ) : null}
          <div>
            <span>{t("payable")}</span>
            <span className="slip-amount" data-testid="slip-payable">{money(slip.payable_total)}</span>
          </div>
          <div>
            <span>{t("paid")}</span>
            <span className="slip-amount" data-testid="slip-paid">{money(slip.paid)}</span>
          </div>
          {compareMoney(slip.carried_out, 0) !== 0 ? (
            <div data-testid="slip-carried-out">
              <span>{t("carriedOut")}</span>
              <span className={amountClass(slip.carried_out)}>{money(slip.carried_out)}</span>
            </div>
          ) : null}
          <div className="slip-strong">
            <span>{t("owed")}</span>
            <span className="slip-amount" data-testid="slip-owed">{money(slip.owed)}</span>
          </div>
          <div>
            <span>{t("stateLabel")}</span>
            <span data-testid="slip-state">{t(`state.${slip.state}`)}</span>
          </div>
        </div>
      </section>

      <section aria-labelledby="slip-payouts">
        <h2 id="slip-payouts">{t("payoutsHeading")}</h2>
        {slip.payouts.length ? (
          <ul className="slip-payouts">
            {slip.payouts.map((payout) => {
              const note = failureNote(t, payout);
              return (
                <li key={payout.id} data-testid="slip-payout" data-status={payout.status} className={payout.status === "failed" ? "slip-failed" : undefined}>
                  <span className="slip-line-text">
                    {payoutSentence(t, payout, locale)}
                    {payout.status === "failed" ? <span className="slip-badge">{t("failedBadge")}</span> : null}
                    {payout.reference ? <small>{t("reference", { reference: payout.reference })}</small> : null}
                    {note ? <small data-testid="slip-payout-failure">{note}</small> : null}
                  </span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="slip-muted" style={{ padding: "4px 0" }}>{t("noPayouts")}</p>
        )}
        {details ? (
          <p className="slip-muted" style={{ marginTop: 6 }} data-testid="slip-account">
            {t("account")}: {[t(`methods.${details.method}`), details.account_name, details.bank_name, details.account].filter(Boolean).join(" · ")}
          </p>
        ) : null}
      </section>

      <div className="slip-sign" aria-hidden="true">
        <span>{t("received")}</span>
        <span>{t("signDate")}</span>
      </div>
    </article>
  );
}
