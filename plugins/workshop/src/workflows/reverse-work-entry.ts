import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import type { ReverseWorkEntryInput } from "../modules/workshop/repositories/work-batch/reverse-work-entry"
import { reverseWorkEntryStep } from "./steps/reverse-work-entry"

export const reverseWorkEntryWorkflowId = "reverse-work-entry"

/** A coordinator reverses an entry (with a reason); event `workshop.work_entry.reversed` `{ id }` after commit. */
export const reverseWorkEntryWorkflow = createWorkflow(reverseWorkEntryWorkflowId, (input: ReverseWorkEntryInput) => {
  const result = reverseWorkEntryStep(input)
  when({ result }, ({ result }) => result.status === "reversed").then(() => {
    emitEventStep({
      eventName: WorkshopEvents.WORK_ENTRY_REVERSED,
      data: transform({ result }, ({ result }) => ({ id: "work_entry_id" in result ? result.work_entry_id : null })),
    })
  })
  return new WorkflowResponse(result)
})
