import "server-only";
import type { HttpTypes } from "@medusajs/types";
import { getAuthHeaders, getAuthToken } from "../cookies";
import { getMedusaSdk } from "../medusa";

/**
 * The logged-in customer (from the token cookie), with her addresses, or null for a guest or an
 * expired login.
 */
export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  if (!(await getAuthToken())) return null;
  try {
    const { customer } = await getMedusaSdk().store.customer.retrieve(
      { fields: "id,email,first_name,last_name,phone,*addresses" },
      await getAuthHeaders(),
    );
    return customer;
  } catch {
    return null;
  }
}
