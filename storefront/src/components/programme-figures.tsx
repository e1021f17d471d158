import type { ImpactFigures as Figures } from "@jinxiu/workshop/domain/http";
import { useTranslations } from "next-intl";
import { formatProgramme } from "@/lib/catalog/impact-format";

/**
 * The programme around the work, counted from its records: mama-post openings and the women hired
 * through them, training sessions and attendances, skills granted, awards; and the women's median
 * month set against the programme's 1,800-4,000 yuan band.
 */
export function ProgrammeFigures({ figures, locale }: { figures: Figures; locale: string }) {
  const t = useTranslations("ImpactProgramme");
  const d = formatProgramme(figures, locale);
  const items = [
    { key: "openings", value: d.openings, label: t("openings"), note: t("openingsNote", { open: d.openOpenings }) },
    { key: "hired", value: d.hired, label: t("hired"), note: t("hiredNote") },
    { key: "sessions", value: d.sessions, label: t("sessions"), note: t("sessionsNote", { attendances: d.traineeSessions }) },
    { key: "skills", value: d.skills, label: t("skills"), note: t("skillsNote") },
    { key: "awards", value: d.awards, label: t("awards"), note: t("awardsNote") },
  ];
  return (
    <div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-8 min-[380px]:grid-cols-2 lg:grid-cols-5" data-testid="programme-figures">
        {items.map((item) => (
          <div key={item.key} className="flex min-w-0 flex-col" data-testid={`programme-${item.key}`}>
            <dt className="mt-1 text-sm text-ink-muted">
              {item.label}
              <span className="mt-2 block text-xs leading-relaxed">{item.note}</span>
            </dt>
            <dd className="order-first text-2xl font-semibold tracking-tight text-cinnabar-700 sm:text-3xl" data-testid="programme-value">
              {item.value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-8 max-w-2xl text-ink" data-testid="income-band">
        {d.medianAgainstBand
          ? t(`band.${d.medianAgainstBand}`, { low: d.bandLow, high: d.bandHigh })
          : t("band.none", { low: d.bandLow, high: d.bandHigh })}
        {d.monthsInBand !== null && <> {t("band.months", { share: d.monthsInBand })}</>}
      </p>
    </div>
  );
}
