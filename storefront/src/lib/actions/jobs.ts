"use server";

import { getTranslations } from "next-intl/server";
import { type AppLocale, defaultLocale, isAppLocale } from "@/i18n/locales";
import { readBackendConfig } from "../backend-config";
import { localizedPath, siteUrl } from "../catalog/seo";
import { type ApplyFieldErrors, applyOutcome, statusPagePath, validateApplication } from "../jobs/apply-form";
import { BackendUnreachableError, callBackend } from "../session/backend";
import { loginForwardingHeaders } from "../session/server";
import { formValues } from "./form-state";

/** What the apply form shows after sending: errors beside fields, a message, or her status link. */
export type ApplyState =
  | { status: "idle" }
  | { status: "error"; errors?: ApplyFieldErrors; message: string; values: Record<string, string> }
  | { status: "applied"; updated: boolean; statusPath: string; statusUrl: string };

/** Opening ids are the backend's (`opn_…`); anything else is never sent. */
const OPENING_ID = /^[A-Za-z0-9_-]{1,64}$/;

function localeOf(formData: FormData): AppLocale {
  const locale = formData.get("locale");
  return isAppLocale(locale) ? locale : defaultLocale;
}

/**
 * Applies to an opening without an account (POST /store/openings/:id/applications), in the page's
 * language. Checked here first (nothing is sent on bad input); the visitor's address goes with it,
 * signed, so the backend throttles her and not everyone behind the storefront.
 */
export async function applyToOpening(_prev: ApplyState, formData: FormData): Promise<ApplyState> {
  const locale = localeOf(formData);
  const t = await getTranslations({ locale, namespace: "JobApply" });
  const values = formValues(formData, ["locale", "opening_id"]);
  const fail = (message: string, errors?: ApplyFieldErrors): ApplyState => ({ status: "error", errors, message, values });

  const openingId = formData.get("opening_id");
  if (typeof openingId !== "string" || !OPENING_ID.test(openingId)) return fail(t("message.closed"));

  const checked = validateApplication(
    {
      name: formData.get("name"),
      phone: formData.get("phone"),
      town: formData.get("town"),
      availability: formData.get("availability"),
      childcare_needs: formData.get("childcare_needs"),
      consent: formData.get("consent"),
    },
    locale,
  );
  if (!checked.ok) return fail(t("message.invalid"), checked.errors);

  let answer;
  try {
    const { publishableKey } = readBackendConfig(process.env);
    answer = await callBackend(`/store/openings/${encodeURIComponent(openingId)}/applications`, {
      body: checked.body,
      headers: { ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}), ...(await loginForwardingHeaders()) },
    });
  } catch (error) {
    if (error instanceof BackendUnreachableError) return fail(t("message.unreachable"));
    throw error;
  }

  const outcome = applyOutcome(answer);
  switch (outcome.kind) {
    case "applied": {
      const statusPath = statusPagePath(outcome.token);
      return {
        status: "applied",
        updated: outcome.updated,
        statusPath,
        statusUrl: new URL(localizedPath(locale, statusPath), siteUrl(process.env)).href,
      };
    }
    case "invalid":
      return fail(t("message.invalid"), outcome.errors);
    case "throttled":
      return fail(t("message.throttled", { minutes: outcome.minutes }));
    case "closed":
      return fail(t("message.closed"));
    default:
      return fail(t("message.failed"));
  }
}
