import { NextResponse } from "next/server";
import { cartItemCount, retrieveCart } from "@/lib/data/cart";
import { getAuthToken } from "@/lib/cookies";

// Per visitor: never cached, never prerendered.
export const dynamic = "force-dynamic";

/**
 * The header's badge data: how many pieces are in the visitor's cart and whether she is logged in.
 * Catalog pages stay cacheable because the header islands ask this route from the browser instead
 * of the page reading cookies.
 */
export async function GET() {
  const cart = await retrieveCart(undefined, "id,completed_at,items.quantity");
  const loggedIn = Boolean(await getAuthToken());
  return NextResponse.json(
    { itemCount: cartItemCount(cart), loggedIn },
    { headers: { "cache-control": "private, no-store" } },
  );
}
