import { Button, Copy, Prompt, Text } from "@medusajs/ui"
import type { T } from "../lib/i18n"

/**
 * A login to hand to a person (artisan or coordinator), shown once after it was set: the
 * password is kept nowhere in the admin.
 */
export function ShownOnce({
  t,
  title,
  hint,
  login,
  onDone,
}: {
  t: T
  title: string
  hint: string
  login: { label: string; identifier: string; password: string } | null
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
            <div className="flex items-center justify-between gap-x-2">
              <Text size="small" className="text-ui-fg-subtle">
                {login.label}
              </Text>
              <div className="flex items-center gap-x-1">
                <Text size="base" weight="plus" className="font-mono" data-testid="shown-once-identifier">
                  {login.identifier}
                </Text>
                <Copy content={login.identifier} />
              </div>
            </div>
            <div className="flex items-center justify-between gap-x-2">
              <Text size="small" className="text-ui-fg-subtle">
                {t("artisans.loginPassword")}
              </Text>
              <div className="flex items-center gap-x-1">
                <Text size="base" weight="plus" className="font-mono" data-testid="shown-once-password">
                  {login.password}
                </Text>
                <Copy content={login.password} />
              </div>
            </div>
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
