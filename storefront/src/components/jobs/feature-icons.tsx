import type { MamaPostFeature } from "@jinxiu/workshop/domain/programme";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** 24×24 line icons in the current colour; always shown with their word. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg width={20} height={20} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

const ICONS: Record<MamaPostFeature, ReactNode> = {
  // a clock
  flexible_hours: (
    <Icon>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </Icon>
  ),
  // a school bag
  school_hours: (
    <Icon>
      <path d="M6 8h12v12H6z" />
      <path d="M9 8V6a3 3 0 0 1 6 0v2M6 13h12" />
    </Icon>
  ),
  // a house
  work_at_home: (
    <Icon>
      <path d="M4 11l8-7 8 7" />
      <path d="M6 10v10h12V10M10 20v-5h4v5" />
    </Icon>
  ),
  // a mother and child
  childcare_friendly: (
    <Icon>
      <circle cx="9" cy="6" r="2.5" />
      <circle cx="16.5" cy="10" r="1.8" />
      <path d="M5 20v-5a4 4 0 0 1 8 0v5M14 20v-3a2.5 2.5 0 0 1 5 0v3" />
    </Icon>
  ),
  // a calendar with a heart
  parental_leave: (
    <Icon>
      <rect x="4" y="5" width="16" height="15" rx="1" />
      <path d="M4 9h16M8 3v4M16 3v4" />
      <path d="M12 17l-2.5-2.4a1.5 1.5 0 1 1 2.5-1.6 1.5 1.5 0 1 1 2.5 1.6z" />
    </Icon>
  ),
  // a needle and thread
  training_provided: (
    <Icon>
      <path d="M5 19L18 6" />
      <path d="M16.5 4.5l3 3" />
      <path d="M5 19c2-4 6-2 8-6" />
    </Icon>
  ),
};

/**
 * A workshop's mama-post features as small labelled icons (时间灵活 / Flexible hours …); with
 * `explained`, each with its sentence in words.
 */
export function FeatureList({ features: given, explained = false }: { features: MamaPostFeature[]; explained?: boolean }) {
  const t = useTranslations("Jobs");
  // Only features this shop can name (a newer backend may know more).
  const features = given.filter((feature) => feature in ICONS);
  if (!features.length) return null;
  if (explained) {
    return (
      <ul className="space-y-4" data-testid="opening-features-explained">
        {features.map((feature) => (
          <li key={feature} className="flex gap-3" data-feature={feature}>
            <span className="mt-0.5 inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-gold-100 text-gold-700">{ICONS[feature]}</span>
            <span>
              <span className="block font-medium text-ink">{t(`feature.${feature}`)}</span>
              <span className="block text-ink-muted">{t(`featureText.${feature}`)}</span>
            </span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul aria-label={t("featuresLabel")} className="flex flex-wrap gap-2" data-testid="opening-features">
      {features.map((feature) => (
        <li
          key={feature}
          className="inline-flex items-center gap-1.5 rounded-full bg-gold-100 px-2.5 py-1 text-sm text-gold-700"
          data-feature={feature}
        >
          {ICONS[feature]}
          <span>{t(`feature.${feature}`)}</span>
        </li>
      ))}
    </ul>
  );
}
