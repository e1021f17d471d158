import type { lineViews } from "@/lib/checkout/line-views";

/** A compact list of lines (checkout summary, order pages): picture, titles, quantity, amount. */
export function SummaryLines({ lines, quantityLabel }: { lines: ReturnType<typeof lineViews>; quantityLabel: (count: number) => string }) {
  return (
    <ul className="divide-y divide-gold-200/70" data-testid="summary-lines">
      {lines.map((line) => (
        <li key={line.id} className="flex items-center gap-3 py-3" data-testid="summary-line">
          <div className="h-14 w-14 shrink-0 overflow-hidden rounded-sm bg-gold-100 ring-1 ring-gold-200/70">
            {line.thumbnail && (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={line.thumbnail} alt="" width={56} height={56} loading="lazy" className="h-full w-full object-cover" />
            )}
          </div>
          <div className="min-w-0 flex-1 text-sm">
            <p className="font-medium text-ink" data-testid="summary-line-title">
              {line.title}
            </p>
            <p className="text-ink-muted">
              {[line.variantTitle, quantityLabel(line.quantity)].filter(Boolean).join(" · ")}
            </p>
          </div>
          <p className="text-sm text-ink">{line.lineTotal}</p>
        </li>
      ))}
    </ul>
  );
}
