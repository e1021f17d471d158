import { type OrderMakerShares as OrderMakersData } from "@jinxiu/workshop/domain/http";
import { formatMoney } from "@jinxiu/workshop/domain/money";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/locales";

/**
 * "Your order paid ¥X to N women in M workshops": the makers' share of this order, computed by
 * the backend exactly as it is credited to their earnings; names only of makers who consented.
 */
export async function OrderMakers({ makers, locale }: { makers: OrderMakersData; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "OrderConfirmed" });
  const foreign = makers.currency_code.toLowerCase() !== "cny";
  const amountCny = formatMoney(makers.total.amount_cny, locale);
  // In the order's currency only when the rate it was credited at is known.
  const amount = makers.total.amount === null ? null : formatMoney(makers.total.amount, locale, { currency: makers.currency_code });
  const named = [
    ...new Set(makers.lines.flatMap((line) => line.makers.map((maker) => maker.display_name).filter((name): name is string => Boolean(name)))),
  ];
  const workshopNames = makers.workshops.map((workshop) => (locale === "zh-CN" ? workshop.name_zh : workshop.name_en)).filter(Boolean);
  const separator = locale === "zh-CN" ? "、" : ", ";

  return (
    <section
      aria-labelledby="makers-heading"
      className="rounded-sm border border-gold-200 bg-gold-100/60 p-5 sm:p-6"
      data-testid="order-makers"
      data-amount={makers.total.amount ?? undefined}
      data-amount-cny={makers.total.amount_cny}
      data-makers={makers.makers_count}
      data-workshops={makers.workshops_count}
    >
      <h2 id="makers-heading" className="text-sm font-medium tracking-widest text-gold-700">
        {t("makersHeading")}
      </h2>
      {makers.makers_count > 0 ? (
        <>
          <p className="mt-3 text-lg text-ink" data-testid="order-makers-line">
            {foreign && amount !== null
              ? t("makersLineForeign", { amount, amountCny, makers: makers.makers_count, workshops: makers.workshops_count })
              : t("makersLine", { amount: foreign ? amountCny : (amount ?? amountCny), makers: makers.makers_count, workshops: makers.workshops_count })}
          </p>
          {named.length > 0 && <p className="mt-2 text-sm text-ink">{t("makersNamed", { names: named.join(separator) })}</p>}
          {workshopNames.length > 0 && <p className="mt-1 text-sm text-ink">{t("makersWorkshops", { names: workshopNames.join(separator) })}</p>}
          <p className="mt-3 text-xs text-ink-muted">{t("makersExplain")}</p>
        </>
      ) : (
        <p className="mt-3 text-ink">{t("makersNone")}</p>
      )}
    </section>
  );
}
