"use client";

import { useTranslations } from "@/i18n/client";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { announceCartChanged } from "@/components/header/header-summary";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { removeLineItem, updateLineItem } from "@/lib/actions/cart";
import { QUANTITY_CHOICES } from "@/lib/checkout/quantity-choices";

export type CartLineView = {
  id: string;
  title: string;
  variantTitle: string | null;
  handle: string | null;
  thumbnail: string | null;
  quantity: number;
  unitPrice: string;
  lineTotal: string;
  /** the quantity menu's last choice (no more than is in stock: lib/checkout/quantity-choices.ts) */
  max?: number;
  /** how many are left, when few are */
  left?: number | null;
};

/** One line of the cart: picture, titles, quantity menu, remove, line total. */
export function CartLine({ line, locale }: { line: CartLineView; locale: AppLocale }) {
  const t = useTranslations("CartPage");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const quantityId = useId();
  const errorId = useId();
  const max = line.max ?? Math.max(QUANTITY_CHOICES, line.quantity);

  const run = (action: () => ReturnType<typeof updateLineItem>) => {
    setError(null);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) setError(result.message);
      announceCartChanged();
      router.refresh();
    });
  };

  return (
    <li className="flex gap-4 py-5" data-testid="cart-line" data-line-id={line.id} aria-busy={pending}>
      <div className="h-20 w-20 shrink-0 overflow-hidden rounded-sm bg-gold-100 ring-1 ring-gold-200/70 sm:h-24 sm:w-24">
        {line.thumbnail && (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={line.thumbnail} alt="" width={96} height={96} loading="lazy" className="h-full w-full object-cover" />
        )}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h3 className="font-medium text-ink" data-testid="cart-line-title">
            {line.handle ? (
              <Link href={`/products/${line.handle}`} className="hover:text-cinnabar-700 hover:underline">
                {line.title}
              </Link>
            ) : (
              line.title
            )}
          </h3>
          {line.variantTitle && <p className="text-sm text-ink-muted">{line.variantTitle}</p>}
          <p className="text-sm text-ink-muted">{t("unitPrice", { price: line.unitPrice })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:flex-col sm:items-end">
          <div className="flex items-center gap-2">
            <label htmlFor={quantityId} className="sr-only">
              {t("quantityFor", { title: line.title })}
            </label>
            <span aria-hidden="true" className="text-sm text-ink-muted">
              {t("quantity")}
            </span>
            <select
              id={quantityId}
              value={line.quantity}
              disabled={pending}
              data-testid="cart-line-quantity"
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => {
                const quantity = Number(event.target.value);
                run(() => updateLineItem({ lineItemId: line.id, quantity, locale }));
              }}
              className="min-h-11 rounded-sm border border-gold-200 bg-paper px-3 text-sm"
            >
              {Array.from({ length: max }, (_, index) => index + 1).map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={pending}
              aria-label={t("removeFor", { title: line.title })}
              data-testid="cart-line-remove"
              onClick={() => run(() => removeLineItem({ lineItemId: line.id, locale }))}
              className="min-h-11 rounded-full px-3 text-sm text-cinnabar-700 underline-offset-4 hover:underline disabled:text-ink-muted"
            >
              {t("remove")}
            </button>
          </div>
          {line.left != null ? (
            <p className="text-sm font-medium text-cinnabar-700" data-testid="cart-line-left">
              {t("left", { count: line.left })}
            </p>
          ) : null}
          <p className="font-medium text-ink" data-testid="cart-line-total">
            {line.lineTotal}
          </p>
        </div>
        {error && (
          <p id={errorId} role="alert" className="text-sm text-cinnabar-700 sm:basis-full">
            {error}
          </p>
        )}
        {pending && (
          <p className="sr-only" role="status">
            {t("updating")}
          </p>
        )}
      </div>
    </li>
  );
}
