import { LogoutIcon } from "./icons";

/** The log-out button of the desk's and /me's headers (inside the form that signs out). */
export function LogoutButton({ label }: { label: string }) {
  return (
    <button
      type="submit"
      data-testid="logout"
      className="flex min-h-11 items-center gap-1 rounded-full px-3 text-sm text-ink-muted hover:bg-gold-100 hover:text-ink"
    >
      <LogoutIcon size={20} />
      {label}
    </button>
  );
}
