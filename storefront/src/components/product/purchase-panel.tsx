"use client";

import { formatMoney } from "@jinxiu/workshop/domain/money";
import { useLocale, useTranslations } from "@/i18n/client";
import { useId, useState, useTransition } from "react";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { addToCart } from "@/lib/actions/cart";
import { useSelection } from "./selection";

/** The event the header's cart badge listens to. */
const CART_CHANGED_EVENT = "jinxiu:cart-changed";
/** The quantity menu offers up to this many (or the stock, when lower). */
const QUANTITY_CHOICES = 10;

type Status =
  | { kind: "idle" }
  | { kind: "added"; itemCount: number }
  | { kind: "error"; message: string };

/**
 * The selected version's price and stock, the version picker, the quantity and the add-to-cart
 * button. A version that is sold out can be chosen (to see it is), but not added: the button is
 * disabled and the reason is written next to it.
 */
export function PurchasePanel({ optionTitle }: { optionTitle: string | null }) {
  const t = useTranslations("ProductPurchase");
  const locale = useLocale() as AppLocale;
  const { variants, selected, select } = useSelection();
  const [quantity, setQuantity] = useState(1);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [pending, startTransition] = useTransition();
  const ids = { reason: useId(), quantity: useId(), stock: useId() };

  if (!selected) {
    return <p className="mt-6 text-ink-muted">{t("noVariants")}</p>;
  }

  const soldOut = selected.stock.status === "out_of_stock";
  const noPrice = selected.price === null;
  const blockedReason = soldOut ? t("soldOutReason") : noPrice ? t("noPriceReason") : null;
  const maxQuantity = Math.max(1, Math.min(QUANTITY_CHOICES, selected.stock.maxQuantity));
  const shownQuantity = Math.min(quantity, maxQuantity);

  const add = () => {
    if (blockedReason || pending) return;
    setStatus({ kind: "idle" });
    startTransition(async () => {
      try {
        const result = await addToCart({ variantId: selected.id, quantity: shownQuantity, locale });
        if (result.ok) {
          setStatus({ kind: "added", itemCount: result.itemCount });
          window.dispatchEvent(new Event(CART_CHANGED_EVENT));
        } else {
          setStatus({ kind: "error", message: result.message });
        }
      } catch {
        setStatus({ kind: "error", message: t("unknownError") });
      }
    });
  };

  return (
    <div className="mt-4" data-testid="purchase-panel">
      <p className="text-2xl text-cinnabar-700" data-testid="selected-price">
        {selected.price ? formatMoney(selected.price.amount, locale, { currency: selected.price.currencyCode }) : t("noPrice")}
      </p>

      {variants.length > 1 && (
        <fieldset className="mt-6">
          <legend className="text-sm font-medium tracking-widest text-gold-700">{optionTitle ?? t("versions")}</legend>
          <div className="mt-3 flex flex-wrap gap-2" data-testid="variant-options">
            {variants.map((variant) => {
              const checked = variant.id === selected.id;
              const out = variant.stock.status === "out_of_stock";
              return (
                <label
                  key={variant.id}
                  className={`relative inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border px-4 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-cinnabar-700 ${
                    checked ? "border-cinnabar-700 bg-cinnabar-50 text-ink" : "border-gold-200 text-ink hover:border-gold-400"
                  }`}
                >
                  <input
                    type="radio"
                    name="variant"
                    value={variant.id}
                    checked={checked}
                    onChange={() => {
                      select(variant.id);
                      setStatus({ kind: "idle" });
                    }}
                    className="sr-only"
                  />
                  <span className={out ? "text-ink-muted line-through decoration-1" : undefined}>{variant.title}</span>
                  {out && <span className="text-xs text-ink-muted">{t("soldOutShort")}</span>}
                </label>
              );
            })}
          </div>
        </fieldset>
      )}

      <p id={ids.stock} className="mt-4 text-sm text-ink-muted" data-testid="stock-state" data-status={selected.stock.status}>
        {selected.stock.status === "out_of_stock"
          ? t("soldOut")
          : selected.stock.status === "low_stock"
            ? t("lowStock", { count: selected.stock.left })
            : t("inStock")}
      </p>

      <div className="mt-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={ids.quantity} className="block text-sm text-ink">
            {t("quantity")}
          </label>
          <select
            id={ids.quantity}
            value={shownQuantity}
            disabled={Boolean(blockedReason)}
            onChange={(event) => setQuantity(Number(event.target.value))}
            className="mt-1 min-h-11 rounded-sm border border-gold-200 bg-paper px-3 text-sm text-ink disabled:text-ink-muted"
          >
            {Array.from({ length: maxQuantity }, (_, index) => index + 1).map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          onClick={add}
          disabled={Boolean(blockedReason) || pending}
          aria-describedby={blockedReason ? ids.reason : undefined}
          aria-busy={pending}
          data-testid="add-to-cart"
          className="min-h-11 flex-1 rounded-full bg-cinnabar-700 px-8 text-paper transition-colors hover:bg-cinnabar-800 disabled:cursor-not-allowed disabled:bg-ink-muted/40 disabled:text-ink sm:flex-none"
        >
          {pending ? t("adding") : t("addToCart")}
        </button>
      </div>
      {blockedReason && (
        <p id={ids.reason} className="mt-3 text-sm text-cinnabar-700" data-testid="add-to-cart-reason">
          {blockedReason}
        </p>
      )}

      <div aria-live="polite" className="mt-4">
        {status.kind === "added" && (
          <p className="rounded-sm bg-gold-100 px-4 py-3 text-sm text-ink" data-testid="added-to-cart" role="status">
            {t("added", { count: status.itemCount })}{" "}
            <Link href="/cart" className="font-medium text-cinnabar-700 underline underline-offset-4">
              {t("viewCart")}
            </Link>
          </p>
        )}
      </div>
      {status.kind === "error" && (
        <p role="alert" className="mt-2 rounded-sm bg-cinnabar-50 px-4 py-3 text-sm text-cinnabar-800" data-testid="add-to-cart-error">
          {status.message}
        </p>
      )}
    </div>
  );
}
