import { Link } from "@/i18n/navigation";
import { pagerItems } from "@/lib/catalog/query";

type PaginationProps = {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label: string;
  previous: string;
  next: string;
  pageLabel: (page: number) => string;
};

const itemClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-full px-3 text-sm";

/** Links to the other pages of a list; nothing when there is only one page. */
export function Pagination({ page, pageCount, hrefFor, label, previous, next, pageLabel }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-12" data-testid="pagination">
      <ul className="flex flex-wrap items-center justify-center gap-1">
        <li>
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} rel="prev" className={`${itemClass} text-ink hover:text-cinnabar-700`}>
              {previous}
            </Link>
          ) : (
            <span className={`${itemClass} text-ink-muted`} aria-disabled="true">
              {previous}
            </span>
          )}
        </li>
        {pagerItems(page, pageCount).map((item, index) =>
          item === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className={`${itemClass} text-ink-muted`}>
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                href={hrefFor(item)}
                aria-current={item === page ? "page" : undefined}
                aria-label={pageLabel(item)}
                className={`${itemClass} ${item === page ? "bg-cinnabar-700 text-paper" : "text-ink hover:text-cinnabar-700"}`}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link href={hrefFor(page + 1)} rel="next" className={`${itemClass} text-ink hover:text-cinnabar-700`}>
              {next}
            </Link>
          ) : (
            <span className={`${itemClass} text-ink-muted`} aria-disabled="true">
              {next}
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
