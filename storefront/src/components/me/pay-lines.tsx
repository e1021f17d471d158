import type { PayoutSummary } from "@jinxiu/workshop/domain/http";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";
import { AlertIcon, CheckIcon } from "@/components/desk/icons";
import { failureNote, payoutSentence, type Translate } from "@/lib/slip/slip-text";

/** Payouts as sentences ("已付 ¥1,234.50 · 微信 · 2026-11-05"); one that came back marked, with why and that she'll be paid again. */
export async function PayoutLines({ locale, payouts }: { locale: AppLocale; payouts: PayoutSummary[] }) {
  const tt = await getTranslations({ locale, namespace: "PaySlip" });
  const t: Translate = (key, values) => tt(key as never, values as never);
  return (
    <ul className="space-y-1.5" data-testid="payout-lines">
      {payouts.map((payout) => {
        const note = failureNote(t, payout);
        const failed = payout.status === "failed";
        return (
          <li key={payout.id} className="flex items-start gap-2 text-base" data-testid="payout-line" data-status={payout.status}>
            {failed ? <AlertIcon size={20} className="mt-0.5 shrink-0 text-cinnabar-700" /> : <CheckIcon size={20} className="mt-0.5 shrink-0 text-green-800" />}
            <span className="min-w-0">
              <span className={`tabular-nums ${failed ? "text-cinnabar-700 line-through decoration-1" : ""}`}>{payoutSentence(t, payout, locale)}</span>
              {note ? (
                <span className="block text-sm text-cinnabar-700" data-testid="payout-failure">
                  {note}
                </span>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
