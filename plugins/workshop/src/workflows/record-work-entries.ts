import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RecordWorkBatchInput } from "../modules/workshop/work/record-work-batch"
import { recordWorkBatchStep } from "./steps/record-work-batch"

export const recordWorkEntriesWorkflowId = "record-work-entries"

/** A coordinator's batch of piecework: all lines or none, exactly once per Idempotency-Key. */
export const recordWorkEntriesWorkflow = createWorkflow(recordWorkEntriesWorkflowId, (input: RecordWorkBatchInput) => {
  return new WorkflowResponse(recordWorkBatchStep(input))
})
