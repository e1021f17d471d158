"use client";

import { useEffect } from "react";
import { announceCartChanged } from "@/components/header/header-summary";

/**
 * Tells the header islands to fetch the visitor's state again, on pages reached after it changed on
 * the server (an order placed, a login or logout).
 */
export function CartChanged() {
  useEffect(() => announceCartChanged(), []);
  return null;
}
