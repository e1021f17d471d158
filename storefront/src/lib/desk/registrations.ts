import type { ApplicationState } from "@jinxiu/workshop/domain/programme";

/**
 * Places booked at a training session to come: who of hers is booked, how many places are left,
 * whom she may still book, and the backend's refusals as the desk words them. Pure: shared by the
 * session page, its client panel and the desk's server actions.
 */

/** One booking as GET /coordinator/training-sessions gives it (a woman, an applicant, or an applicant hired since: both ids). */
export type DeskRegistration = {
  id: string;
  artisan_id: string | null;
  application_id: string | null;
  name: string;
  registered_at: string;
};

/** A session is booked before its day; on the day and after, its attendance is taken instead. */
export function isToCome(date: string, today: string): boolean {
  return date > today;
}

/** Still an applicant (not hired yet): booked by her application only. */
export function isApplicant(registration: Pick<DeskRegistration, "artisan_id" | "application_id">): boolean {
  return registration.artisan_id === null && registration.application_id !== null;
}

/**
 * Places left at the session as she can count them: its capacity less the bookings of hers. At a
 * session open to every workshop others may have booked too; the backend counts them and refuses
 * with the real numbers.
 */
export function placesLeft(capacity: number, booked: number): number {
  return Math.max(0, capacity - booked);
}

/** The applications she may book someone from: talked to or tried, not hired (then she is one of her women) nor set aside. */
export const BOOKABLE_APPLICATION_STATES: readonly ApplicationState[] = ["new", "contacted", "trial"];

/** Her women not booked yet, in the order given. */
export function bookableWomen<T extends { id: string }>(women: readonly T[], registrations: readonly DeskRegistration[]): T[] {
  const booked = new Set(registrations.map((r) => r.artisan_id).filter((id): id is string => id !== null));
  return women.filter((w) => !booked.has(w.id));
}

/** Applicants she may still book: a bookable state, not hired, not booked yet; in the order given. */
export function bookableApplicants<T extends { id: string; status: ApplicationState; artisan_id: string | null }>(
  applications: readonly T[],
  registrations: readonly DeskRegistration[]
): T[] {
  const booked = new Set(registrations.map((r) => r.application_id).filter((id): id is string => id !== null));
  return applications.filter((a) => BOOKABLE_APPLICATION_STATES.includes(a.status) && a.artisan_id === null && !booked.has(a.id));
}

/** Her women with those booked at the session first; otherwise in the order given. */
export function bookedFirst<T extends { id: string }>(women: readonly T[], bookedArtisanIds: ReadonlySet<string>): T[] {
  return women
    .map((woman, index) => ({ woman, index, booked: bookedArtisanIds.has(woman.id) }))
    .sort((a, b) => Number(b.booked) - Number(a.booked) || a.index - b.index)
    .map((x) => x.woman);
}

/** Why a booking didn't go through. */
export type RegistrationError =
  | { code: "session_full"; capacity: number; taken: number }
  | { code: "session_past"; date: string | null }
  | { code: "application_hired" }
  | { code: "not_found"; field: "session_id" | "artisan_ids" | "application_ids" }
  | { code: "nobody" | "signed_out" | "unavailable" | "failed" };

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function count(value: unknown): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
}

/**
 * What POST /coordinator/training-sessions/:id/registrations answered: null when she is booked
 * (201, or 200 when everyone was booked already), else the refusal.
 */
export function registrationRefusal(status: number, body: unknown): RegistrationError | null {
  if (status === 200 || status === 201) return null;
  if (status === 401) return { code: "signed_out" };
  const b = record(body);
  const params = record(b.params);
  if (status === 404) {
    const field = b.field === "artisan_ids" || b.field === "application_ids" ? b.field : "session_id";
    return { code: "not_found", field };
  }
  if (status === 400) {
    if (b.code === "session_full") {
      const capacity = count(params.capacity);
      const taken = count(params.taken);
      if (capacity !== null && taken !== null) return { code: "session_full", capacity, taken };
      return { code: "failed" };
    }
    if (b.code === "session_past") return { code: "session_past", date: typeof params.date === "string" ? params.date : null };
    if (b.code === "application_hired") return { code: "application_hired" };
  }
  return { code: "failed" };
}

export type RegistrationErrorKey =
  | "sessionFull"
  | "sessionPast"
  | "applicationHired"
  | "sessionNotFound"
  | "artisanNotFound"
  | "applicationNotFound"
  | "nobody"
  | "signIn"
  | "unavailable"
  | "failed";

/** The message key (under `DeskTraining.register.errors`) and its values for a refusal. */
export function registrationErrorMessage(error: RegistrationError): { key: RegistrationErrorKey; values: Record<string, string | number> } {
  switch (error.code) {
    case "session_full":
      return { key: "sessionFull", values: { capacity: error.capacity, taken: error.taken, left: placesLeft(error.capacity, error.taken) } };
    case "session_past":
      return { key: "sessionPast", values: {} };
    case "application_hired":
      return { key: "applicationHired", values: {} };
    case "not_found":
      return { key: error.field === "artisan_ids" ? "artisanNotFound" : error.field === "application_ids" ? "applicationNotFound" : "sessionNotFound", values: {} };
    case "nobody":
      return { key: "nobody", values: {} };
    case "signed_out":
      return { key: "signIn", values: {} };
    case "unavailable":
      return { key: "unavailable", values: {} };
    case "failed":
      return { key: "failed", values: {} };
  }
}

/** The ids a booking may name: the backend's entity ids. */
export const REGISTRATION_ID = /^[A-Za-z0-9_]{1,64}$/;

/** Distinct well-formed ids from whatever the browser sent; null when one is malformed. */
export function cleanIds(value: unknown, max: number): string[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > max) return null;
  const ids = [...new Set(value)];
  return ids.every((id): id is string => typeof id === "string" && REGISTRATION_ID.test(id)) ? (ids as string[]) : null;
}
