import { Button, Copy, Prompt, Text } from "@medusajs/ui"
import type { T } from "../lib/i18n"

/** One part of the login, with a button that copies it. */
function Secret({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="flex items-center justify-between gap-x-2">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <div className="flex items-center gap-x-1">
        <Text size="base" weight="plus" className="font-mono" data-testid={testId}>
          {value}
        </Text>
        <Copy content={value} />
      </div>
    </div>
  )
}

/** A login as it was set: what she logs in with (phone or e-mail) and the password. */
export type HandedLogin = { identifier: string; password: string }

/**
 * A login to hand to a person (artisan or coordinator), shown once after it was set: the
 * password is kept nowhere in the admin.
 */
export function ShownOnce({
  t,
  title,
  hint,
  label,
  login,
  onDone,
}: {
  t: T
  title: string
  hint: string
  /** what the identifier is (login phone, e-mail) */
  label: string
  login: HandedLogin | null
  onDone: () => void
}) {
  return (
    <Prompt open={!!login} onOpenChange={(open) => (!open ? onDone() : undefined)} variant="confirmation">
      <Prompt.Content data-testid="shown-once">
        <Prompt.Header>
          <Prompt.Title>{title}</Prompt.Title>
          <Prompt.Description>{hint}</Prompt.Description>
        </Prompt.Header>
        {login ? (
          <div className="flex flex-col gap-y-3 px-6 pb-4 pt-4">
            <Secret label={label} value={login.identifier} testId="shown-once-identifier" />
            <Secret label={t("artisans.loginPassword")} value={login.password} testId="shown-once-password" />
          </div>
        ) : null}
        <Prompt.Footer>
          <Button size="small" onClick={onDone} data-testid="shown-once-done">
            {t("artisans.done")}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
