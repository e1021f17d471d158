"use server";

import { cookies, headers } from "next/headers";
import { moveCartToMarket } from "../data/cart";
import { MARKET_COOKIE, isMarket, type Market } from "../market";

/**
 * Sets the visitor's market (cn: CNY, intl: USD) and moves her cart, if she has one, into that
 * market's region so its prices follow. The market cookie is read by the proxy only; it is not
 * httpOnly-sensitive but is kept httpOnly anyway since no script needs it.
 */
export async function setMarket(market: Market): Promise<{ ok: boolean }> {
  if (!isMarket(market)) return { ok: false };
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim();
  (await cookies()).set(MARKET_COOKIE, market, {
    httpOnly: true,
    sameSite: "lax",
    secure: proto === "https",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  try {
    await moveCartToMarket(market);
  } catch {
    // The cart keeps its old region; the cart page moves it on its next visit.
  }
  return { ok: true };
}
