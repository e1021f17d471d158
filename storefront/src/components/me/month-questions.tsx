import { formatMoney } from "@jinxiu/workshop/domain/money";
import { confirmationStillMatches, type StatementConfirmation, type StatementQuestion } from "@jinxiu/workshop/domain/statement-questions";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";
import { formatDay } from "@/lib/desk/date-format";
import { missingWorkQuestions } from "@/lib/questions/question-rules";
import { MonthConfirm } from "./month-confirm";
import { QuestionState } from "./question-line";
import { QuestionSheet } from "./question-sheet";

/** Her confirmation of the month: the button, or when and at what total she confirmed (and whether it changed since). */
export async function MonthConfirmBlock({
  locale,
  period,
  net,
  confirmation,
}: {
  locale: AppLocale;
  period: string;
  net: string;
  confirmation: StatementConfirmation | null;
}) {
  const t = await getTranslations({ locale, namespace: "MeQuestions" });
  const confirmed = confirmation
    ? t("confirmed", { date: formatDay(confirmation.confirmed_at.slice(0, 10), locale, false), amount: formatMoney(confirmation.net_total, locale) })
    : null;
  const changedSince = confirmation && !confirmationStillMatches(confirmation.net_total, net) ? t("changedSince", { amount: formatMoney(net, locale) }) : null;
  return <MonthConfirm locale={locale} period={period} confirmed={confirmed} changedSince={changedSince} />;
}

/** Below her days: her questions about work missing from the month, and a way to say some is. */
export async function MissingWorkBlock({ locale, period, questions }: { locale: AppLocale; period: string; questions: StatementQuestion[] }) {
  const t = await getTranslations({ locale, namespace: "MeQuestions" });
  const missing = missingWorkQuestions(questions);
  return (
    <div className="mt-3 space-y-2" data-testid="missing-work">
      {missing.length ? (
        <>
          <h3 className="text-base font-semibold">{t("missingHeading")}</h3>
          <ul className="space-y-2">
            {missing.map((q) => (
              <li key={q.id} className="rounded-2xl border border-gold-200 bg-white p-3">
                {q.note ? <p className="text-base">{q.note}</p> : null}
                <QuestionState locale={locale} question={q} t={t} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <QuestionSheet locale={locale} period={period} lineId={null} lineLabel="" />
    </div>
  );
}
