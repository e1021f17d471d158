/**
 * The codes to try for what a customer typed in the promo code box: as typed (full-width letters
 * and digits from a Chinese keyboard made plain, spaces around it dropped), then in capitals, the
 * way the shop writes its codes. Promo codes are not case-sensitive for customers.
 */
export function promoCodeCandidates(typed: string): string[] {
  const code = typed.normalize("NFKC").trim();
  if (!code) return [];
  return [...new Set([code, code.toUpperCase()])];
}
