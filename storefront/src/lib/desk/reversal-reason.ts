import { MAX_REASON_LENGTH } from "@jinxiu/workshop/domain/limits";

/**
 * Why the reason typed for a reversal can't be taken: none given (empty, or only spaces: the desk
 * says so in its own words, not the browser's), or longer than the backend keeps.
 */
export function checkReversalReason(reason: string): "reason" | "reason_too_long" | null {
  const text = reason.trim();
  if (!text) return "reason";
  if ([...text].length > MAX_REASON_LENGTH) return "reason_too_long";
  return null;
}
