import "server-only";
import type { HttpTypes } from "@medusajs/types";
import { getMedusaSdk } from "../medusa";

export const MANUAL_PROVIDER = "pp_system_default";
export const STRIPE_PROVIDER = "pp_stripe_stripe";

/** The payment providers enabled in a region. */
export async function listPaymentProviders(regionId: string): Promise<HttpTypes.StorePaymentProvider[]> {
  const { payment_providers } = await getMedusaSdk().store.payment.listPaymentProviders({ region_id: regionId });
  return payment_providers.filter((provider) => (provider as { is_enabled?: boolean }).is_enabled !== false);
}

/**
 * Stripe's publishable key from the storefront's runtime environment (never built into the
 * client bundle: a server component passes it to the payment form). Without it, the Stripe
 * provider is not offered even when the backend has it.
 */
export function stripePublishableKey(): string | null {
  return process.env.STRIPE_PUBLISHABLE_KEY?.trim() || null;
}

/** Whether the shop can take payments with this provider. */
export function isUsableProvider(providerId: string): boolean {
  if (providerId === MANUAL_PROVIDER) return true;
  if (providerId.startsWith("pp_stripe")) return providerId === STRIPE_PROVIDER && stripePublishableKey() !== null;
  return false;
}
