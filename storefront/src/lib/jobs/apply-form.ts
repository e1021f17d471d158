import { MAX_APPLICATION_TEXT_LENGTH, MAX_NAME_LENGTH, MAX_PHONE_LENGTH } from "@jinxiu/workshop/domain/limits";
import { applicationStatusPath } from "@jinxiu/workshop/domain/programme";
import { mainlandMobileDigits } from "@jinxiu/workshop/domain/mobile";
import { throttledMinutes } from "../session/login-throttle";
import type { ApplyResponse } from "./types";

/**
 * The apply form's rules (no account: name, mainland mobile, town or village, when she can work,
 * childcare needs, consent to be contacted), checked on the server before anything is sent, and
 * the backend's answers turned into what the form shows. Errors are codes per field; the form
 * says them in the page's language (JobApply.errors.*).
 */

export const APPLY_FIELDS = ["name", "phone", "town", "availability", "childcare_needs", "consent"] as const;
export type ApplyField = (typeof APPLY_FIELDS)[number];
export type ApplyErrorCode = "required" | "too_long" | "invalid_mobile" | "consent_required" | "invalid";
export type ApplyFieldErrors = Partial<Record<ApplyField, ApplyErrorCode>>;

/** The body of POST /store/openings/:id/applications. */
export type ApplyBody = {
  name: string;
  phone: string;
  town: string;
  availability: string;
  childcare_needs: string | null;
  consent: true;
  locale: "zh-CN" | "en";
};

type FormInput = Partial<Record<Exclude<ApplyField, "consent">, unknown>> & { consent?: unknown };

const textOf = (value: unknown) => (typeof value === "string" ? value.normalize("NFC").trim() : "");

/** A checkbox that was ticked ("on" from a plain form, or the value we gave it). */
function ticked(value: unknown): boolean {
  return value === true || value === "on" || value === "yes" || value === "1" || value === "true";
}

/** Checks what she typed; on success the body to send (her mobile as 11 digits). */
export function validateApplication(
  input: FormInput,
  locale: "zh-CN" | "en",
): { ok: true; body: ApplyBody } | { ok: false; errors: ApplyFieldErrors } {
  const errors: ApplyFieldErrors = {};
  const name = textOf(input.name);
  const phoneRaw = textOf(input.phone);
  const town = textOf(input.town);
  const availability = textOf(input.availability);
  const childcare = textOf(input.childcare_needs);

  if (!name) errors.name = "required";
  else if (name.length > MAX_NAME_LENGTH) errors.name = "too_long";

  let phone: string | null = null;
  if (!phoneRaw) errors.phone = "required";
  else if (phoneRaw.length > MAX_PHONE_LENGTH) errors.phone = "invalid_mobile";
  else {
    // Full-width digits and spaces from a Chinese input method count as ordinary ones.
    phone = mainlandMobileDigits(phoneRaw);
    if (!phone) errors.phone = "invalid_mobile";
  }

  for (const [field, value] of [["town", town], ["availability", availability]] as const) {
    if (!value) errors[field] = "required";
    else if (value.length > MAX_APPLICATION_TEXT_LENGTH) errors[field] = "too_long";
  }
  if (childcare.length > MAX_APPLICATION_TEXT_LENGTH) errors.childcare_needs = "too_long";
  if (!ticked(input.consent)) errors.consent = "consent_required";

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    body: { name, phone: phone!, town, availability, childcare_needs: childcare || null, consent: true, locale },
  };
}

/**
 * The fields a backend 400 names. Its message is "Invalid request: phone: …", "Field 'name' is
 * required", "Unrecognized fields: 'x'", several joined by "; ". Each known field named gets a
 * code from the words beside it; a refusal that names none of her fields gives none.
 */
export function fieldErrorsFromMessage(message: unknown): ApplyFieldErrors {
  if (typeof message !== "string") return {};
  const errors: ApplyFieldErrors = {};
  for (const part of message.split(/;\s*/)) {
    for (const field of APPLY_FIELDS) {
      if (errors[field] || !new RegExp(`(^|[^a-z_])${field}([^a-z_]|$)`).test(part)) continue;
      errors[field] =
        field === "consent"
          ? "consent_required"
          : /最多|at most|too long/i.test(part)
            ? "too_long"
            : field === "phone" && /手机号|mobile/i.test(part)
              ? "invalid_mobile"
              : /不能为空|must not be empty|required/i.test(part)
                ? "required"
                : "invalid";
    }
  }
  return errors;
}

/** A status link's token as the backend makes it: base64url, 16 to 64 characters. */
export function isStatusToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{16,64}$/.test(value);
}

/**
 * Her status page's path in the shop, without the locale: the domain's, the same the
 * confirmation text message links to.
 */
export function statusPagePath(token: string): string {
  return applicationStatusPath(token);
}

/** What applying came to, for the form. */
export type ApplyOutcome =
  | { kind: "applied"; token: string; updated: boolean }
  | { kind: "invalid"; errors: ApplyFieldErrors }
  | { kind: "throttled"; minutes: number }
  | { kind: "closed" }
  | { kind: "failed" };

/**
 * The backend's answer to an application: 201 new, 200 her earlier application to this opening
 * updated (a new status link replaces the old one), 400 naming fields, 404 the opening is closed
 * or gone, 429 too many applications (with the minutes to wait).
 */
export function applyOutcome(answer: { status: number; body: unknown; headers?: Pick<Headers, "get"> | null }): ApplyOutcome {
  const body = (answer.body && typeof answer.body === "object" ? answer.body : {}) as Partial<ApplyResponse> & { message?: unknown };
  if (answer.status === 201 || answer.status === 200) {
    return isStatusToken(body.status_token) ? { kind: "applied", token: body.status_token, updated: answer.status === 200 } : { kind: "failed" };
  }
  if (answer.status === 429) return { kind: "throttled", minutes: throttledMinutes(answer) ?? 1 };
  if (answer.status === 404) return { kind: "closed" };
  if (answer.status === 400) {
    const errors = fieldErrorsFromMessage(body.message);
    return Object.keys(errors).length ? { kind: "invalid", errors } : { kind: "failed" };
  }
  return { kind: "failed" };
}
