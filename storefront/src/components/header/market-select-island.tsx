"use client";

import { useRouter } from "next/navigation";
import { useId, useTransition } from "react";
import { setMarket } from "@/lib/actions/market";
import { type Market, isMarket, markets } from "@/lib/market";
import { announceCartChanged } from "./header-summary";

type Props = { market: Market; label: string; options: Record<Market, string> };

/**
 * Chooses where the visitor shops from (China: CNY, elsewhere: USD). The choice is stored in the
 * market cookie by a server action (which also moves her cart to the new region), then the page
 * is fetched again: the proxy serves it from the new market.
 */
export function MarketSelectIsland({ market, label, options }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();

  return (
    <span className="inline-flex items-center gap-2 text-sm">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select
        id={id}
        value={market}
        disabled={pending}
        aria-busy={pending}
        data-testid="market-select"
        onChange={(event) => {
          const next = event.target.value;
          if (!isMarket(next) || next === market) return;
          startTransition(async () => {
            await setMarket(next);
            announceCartChanged();
            router.refresh();
          });
        }}
        className="min-h-11 rounded-full border border-gold-200 bg-paper px-3 text-sm text-ink hover:border-cinnabar-700"
      >
        {markets.map((value) => (
          <option key={value} value={value}>
            {options[value]}
          </option>
        ))}
      </select>
    </span>
  );
}
