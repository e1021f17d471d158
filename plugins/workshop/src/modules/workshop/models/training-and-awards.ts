/**
 * Training, skills and awards (issue 12), whose models live in ./programme: re-exported from a
 * file at this level because Medusa's module loader registers the services of the models it
 * finds in this folder's own files, not in sub-folders.
 */
export { ArtisanSkill } from "./programme/artisan-skill"
export { Award } from "./programme/award"
export { Skill } from "./programme/skill"
export { TrainingAttendanceRequest } from "./programme/attendance-request"
export { TrainingAttendance } from "./programme/training-attendance"
export { TrainingRegistration } from "./programme/training-registration"
export { TrainingSession } from "./programme/training-session"
