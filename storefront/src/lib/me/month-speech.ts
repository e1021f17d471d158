import { type PayoutSummary } from "@jinxiu/workshop/domain/http";
import { compareMoney, spokenMoney, type Money } from "@jinxiu/workshop/domain/money";
import { type PayoutMethod } from "@jinxiu/workshop/domain/payouts";
import type { Translate } from "@/lib/slip/slip-text";
import type { GoalProgress } from "./earnings";

/**
 * Her month as a few sentences a speech synthesizer reads aloud (the "听一听" button on /me), in
 * her page's language: what she has earned so far this month, her goal, and what was paid and when
 * (the payouts of the latest month she was paid for), and what is still owed. Every amount is one
 * the page already read from the ledger, said the way a person says it (`spokenMoney`, the
 * domain's money rule). Pure: the page hands in its translator (namespace MeSpeech) and the words
 * for the payout methods.
 */
export type MonthSpeechFacts = {
  locale: string;
  /** this month, YYYY-MM */
  month: string;
  /** what she has earned so far this month, as the page shows it */
  earned: Money;
  goal: GoalProgress | null;
  /** her payouts as /artisan/payouts answered them */
  payouts: PayoutSummary[];
  /** what is still owed to her across closed months */
  owed: Money | null;
};

/** How many payouts of her latest paid month are read out (the rest are on her pages). */
const PAYOUTS_SPOKEN = 3;

const monthNames = new Map<string, Intl.DateTimeFormat>();
const dayNames = new Map<string, Intl.DateTimeFormat>();

function formatter(cache: Map<string, Intl.DateTimeFormat>, locale: string, options: Intl.DateTimeFormatOptions) {
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    cache.set(locale, f);
  }
  return f;
}

/** "2026-11" -> "十一月" / "November". */
export function spokenMonth(month: string, locale: string): string {
  const [y, m] = month.split("-").map(Number);
  return formatter(monthNames, locale, { month: "long" }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** "2026-11-05" -> "11月5日" / "November 5". */
export function spokenDay(date: string, locale: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return formatter(dayNames, locale, { month: "long", day: "numeric" }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** The payouts of the latest month she was paid for (ones that came back left out), newest first. */
export function latestPaidMonth(payouts: PayoutSummary[]): { period: string; payouts: PayoutSummary[] } | null {
  const sent = payouts
    .filter((p) => p.status === "sent")
    .sort((a, b) => b.paid_on.localeCompare(a.paid_on) || b.created_at.localeCompare(a.created_at));
  if (!sent.length) return null;
  const period = sent.reduce((latest, p) => (p.period > latest ? p.period : latest), sent[0].period);
  return { period, payouts: sent.filter((p) => p.period === period).slice(0, PAYOUTS_SPOKEN) };
}

export function monthSpeech(t: Translate, methodName: (method: PayoutMethod) => string, facts: MonthSpeechFacts): string {
  const { locale } = facts;
  const chinese = locale.toLowerCase().startsWith("zh");
  const money = (amount: Money) => spokenMoney(amount, locale);
  const sentences = [t("soFar", { month: spokenMonth(facts.month, locale), amount: money(facts.earned) })];
  if (facts.goal) {
    sentences.push(
      facts.goal.reached
        ? t("goalReached", { goal: money(facts.goal.goal) })
        : t("goal", { goal: money(facts.goal.goal), remaining: money(facts.goal.remaining) })
    );
  }
  const paid = latestPaidMonth(facts.payouts);
  if (paid) {
    const lines = paid.payouts.map((p) => t("paidLine", { date: spokenDay(p.paid_on, locale), method: methodName(p.method), amount: money(p.amount) }));
    sentences.push(t("paid", { month: spokenMonth(paid.period, locale), lines: lines.join(chinese ? "；" : "; ") }));
  } else {
    sentences.push(t("nothingPaid"));
  }
  if (facts.owed && compareMoney(facts.owed, 0) > 0) sentences.push(t("owed", { amount: money(facts.owed) }));
  // Chinese sentences end with 。 and need no space between them
  return sentences.join(chinese ? "" : " ");
}
