import "server-only";
import type { HttpTypes } from "@medusajs/types";
import { redirect } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { retrieveCustomer } from "@/lib/data/customer";

/** The logged-in customer; a guest (or an expired login) is sent to the login page, then back. */
export async function requireCustomer(locale: AppLocale, back: string): Promise<HttpTypes.StoreCustomer> {
  const customer = await retrieveCustomer();
  if (!customer) redirect({ href: `/account/login?next=${encodeURIComponent(back)}`, locale });
  return customer!;
}
