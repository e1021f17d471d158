"use client";

import dynamic from "next/dynamic";
import type { ChartMonth } from "./earnings-chart";

// The chart library is only fetched after the page is shown, so the first view stays light.
const EarningsChart = dynamic(() => import("./earnings-chart"), {
  ssr: false,
  loading: () => <div className="h-[200px] animate-pulse rounded-lg bg-gold-100" />,
});

export function LazyEarningsChart({ months, label }: { months: ChartMonth[]; label: string }) {
  return (
    <figure aria-label={label} data-testid="earnings-chart" className="h-[200px]">
      <EarningsChart months={months} />
    </figure>
  );
}
