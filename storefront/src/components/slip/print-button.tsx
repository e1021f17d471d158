"use client";

import { PrinterIcon } from "./printer-icon";

/** Opens the browser's print dialog for the slip (the page's print stylesheet hides everything else). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      data-testid="slip-print"
      className="inline-flex min-h-11 items-center gap-2 rounded-full bg-cinnabar-700 px-5 text-base font-semibold text-white hover:bg-cinnabar-800"
    >
      <PrinterIcon size={20} />
      {label}
    </button>
  );
}
