import { formatMoney } from "@jinxiu/workshop/domain/money";
import { useTranslations } from "next-intl";
import { ProductGrid } from "@/components/product-grid";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import type { CatalogProduct } from "@/lib/catalog/catalog-product";
import { type CatalogPage, type CatalogQuery, type QueryProblem, SORT_KEYS, catalogHref } from "@/lib/catalog/query";
import { FilterForm, type FilterOption } from "./filter-form";
import { Pagination } from "./pagination";

type CatalogViewProps = {
  locale: AppLocale;
  /** the page's path without locale: "/store" or "/categories/hand-fans" */
  basePath: string;
  query: CatalogQuery;
  problems: QueryProblem[];
  result: CatalogPage<CatalogProduct>;
  /** the market's currency, for the price fields' labels */
  currencyCode: string;
  categories: FilterOption[];
  workshops: FilterOption[];
  /** the category is fixed by the page (a category page): no category filter */
  fixedCategory?: boolean;
};

/** The product list with its sort links, filters, active-filter chips and pager. */
export function CatalogView(props: CatalogViewProps) {
  const { locale, basePath, query, problems, result, fixedCategory = false } = props;
  const t = useTranslations("Catalog");
  const omit = fixedCategory ? (["category"] as const) : ([] as const);
  const href = (changes: Partial<CatalogQuery>) => `${basePath}${catalogHref(query, changes, omit)}`;

  const chips: Array<{ label: string; href: string }> = [];
  if (query.category && !fixedCategory) {
    const name = props.categories.find((option) => option.value === query.category)?.label ?? query.category;
    chips.push({ label: t("chipCategory", { name }), href: href({ category: undefined }) });
  }
  if (query.workshop) {
    const name = props.workshops.find((option) => option.value === query.workshop)?.label ?? query.workshop;
    chips.push({ label: t("chipWorkshop", { name }), href: href({ workshop: undefined }) });
  }
  if (query.awarded) chips.push({ label: t("chipAwarded"), href: href({ awarded: undefined }) });
  if (query.minPrice !== undefined || query.maxPrice !== undefined) {
    const money = (amount: number) => formatMoney(amount, locale, { currency: props.currencyCode });
    const label =
      query.minPrice !== undefined && query.maxPrice !== undefined
        ? t("chipPriceBetween", { min: money(query.minPrice), max: money(query.maxPrice) })
        : query.minPrice !== undefined
          ? t("chipPriceMin", { min: money(query.minPrice) })
          : t("chipPriceMax", { max: money(query.maxPrice!) });
    chips.push({ label, href: href({ minPrice: undefined, maxPrice: undefined }) });
  }

  const filterForm = (idPrefix: string) => (
    <FilterForm
      idPrefix={idPrefix}
      locale={locale}
      basePath={basePath}
      query={query}
      currencyCode={props.currencyCode}
      categories={fixedCategory ? null : props.categories}
      workshops={props.workshops}
    />
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_1fr] lg:gap-10">
      {/* Phones: the filters fold away above the list; wide screens: a column beside it. */}
      <details className="rounded-sm border border-gold-200/70 lg:hidden" data-testid="filters-compact">
        <summary className="flex min-h-11 cursor-pointer items-center px-4 text-sm font-medium text-ink">
          {t("filtersHeading")}
          {chips.length > 0 && <span className="ml-2 text-ink-muted">({chips.length})</span>}
        </summary>
        <div className="px-4 pb-4">
          {filterForm("compact")}
        </div>
      </details>
      <aside aria-labelledby="filters-heading" className="hidden lg:block lg:pt-1">
        <h2 id="filters-heading" className="text-sm font-medium tracking-widest text-gold-700">
          {t("filtersHeading")}
        </h2>
        {filterForm("side")}
      </aside>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="sr-only">
          {t("resultsHeading")}
        </h2>
        {problems.length > 0 && (
          <div role="note" className="mb-6 rounded-sm border border-cinnabar-700/30 bg-cinnabar-50 p-4 text-sm text-ink" data-testid="query-problems">
            <p className="font-medium">{t("problemsTitle")}</p>
            <ul className="mt-1 list-inside list-disc">
              {problems.map((problem) => (
                <li key={`${problem.field}-${problem.reason}`}>
                  {t(`problem.${problem.reason}`, { field: t(`field.${problem.field}`), value: problem.value })}
                </li>
              ))}
            </ul>
          </div>
        )}

        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 border-b border-gold-200/70 pb-4">
          <p className="text-sm text-ink-muted" data-testid="result-count">
            {t("count", { count: result.total })}
          </p>
          <nav aria-label={t("sortLabel")}>
            <ul className="flex flex-wrap items-center gap-x-1 gap-y-1 text-sm" data-testid="sort-links">
              <li className="mr-1 text-ink-muted" aria-hidden="true">
                {t("sortLabel")}:
              </li>
              {SORT_KEYS.map((sort) => {
                const current = query.sort === sort;
                return (
                  <li key={sort}>
                    <Link
                      href={href({ sort })}
                      aria-current={current ? "true" : undefined}
                      data-sort={sort}
                      className={`inline-flex min-h-11 items-center rounded-full px-3 ${
                        current ? "bg-cinnabar-700 text-paper" : "text-ink hover:text-cinnabar-700"
                      }`}
                    >
                      {t(`sort.${sort}`)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>

        {chips.length > 0 && (
          <ul className="mt-4 flex flex-wrap gap-2" aria-label={t("activeFilters")} data-testid="active-filters">
            {chips.map((chip) => (
              <li key={chip.label}>
                <Link
                  href={chip.href}
                  className="inline-flex min-h-9 items-center gap-2 rounded-full border border-gold-200 px-3 text-sm text-ink hover:border-cinnabar-700"
                >
                  <span>{chip.label}</span>
                  <span aria-hidden="true">×</span>
                  <span className="sr-only">{t("removeFilter")}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}

        <div className="mt-8">
          {result.items.length > 0 ? (
            <ProductGrid products={result.items} locale={locale} aboveTheFold />
          ) : (
            <p className="py-12 text-center text-ink-muted" data-testid="no-results">
              {t("empty")}
            </p>
          )}
        </div>

        <Pagination
          page={result.page}
          pageCount={result.pageCount}
          hrefFor={(page) => href({ page })}
          label={t("paginationLabel")}
          previous={t("previous")}
          next={t("next")}
          pageLabel={(page) => t("pageLabel", { page })}
        />
      </section>
    </div>
  );
}
