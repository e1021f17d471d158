"use client";

import { useEffect } from "react";
import { announceCartChanged } from "@/components/header/header-summary";

/** Tells the header the cart changed (rendered on pages reached after the cart was used up). */
export function CartChanged() {
  useEffect(() => announceCartChanged(), []);
  return null;
}
