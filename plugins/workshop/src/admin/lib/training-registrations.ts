import type { ApplicationState, ArtisanStatus } from "../../domain"

/**
 * Booking places at a training session to come (GET/POST/DELETE
 * /admin/training-sessions/:id/registrations): who is booked, who can still be, and how many
 * places are left.
 */

/** One booking as GET /admin/training-sessions lists it. */
export type Registration = {
  id: string
  artisan_id: string | null
  application_id: string | null
  name: string
  registered_at: string
}

/** The applications whose women can be booked before they are hired. */
export const BOOKABLE_APPLICATION_STATES: readonly ApplicationState[] = ["new", "contacted", "trial"]

/** A session takes bookings until its day has passed in China (`today`: todayInChina()). */
export function takesBookings(date: string, today: string): boolean {
  return date >= today
}

/** Places still free (never below 0: capacity may have been lowered under the bookings). */
export function placesLeft(capacity: number, booked: number): number {
  return Math.max(0, capacity - booked)
}

/** A booking made for an applicant not (yet) hired: shown with an "applicant" tag. */
export function isApplicantBooking(r: Pick<Registration, "artisan_id" | "application_id">): boolean {
  return !!r.application_id && !r.artisan_id
}

type WomanRow = { id: string; display_name: string; workshop_id: string; status: ArtisanStatus }
type ApplicationRowLite = { id: string; name: string; workshop_id: string; status: ApplicationState; artisan_id: string | null }

/**
 * The women and applicants of `workshopId` that can still be booked: active women not booked
 * already (as herself, or by the application she was hired from), and applications still open
 * (new / contacted / trial) that are neither booked nor hired as a woman booked already, each list
 * sorted by name.
 */
export function bookableChoices<A extends WomanRow, P extends ApplicationRowLite>({
  workshopId,
  artisans,
  applications,
  registrations,
}: {
  workshopId: string
  artisans: readonly A[]
  applications: readonly P[]
  registrations: readonly Pick<Registration, "artisan_id" | "application_id">[]
}): { artisans: A[]; applications: P[] } {
  const bookedArtisans = new Set(registrations.map((r) => r.artisan_id).filter((id): id is string => !!id))
  const bookedApplications = new Set(registrations.map((r) => r.application_id).filter((id): id is string => !!id))
  // a woman hired since she was booked as an applicant holds that place already
  for (const p of applications) if (p.artisan_id && bookedApplications.has(p.id)) bookedArtisans.add(p.artisan_id)
  const byName = (a: string, b: string) => a.localeCompare(b, "zh-CN")
  const women = artisans
    .filter((a) => a.workshop_id === workshopId && a.status === "active" && !bookedArtisans.has(a.id))
    .sort((a, b) => byName(a.display_name, b.display_name))
  const applicants = applications
    .filter(
      (p) =>
        p.workshop_id === workshopId &&
        BOOKABLE_APPLICATION_STATES.includes(p.status) &&
        !bookedApplications.has(p.id) &&
        !(p.artisan_id && bookedArtisans.has(p.artisan_id))
    )
    .sort((a, b) => byName(a.name, b.name))
  return { artisans: women, applications: applicants }
}

/** The choices still bookable after the lists changed (a booking made elsewhere, another workshop). */
export function keepChosen(chosen: readonly string[], still: readonly { id: string }[]): string[] {
  const ids = new Set(still.map((s) => s.id))
  return chosen.filter((id) => ids.has(id))
}

/**
 * The body of POST …/registrations for the chosen women and applicants (each once, an empty list
 * left out), or "nobody" when none is chosen. Places are counted by the route (it refuses with
 * session_full), so a choice larger than the places left is only warned about (see overPlaces).
 */
export function readBooking(
  artisanIds: readonly string[],
  applicationIds: readonly string[]
): { ok: true; body: { artisan_ids?: string[]; application_ids?: string[] }; count: number } | { ok: false; error: "nobody" } {
  const artisan_ids = [...new Set(artisanIds)]
  const application_ids = [...new Set(applicationIds)]
  const count = artisan_ids.length + application_ids.length
  if (!count) return { ok: false, error: "nobody" }
  return {
    ok: true,
    count,
    body: {
      ...(artisan_ids.length ? { artisan_ids } : {}),
      ...(application_ids.length ? { application_ids } : {}),
    },
  }
}

/** True when `chosen` people don't fit in the places left (the route would refuse them). */
export function overPlaces(chosen: number, left: number): boolean {
  return chosen > left
}
