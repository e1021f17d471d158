/**
 * Mama-post openings and applications (issue 12), whose models live in ./programme: re-exported
 * from a file at this level because Medusa's module loader registers the services of the models
 * it finds in this folder's own files, not in sub-folders.
 */
export { Application } from "./programme/application"
export { ApplicationNote } from "./programme/application-note"
export { ApplyAttempt } from "./programme/apply-attempt"
export { Opening } from "./programme/opening"
