import { compareMoney, formatMoney } from "@jinxiu/workshop/domain/money";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";
import { BagIcon, GiftIcon, MinusCircleIcon, NeedleIcon, UndoIcon } from "@/components/desk/icons";
import type { MonthFigures } from "@/lib/me/earnings";

/** A month's money in its parts, as four big tiles with an icon and a word (five with corrections). */
export async function MonthParts({ locale, figures }: { locale: AppLocale; figures: MonthFigures }) {
  const t = await getTranslations({ locale, namespace: "MeHome" });
  const tiles = [
    { key: "piecework", Icon: NeedleIcon, amount: figures.piecework },
    { key: "sale_share", Icon: BagIcon, amount: figures.sale_share },
    { key: "bonus", Icon: GiftIcon, amount: figures.bonus },
    { key: "deduction", Icon: MinusCircleIcon, amount: figures.deduction },
    ...(compareMoney(figures.reversal, 0) !== 0 ? [{ key: "reversal", Icon: UndoIcon, amount: figures.reversal } as const] : []),
  ] as const;
  return (
    <ul className="grid grid-cols-2 gap-2" data-testid="month-parts">
      {tiles.map(({ key, Icon, amount }) => (
        <li key={key} className="rounded-2xl border border-gold-200 bg-white p-3" data-testid={`part-${key}`}>
          <p className="flex items-center gap-1.5 text-base text-ink-muted">
            <Icon size={22} className="text-gold-700" />
            {t(`parts.${key}`)}
          </p>
          <p className={`mt-1 text-[clamp(1.25rem,6vw,1.5rem)] font-bold tabular-nums [overflow-wrap:anywhere] ${compareMoney(amount, 0) < 0 ? "text-cinnabar-700" : "text-ink"}`} data-testid="part-amount">
            {formatMoney(amount, locale, { trimWhole: true })}
          </p>
        </li>
      ))}
    </ul>
  );
}
