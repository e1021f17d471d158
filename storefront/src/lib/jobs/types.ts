import type { ApplicationState, AwardLevel, AwardSubject, MamaPostFeature, OpeningPlace, PayRange } from "@jinxiu/workshop/domain/programme";

/**
 * What the backend's store routes answer for the mama-post openings (妈妈岗), a woman's status
 * link and award badges (plugins/workshop/src/api/store/openings/public-opening.ts,
 * repositories/programme/apply.ts `applicationByToken`, api/store/awards/route.ts).
 */

/** GET /store/openings and /store/openings/:id: one opening as the shop shows it. */
export type StoreOpening = {
  id: string;
  title_zh: string;
  title_en: string;
  description_zh: string | null;
  description_en: string | null;
  place: OpeningPlace;
  district_zh: string;
  district_en: string;
  town_zh: string | null;
  town_en: string | null;
  hours_zh: string;
  hours_en: string;
  positions: number;
  status: "open" | "closed";
  workshop: { id: string; handle: string; name_zh: string; name_en: string };
  /** the workshop's mama-post features, in the domain's order */
  features: MamaPostFeature[];
  /** the work: the piece types it needs, by name */
  work?: { id: string; name_zh: string; name_en: string }[];
  /** the median month and the middle half, from the ledger; null below five women */
  pay: PayRange | null;
};

export type StoreOpeningList = { openings: StoreOpening[]; count: number; offset: number; limit: number };

/** GET /store/applications/:token: only her application's status and which opening it is for. */
export type ApplicationStatusView = {
  status: ApplicationState;
  locale: string;
  applied_at: string;
  updated_at: string;
  opening: { id: string; title_zh: string; title_en: string; status: "open" | "closed" };
  workshop: { name_zh: string; name_en: string };
};

/** POST /store/openings/:id/applications → 201 (new) or 200 (her earlier application updated). */
export type ApplyResponse = {
  application: { id: string; opening_id: string; status: ApplicationState; locale: string };
  status_token: string;
};

/** GET /store/awards?subject_type=&subject_id=: one badge. */
export type StoreAward = {
  id: string;
  contest_zh: string;
  contest_en: string;
  year: number;
  level: AwardLevel;
  category_zh: string | null;
  category_en: string | null;
  subject_type: AwardSubject;
  subject_id: string;
};
