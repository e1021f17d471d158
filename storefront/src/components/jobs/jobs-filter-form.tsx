import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { pick } from "@/lib/catalog/bilingual";
import { type District, type JobsQuery, findDistrict } from "@/lib/jobs/jobs-query";

const fieldClass =
  "mt-1 block min-h-12 w-full rounded-sm border border-gold-200 bg-paper px-3 text-base text-ink focus:border-cinnabar-700";

/**
 * The openings' filters as a plain GET form: they go into the URL (a filtered list is a link she
 * can send on WeChat) and work without JavaScript; applied on the button.
 */
export function JobsFilterForm({ locale, query, districts }: { locale: AppLocale; query: JobsQuery; districts: District[] }) {
  const t = useTranslations("Jobs");
  const chosen = query.district ? findDistrict(query.district, districts) : null;
  const value = (district: District) => pick(locale, district.zh, district.en);
  return (
    <form action={`/${locale}/jobs`} method="get" className="grid gap-4 sm:grid-cols-[minmax(12rem,16rem)_1fr_auto] sm:items-end" data-testid="jobs-filter-form">
      <div>
        <label htmlFor="jobs-district" className="text-sm text-ink">
          {t("districtLabel")}
        </label>
        <select id="jobs-district" name="district" defaultValue={chosen ? value(chosen) : ""} className={fieldClass}>
          <option value="">{t("allDistricts")}</option>
          {districts.map((district) => (
            <option key={district.zh} value={value(district)}>
              {value(district)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="space-y-1">
        <legend className="sr-only">{t("filtersHeading")}</legend>
        <label className="flex min-h-11 items-center gap-3 text-base text-ink">
          <input type="checkbox" name="at_home" value="1" defaultChecked={query.atHome} className="size-5 accent-cinnabar-700" />
          {t("atHomeLabel")}
        </label>
        <label className="flex min-h-11 items-center gap-3 text-base text-ink">
          <input type="checkbox" name="school_hours" value="1" defaultChecked={query.schoolHours} className="size-5 accent-cinnabar-700" />
          {t("schoolHoursLabel")}
        </label>
      </fieldset>
      <div className="flex items-center gap-4">
        <button type="submit" className="min-h-12 rounded-full bg-cinnabar-700 px-6 text-paper hover:bg-cinnabar-800" data-testid="jobs-filter-apply">
          {t("applyFilters")}
        </button>
        <Link href="/jobs" className="text-sm text-cinnabar-700 underline-offset-4 hover:underline">
          {t("clearFilters")}
        </Link>
      </div>
    </form>
  );
}
