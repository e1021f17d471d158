import { typedWhole } from "./typed-fields"
import {
  APPLICATION_STATES,
  MAX_AWARD_YEAR,
  MAX_OPENING_PIECE_TYPES,
  MAX_OPENING_POSITIONS,
  MAX_TRAINING_CAPACITY,
  MIN_AWARD_YEAR,
  canMoveApplication,
  isCalendarDate,
  type ApplicationState,
  type AwardLevel,
  type AwardSubject,
  type OpeningPlace,
} from "../../domain"

/**
 * The programme's admin forms read into the bodies their routes take (src/api/admin/{openings,
 * training-sessions,skills,awards}/validators.ts), with the same limits (domain/limits.ts), so a
 * form never sends what the route refuses. Errors are codes; the screen words them.
 */

export type FormError =
  | "required"
  | "positions"
  | "pieceTypes"
  | "capacity"
  | "belowAttended"
  | "date"
  | "year"
  | "skillCode"
  | "village"

export type FormErrors = Record<string, FormError>
export type Read<B> = { ok: true; body: B } | { ok: false; errors: FormErrors }

/** An opening is open (listed in the shop) or closed; the route's two states. */
export const OPENING_STATUSES = ["open", "closed"] as const
export type OpeningStatus = (typeof OPENING_STATUSES)[number]

const orNull = (s: string) => (s.trim() ? s.trim() : null)


function requireAll<V extends Record<string, unknown>>(values: V, fields: (keyof V & string)[], errors: FormErrors) {
  for (const field of fields) {
    const value = values[field]
    if (typeof value !== "string" || !value.trim()) errors[field] = "required"
  }
}

const done = <B>(errors: FormErrors, body: () => B): Read<B> => (Object.keys(errors).length ? { ok: false, errors } : { ok: true, body: body() })

// ---------------------------------------------------------------------------------------------
// Openings

export type OpeningValues = {
  title_zh: string
  title_en: string
  description_zh: string
  description_en: string
  piece_type_ids: string[]
  place: OpeningPlace
  district_zh: string
  district_en: string
  town_zh: string
  town_en: string
  hours_zh: string
  hours_en: string
  positions: string
  status: OpeningStatus
}

export type OpeningBody = Omit<OpeningValues, "description_zh" | "description_en" | "town_zh" | "town_en" | "positions"> & {
  description_zh: string | null
  description_en: string | null
  town_zh: string | null
  town_en: string | null
  positions: number
}

export function readOpeningForm(v: OpeningValues): Read<OpeningBody> {
  const errors: FormErrors = {}
  requireAll(v, ["title_zh", "title_en", "district_zh", "district_en", "hours_zh", "hours_en"], errors)
  const positions = typedWhole(v.positions, 1, MAX_OPENING_POSITIONS)
  if (positions === null) errors.positions = v.positions.trim() ? "positions" : "required"
  if (new Set(v.piece_type_ids).size > MAX_OPENING_PIECE_TYPES) errors.piece_type_ids = "pieceTypes"
  return done(errors, () => ({
    title_zh: v.title_zh.trim(),
    title_en: v.title_en.trim(),
    description_zh: orNull(v.description_zh),
    description_en: orNull(v.description_en),
    piece_type_ids: [...new Set(v.piece_type_ids)],
    place: v.place,
    district_zh: v.district_zh.trim(),
    district_en: v.district_en.trim(),
    town_zh: orNull(v.town_zh),
    town_en: orNull(v.town_en),
    hours_zh: v.hours_zh.trim(),
    hours_en: v.hours_en.trim(),
    positions: positions as number,
    status: v.status,
  }))
}

// ---------------------------------------------------------------------------------------------
// Applications

/** Where an application in `from` may be moved by hand (the domain's canMoveApplication; never `hired`). */
export function movesFrom(from: ApplicationState): ApplicationState[] {
  return APPLICATION_STATES.filter((to) => to !== from && canMoveApplication(from, to))
}

// ---------------------------------------------------------------------------------------------
// Skills

export type SkillValues = { code: string; name_zh: string; name_en: string }

export function readSkillForm(v: SkillValues): Read<SkillValues> {
  const errors: FormErrors = {}
  requireAll(v, ["code", "name_zh", "name_en"], errors)
  if (!errors.code && !/^[a-z0-9_]+$/.test(v.code.trim())) errors.code = "skillCode"
  return done(errors, () => ({ code: v.code.trim(), name_zh: v.name_zh.trim(), name_en: v.name_en.trim() }))
}

// ---------------------------------------------------------------------------------------------
// Training sessions

export type SessionValues = {
  topic_zh: string
  topic_en: string
  skill_code: string
  date: string
  place_zh: string
  place_en: string
  trainer: string
  /** "" : open to every workshop's women (held in a village) */
  workshop_id: string
  village_zh: string
  village_en: string
  capacity: string
}

export type SessionBody = Omit<SessionValues, "workshop_id" | "village_zh" | "village_en" | "capacity"> & {
  workshop_id: string | null
  village_zh: string | null
  village_en: string | null
  capacity: number
}

/** A session's form; `attended` is how many women came already (the capacity can't drop below it). */
export function readSessionForm(v: SessionValues, attended = 0): Read<SessionBody> {
  const errors: FormErrors = {}
  requireAll(v, ["topic_zh", "topic_en", "skill_code", "place_zh", "place_en", "trainer"], errors)
  if (!isCalendarDate(v.date.trim())) errors.date = v.date.trim() ? "date" : "required"
  const capacity = typedWhole(v.capacity, 1, MAX_TRAINING_CAPACITY)
  if (capacity === null) errors.capacity = v.capacity.trim() ? "capacity" : "required"
  else if (capacity < attended) errors.capacity = "belowAttended"
  if (!v.workshop_id) {
    if (!v.village_zh.trim()) errors.village_zh = "village"
    if (!v.village_en.trim()) errors.village_en = "village"
  }
  return done(errors, () => ({
    topic_zh: v.topic_zh.trim(),
    topic_en: v.topic_en.trim(),
    skill_code: v.skill_code,
    date: v.date.trim(),
    place_zh: v.place_zh.trim(),
    place_en: v.place_en.trim(),
    trainer: v.trainer.trim(),
    workshop_id: v.workshop_id || null,
    village_zh: orNull(v.village_zh),
    village_en: orNull(v.village_en),
    capacity: capacity as number,
  }))
}

// ---------------------------------------------------------------------------------------------
// Awards

export type AwardValues = {
  contest_zh: string
  contest_en: string
  year: string
  level: AwardLevel
  category_zh: string
  category_en: string
  subject_type: AwardSubject
  subject_id: string
}

export type AwardBody = Omit<AwardValues, "year" | "category_zh" | "category_en"> & {
  year: number
  category_zh: string | null
  category_en: string | null
}

export function readAwardForm(v: AwardValues): Read<AwardBody> {
  const errors: FormErrors = {}
  requireAll(v, ["contest_zh", "contest_en", "subject_id"], errors)
  const year = typedWhole(v.year, MIN_AWARD_YEAR, MAX_AWARD_YEAR)
  if (year === null) errors.year = v.year.trim() ? "year" : "required"
  return done(errors, () => ({
    contest_zh: v.contest_zh.trim(),
    contest_en: v.contest_en.trim(),
    year: year as number,
    level: v.level,
    category_zh: orNull(v.category_zh),
    category_en: orNull(v.category_en),
    subject_type: v.subject_type,
    subject_id: v.subject_id,
  }))
}
