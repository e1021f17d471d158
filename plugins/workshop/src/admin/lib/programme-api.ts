import { useQuery } from "@tanstack/react-query"
import type {
  ApplicationState,
  AwardLevel,
  AwardSubject,
  MamaPostFeature,
  OpeningPlace,
  PayRange,
  PieceType,
  TrainingSessionFields,
  Workshop,
} from "../../domain"
import type { ApplicationRow } from "../../modules/workshop/reports/applications"
import { keys } from "./api"
import type { OpeningStatus } from "./programme-forms"
import { sdk } from "./sdk"
import type { Registration } from "./training-registrations"

/**
 * What the programme's admin routes answer (issue 12): src/api/admin/{openings,applications,
 * skills,training-sessions,awards}. Dates arrive as ISO strings.
 */

/** A workshop as GET /admin/workshops answers it, with its mama-post features. */
export type ProgrammeWorkshop = Workshop & { mama_post_features?: MamaPostFeature[] | null }

/** A piece type with the skill (a skill's code) a woman needs for a line of it. */
export type SkilledPieceType = PieceType & { required_skill?: string | null }

/** GET /admin/openings: an opening with the pay its ledger shows (null: hidden). */
export type Opening = {
  id: string
  workshop_id: string
  title_zh: string
  title_en: string
  description_zh: string | null
  description_en: string | null
  piece_type_ids: string[] | null
  place: OpeningPlace
  district_zh: string
  district_en: string
  town_zh: string | null
  town_en: string | null
  hours_zh: string
  hours_en: string
  positions: number
  status: OpeningStatus
  created_at: string
  pay: PayRange | null
}

/** GET /admin/applications: an application with its opening's title and its history (oldest first). */
export type Application = Omit<ApplicationRow, "status" | "created_at" | "updated_at"> & {
  status: ApplicationState
  created_at: string
  updated_at: string
}

/** POST /admin/applications/:id/hire (201): her artisan record and the password shown once. */
export type HireResult = {
  application_id: string
  artisan: { id: string; display_name: string; phone: string; workshop_id: string }
  password: string
}

export type Skill = { id: string; code: string; name_zh: string; name_en: string }

export type TrainingSession = TrainingSessionFields & {
  id: string
  /** how many women attended (recorded on the coordinators' desk) */
  attended: number
  artisan_ids: string[]
  /** the places booked at it (every workshop's), oldest first */
  registrations: Registration[]
}

export type Award = {
  id: string
  contest_zh: string
  contest_en: string
  year: number
  level: AwardLevel
  category_zh: string | null
  category_en: string | null
  subject_type: AwardSubject
  subject_id: string
  created_at: string
}

export const programmeKeys = {
  openings: ["jinxiu", "openings"] as const,
  applications: ["jinxiu", "applications"] as const,
  skills: ["jinxiu", "skills"] as const,
  trainingSessions: ["jinxiu", "training-sessions"] as const,
  awards: ["jinxiu", "awards"] as const,
}

/** Every skill, by code (the programme teaches a handful). */
export function useSkills() {
  return useQuery({
    queryKey: programmeKeys.skills,
    queryFn: () => sdk.client.fetch<{ skills: Skill[]; count: number }>("/admin/skills", { query: { limit: 1000 } }),
  })
}

/** Every workshop's piece types (names for openings; a workshop has a few dozen at most). */
export function useAllPieceTypes() {
  return useQuery({
    queryKey: [...keys.pieceTypes, "all"],
    queryFn: () =>
      sdk.client.fetch<{ piece_types: SkilledPieceType[] }>("/admin/piece-types", { query: { limit: 1000, order: "code" } }),
  })
}
