import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WorkshopEvents } from "../lib/events"
import type { RecordWorkBatchInput } from "../modules/workshop/repositories/work-batch/record-work-batch"
import { recordWorkBatchStep } from "./steps/record-work-batch"

export const recordWorkEntriesWorkflowId = "record-work-entries"

/**
 * A coordinator's batch of piecework: all lines or none, exactly once per Idempotency-Key.
 *
 * Hooks: `validate` runs before anything is written, with the batch (another plugin may refuse
 * it by throwing, e.g. a MedusaError of type INVALID_DATA, and nothing is recorded); `recorded`
 * runs after, with the batch and the result (`status` says created, replayed or refused).
 * Event: `workshop.work_batch.recorded` `{ id }` once the batch is committed, never for a replay.
 */
export const recordWorkEntriesWorkflow = createWorkflow(recordWorkEntriesWorkflowId, (input: RecordWorkBatchInput) => {
  const validate = createHook("validate", { input })
  const result = recordWorkBatchStep(input)
  when({ result }, ({ result }) => result.status === "created").then(() => {
    emitEventStep({
      eventName: WorkshopEvents.WORK_BATCH_RECORDED,
      data: transform({ result }, ({ result }) => ({ id: result.status === "created" ? result.response.batch_id : null })),
    })
  })
  const recorded = createHook("recorded", { input, result })
  return new WorkflowResponse(result, { hooks: [validate, recorded] })
})
