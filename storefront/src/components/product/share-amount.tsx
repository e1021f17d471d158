"use client";

import { formatMoney } from "@jinxiu/workshop/domain/money";
import { useLocale, useTranslations } from "@/i18n/client";
import { makersShare } from "@/lib/catalog/share";
import { useSelection } from "./selection";

/**
 * "¥117.60 of this price goes to the women who made it": the makers' share of the price of the
 * version the visitor has chosen.
 */
export function SelectedShareAmount({ sharePercent }: { sharePercent: number }) {
  const t = useTranslations("MakersShare");
  const locale = useLocale();
  const { selected } = useSelection();
  const share = makersShare(selected?.price ?? null, sharePercent);
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(sharePercent);

  return (
    <p className="text-lg text-ink" data-testid="makers-share" data-share-minor={share?.minor}>
      {share
        ? t.rich("amount", {
            amount: formatMoney(share.amount, locale, { currency: share.currencyCode }),
            percent,
            strong: (chunks) => <strong className="font-semibold text-cinnabar-700">{chunks}</strong>,
          })
        : t("percentOnly", { percent })}
    </p>
  );
}
