import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { CatalogQuery } from "@/lib/catalog/query";

export type FilterOption = { value: string; label: string };

type FilterFormProps = {
  /** makes ids unique: the form is on the page twice (folded for phones, beside the list) */
  idPrefix: string;
  locale: string;
  basePath: string;
  query: CatalogQuery;
  currencyCode: string;
  /** null: the page fixes the category */
  categories: FilterOption[] | null;
  workshops: FilterOption[];
};

const fieldClass =
  "mt-1 block min-h-11 w-full rounded-sm border border-gold-200 bg-paper px-3 text-sm text-ink focus:border-cinnabar-700";

/**
 * The filters as a plain GET form (works without JavaScript; the state goes into the URL). It
 * applies on the button, not on every change, so keyboard and screen-reader users are not moved
 * to a new page while they choose.
 */
export function FilterForm({ idPrefix, locale, basePath, query, currencyCode, categories, workshops }: FilterFormProps) {
  const t = useTranslations("Catalog");
  const currency = currencyCode.toUpperCase();
  const id = (name: string) => `${idPrefix}-filter-${name}`;

  return (
    <form action={`/${locale}${basePath}`} method="get" className="mt-4 space-y-5" data-testid={`filter-form-${idPrefix}`}>
      {query.sort !== "newest" && <input type="hidden" name="sort" value={query.sort} />}
      {categories && (
        <div>
          <label htmlFor={id("category")} className="text-sm text-ink">
            {t("label.category")}
          </label>
          <select id={id("category")} name="category" defaultValue={query.category ?? ""} className={fieldClass}>
            <option value="">{t("allCategories")}</option>
            {categories.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor={id("workshop")} className="text-sm text-ink">
          {t("label.workshop")}
        </label>
        <select
          id={id("workshop")}
          name="workshop"
          defaultValue={query.workshop ?? ""}
          className={fieldClass}
          data-testid={id("workshop")}
        >
          <option value="">{t("allWorkshops")}</option>
          {workshops.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex min-h-11 items-center gap-3">
        <input
          id={id("awarded")}
          name="awarded"
          type="checkbox"
          value="1"
          defaultChecked={query.awarded === true}
          className="size-5 accent-cinnabar-700"
          data-testid={id("awarded")}
        />
        <label htmlFor={id("awarded")} className="text-sm text-ink">
          {t("label.awarded")}
        </label>
      </div>
      <fieldset>
        <legend className="text-sm text-ink">{t("priceRange", { currency })}</legend>
        <div className="mt-1 grid grid-cols-2 gap-3">
          <div>
            <label htmlFor={id("min")} className="text-xs text-ink-muted">
              {t("label.min")}
            </label>
            <input
              id={id("min")}
              name="min"
              type="number"
              inputMode="decimal"
              min={0}
              step="0.01"
              defaultValue={query.minPrice}
              className={fieldClass}
            />
          </div>
          <div>
            <label htmlFor={id("max")} className="text-xs text-ink-muted">
              {t("label.max")}
            </label>
            <input
              id={id("max")}
              name="max"
              type="number"
              inputMode="decimal"
              min={0}
              step="0.01"
              defaultValue={query.maxPrice}
              className={fieldClass}
            />
          </div>
        </div>
      </fieldset>
      <div className="flex items-center gap-4">
        <button
          type="submit"
          className="min-h-11 rounded-full bg-cinnabar-700 px-6 text-sm text-paper hover:bg-cinnabar-800"
          data-testid={`apply-filters-${idPrefix}`}
        >
          {t("apply")}
        </button>
        <Link href={basePath} className="text-sm text-cinnabar-700 underline-offset-4 hover:underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
