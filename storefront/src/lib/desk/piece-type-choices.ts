/**
 * The piece types a line of the desk's form offers, and how each is named. A coordinator may run
 * two workshops that both pay for 扇面刺绣, each at its own rate: before she has chosen a woman
 * the list holds both, so each names its workshop; once the line has a woman, only her
 * workshop's are offered (the backend refuses another workshop's piece type for her).
 */
import type { CoordinatorArtisan, PieceRate, PieceType, WorkshopRef } from "@jinxiu/workshop/domain/http";
import { rateOn } from "@jinxiu/workshop/domain/rates";
import type { AppLocale } from "@/i18n/locales";

export type PieceTypeChoice = {
  pieceType: PieceType;
  /** the piece type's name in her language */
  name: string;
  /** its workshop's name in her language when the choices come from more than one workshop, else null */
  workshop: string | null;
  /** the rate in force on the work date, or null when none is yet */
  rate: PieceRate | null;
};

/** The choices for a line: her workshop's piece types once `artisan` is known, else every one of `pieceTypes`. */
export function pieceTypeChoices(
  pieceTypes: readonly PieceType[],
  {
    artisan,
    workshops,
    workDate,
    locale,
  }: {
    artisan?: Pick<CoordinatorArtisan, "workshop_id"> | null;
    /** the coordinator's workshops (their names) */
    workshops: readonly WorkshopRef[];
    workDate: string;
    locale: AppLocale;
  }
): PieceTypeChoice[] {
  const offered = artisan ? pieceTypes.filter((p) => p.workshop_id === artisan.workshop_id) : [...pieceTypes];
  const manyWorkshops = new Set(offered.map((p) => p.workshop_id)).size > 1;
  const workshopNames = new Map(workshops.map((w) => [w.id, locale === "en" ? w.name_en : w.name_zh]));
  return offered.map((pieceType) => ({
    pieceType,
    name: locale === "en" ? pieceType.name_en : pieceType.name_zh,
    workshop: manyWorkshops ? workshopNames.get(pieceType.workshop_id) || null : null,
    rate: rateOn(pieceType.rates, workDate),
  }));
}

/**
 * The piece type a line keeps when its woman changes: the one it had if it is of her workshop (or
 * she or it isn't known), else none, so she chooses again among her workshop's.
 */
export function pieceTypeKeptFor(
  pieceTypeId: string,
  artisan: Pick<CoordinatorArtisan, "workshop_id"> | null | undefined,
  pieceTypeById: ReadonlyMap<string, Pick<PieceType, "workshop_id">>
): string {
  const pieceType = pieceTypeById.get(pieceTypeId);
  if (!artisan || !pieceType) return pieceTypeId;
  return pieceType.workshop_id === artisan.workshop_id ? pieceTypeId : "";
}
