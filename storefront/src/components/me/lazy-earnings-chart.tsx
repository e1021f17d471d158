"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { ChartMonth } from "./earnings-chart";

// The chart library is fetched only when the chart comes near the screen (it sits below the
// first view on a phone), so the first view stays light on a cheap phone and a slow connection.
const EarningsChart = dynamic(() => import("./earnings-chart"), {
  ssr: false,
  loading: () => <Placeholder />,
});

function Placeholder() {
  return <div className="h-[200px] rounded-lg bg-gold-100" />;
}

export function LazyEarningsChart({ months, label, locale }: { months: ChartMonth[]; label: string; locale: string }) {
  const ref = useRef<HTMLElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: "200px 0px" }
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return (
    <figure ref={ref} aria-label={label} data-testid="earnings-chart" data-loaded={near ? "true" : "false"} className="h-[200px]">
      {near ? <EarningsChart months={months} locale={locale} /> : <Placeholder />}
    </figure>
  );
}
