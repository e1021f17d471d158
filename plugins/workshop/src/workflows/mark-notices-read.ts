import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findReaderNoticesStep } from "./steps/find-reader-notices"
import { markNoticesReadStep } from "./steps/mark-notices-read"

export const markNoticesReadWorkflowId = "mark-notices-read"

/**
 * A reader (an artisan, a coordinator) has seen her notices: all of them, or the given ones of
 * hers. Marking twice changes nothing; returns how many were newly marked.
 */
export const markNoticesReadWorkflow = createWorkflow(
  markNoticesReadWorkflowId,
  (input: { reader_id: string; ids?: string[] }) => {
    const notificationIds = findReaderNoticesStep(input)
    const marked = markNoticesReadStep(
      transform({ input, notificationIds }, ({ input, notificationIds }) => ({ reader_id: input.reader_id, notification_ids: notificationIds }))
    )
    return new WorkflowResponse(transform({ marked }, ({ marked }) => ({ marked: marked.length })))
  }
)
