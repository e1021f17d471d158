/**
 * The two paper sizes a slip prints on: an A4 page (the office) and an 80 mm receipt roll (the
 * workshop's receipt printer). `?layout=receipt` picks the narrow one; anything else is A4.
 */
export type SlipLayout = "a4" | "receipt";

export function slipLayoutOf(value: string | string[] | undefined): SlipLayout {
  return value === "receipt" ? "receipt" : "a4";
}

/** The fonts a slip is set in: Noto Sans CJK SC first (installed with fonts-noto-cjk), then what phones have. */
export const SLIP_FONT_STACK = `"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", system-ui, sans-serif`;

/**
 * The slip's stylesheet: its look on screen, the page size when printed, and, when printing, only
 * the slip (the site's header, tabs, links and buttons are left off the paper).
 */
export function slipStylesheet(layout: SlipLayout): string {
  const page = layout === "receipt" ? "size: 80mm 297mm; margin: 3mm;" : "size: A4; margin: 14mm;";
  return `
.slip { font-family: ${SLIP_FONT_STACK}; color: #1f1813; background: #fff; border: 1px solid var(--color-gold-200, #eddcb6); border-radius: 16px; padding: 16px; font-variant-numeric: tabular-nums; }
.slip-receipt { max-width: 80mm; margin-inline: auto; padding: 10px; font-size: 13px; border-radius: 4px; }
.slip ul, .slip dl, .slip dd, .slip h1, .slip h2, .slip p { margin: 0; padding: 0; list-style: none; }
.slip h1 { font-size: 1.25rem; font-weight: 700; }
.slip-receipt h1 { font-size: 1.05rem; text-align: center; }
.slip h2 { font-size: 1rem; font-weight: 600; display: flex; justify-content: space-between; gap: 8px; margin-top: 14px; padding-bottom: 2px; border-bottom: 1px solid #d9c9a5; }
.slip-meta { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin-top: 8px; }
.slip-meta dt, .slip-muted { color: #65574f; }
.slip-lines li, .slip-totals div, .slip-payouts li { display: flex; justify-content: space-between; align-items: baseline; gap: 10px; padding: 4px 0; }
.slip-lines li + li, .slip-payouts li + li { border-top: 1px dotted #e4d6b8; }
.slip-line-text { min-width: 0; overflow-wrap: anywhere; }
.slip-line-text small { display: block; color: #65574f; font-size: 0.85em; }
.slip-amount { white-space: nowrap; text-align: right; }
.slip-negative { color: var(--color-cinnabar-700, #8c1c26); }
.slip-totals { margin-top: 6px; }
.slip-totals .slip-strong { font-weight: 700; font-size: 1.1em; border-top: 1px solid #1f1813; margin-top: 4px; padding-top: 6px; }
.slip-failed { color: var(--color-cinnabar-700, #8c1c26); }
.slip-badge { display: inline-block; border: 1px solid currentColor; border-radius: 999px; padding: 0 6px; font-size: 0.8em; margin-inline-start: 4px; }
.slip-sign { display: none; }
@page { ${page} }
@media print {
  html, body, body * { background: #fff !important; box-shadow: none !important; }
  body header, body nav, a[href="#main"], .slip-no-print { display: none !important; }
  main { max-width: none !important; padding: 0 !important; margin: 0 !important; }
  .slip { border: 0; border-radius: 0; padding: 0; max-width: none; color: #000; }
  .slip-receipt { width: 74mm; font-size: 10pt; }
  .slip-negative, .slip-failed { color: #000; }
  .slip-sign { display: flex; gap: 16px; justify-content: space-between; margin-top: 28px; }
  .slip-sign span { flex: 1; border-top: 1px solid #000; padding-top: 4px; }
  .slip section, .slip li { break-inside: avoid; }
}
`;
}
