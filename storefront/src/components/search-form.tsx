import { useTranslations } from "next-intl";
import { MAX_QUERY_LENGTH } from "@/lib/catalog/search-text";

type SearchFormProps = {
  locale: string;
  /** makes the input's id unique when the form appears more than once on a page */
  idSuffix: string;
  defaultValue?: string;
};

/**
 * A plain GET form to /{locale}/search?q=…: works without JavaScript, and the search page reads
 * the query from the URL.
 */
export function SearchForm({ locale, idSuffix, defaultValue }: SearchFormProps) {
  const t = useTranslations("Search");
  const id = `search-${idSuffix}`;
  return (
    <form role="search" action={`/${locale}/search`} method="get" className="flex items-stretch">
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t("placeholder")}
        enterKeyHint="search"
        data-testid={`search-input-${idSuffix}`}
        className="min-h-11 w-full min-w-0 rounded-l-full border border-r-0 border-gold-200 bg-paper px-4 text-sm text-ink placeholder:text-ink-muted focus:border-cinnabar-700"
      />
      <button
        type="submit"
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-r-full border border-gold-200 bg-gold-100 px-3 text-ink hover:border-cinnabar-700 hover:text-cinnabar-700"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="11" cy="11" r="6.5" />
          <path d="m16 16 4.5 4.5" />
        </svg>
        <span className="sr-only">{t("submit")}</span>
      </button>
    </form>
  );
}
