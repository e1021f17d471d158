const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats a Medusa v2 amount for display. Medusa amounts are MAJOR units (128 means ¥128.00), so
 * the amount is formatted as is, never divided by 100.
 */
export function formatMoney(amount: number, currencyCode: string, locale: string): string {
  const currency = currencyCode.toUpperCase();
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, formatter);
  }
  return formatter.format(amount);
}
