import "server-only";
import { cookies, headers } from "next/headers";
import { secondsUntilExpiry } from "./checkout/jwt";

/**
 * The visitor's cart and login, kept in httpOnly cookies that only the storefront's server reads:
 * the browser's scripts never see the cart id or the customer's token, and every backend call is
 * made from server code with them.
 */
export const CART_COOKIE = "_jinxiu_cart_id";
export const AUTH_COOKIE = "_jinxiu_jwt";

const CART_MAX_AGE = 60 * 60 * 24 * 30; // a month
const AUTH_MAX_AGE = 60 * 60 * 24 * 7; // a week

/**
 * Cookies are `Secure` when the page was requested over https (directly or behind a proxy that
 * says so); over plain http a Secure cookie would never come back and nobody could log in.
 */
async function isHttps(): Promise<boolean> {
  const h = await headers();
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return proto === "https";
}

async function cookieOptions(maxAge: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: await isHttps(),
    path: "/",
    maxAge,
  };
}

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value || undefined;
}

export async function setCartId(cartId: string): Promise<void> {
  (await cookies()).set(CART_COOKIE, cartId, await cookieOptions(CART_MAX_AGE));
}

export async function removeCartId(): Promise<void> {
  (await cookies()).set(CART_COOKIE, "", { ...(await cookieOptions(0)), maxAge: -1 });
}

export async function getAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(AUTH_COOKIE)?.value || undefined;
}

/** The login cookie lasts as long as the token (at most a week). */
export async function setAuthToken(token: string): Promise<void> {
  const left = secondsUntilExpiry(token, Math.floor(Date.now() / 1000));
  const maxAge = left === null ? AUTH_MAX_AGE : Math.min(left, AUTH_MAX_AGE);
  (await cookies()).set(AUTH_COOKIE, token, await cookieOptions(maxAge));
}

export async function removeAuthToken(): Promise<void> {
  (await cookies()).set(AUTH_COOKIE, "", { ...(await cookieOptions(0)), maxAge: -1 });
}

/** The Authorization header of the logged-in customer, or none for a guest. */
export async function getAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = await getAuthToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/**
 * Orders placed from this browser (newest first, a few): a guest may open the confirmation page
 * of her own orders, and nobody else's, without an account.
 */
export const ORDERS_COOKIE = "_jinxiu_orders";
const REMEMBERED_ORDERS = 5;

export async function getRememberedOrders(): Promise<string[]> {
  const value = (await cookies()).get(ORDERS_COOKIE)?.value ?? "";
  return value.split(",").filter((id) => /^order_[A-Za-z0-9]+$/.test(id));
}

export async function rememberOrder(orderId: string): Promise<void> {
  const ids = [orderId, ...(await getRememberedOrders()).filter((id) => id !== orderId)].slice(0, REMEMBERED_ORDERS);
  (await cookies()).set(ORDERS_COOKIE, ids.join(","), await cookieOptions(CART_MAX_AGE));
}
