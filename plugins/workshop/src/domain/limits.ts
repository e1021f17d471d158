/**
 * Limits, the one place they live: the routes' validators, the desk, the admin and the seed all
 * import them, so a form never accepts what the server refuses (or the other way round).
 */

/** Pieces in one work line. */
export const MAX_QUANTITY = 10_000
/** Lines in one batch a coordinator sends. */
export const MAX_LINES = 500
/** Entries one list request returns at most. */
export const MAX_LIST_LIMIT = 500
/** Records one admin or shop list returns at most (the admin's pickers ask for every active artisan at once). */
export const MAX_ADMIN_LIST_LIMIT = 1000

/** A note on a work line, a reason for a reversal or an adjustment. */
export const MAX_NOTE_LENGTH = 500
export const MAX_REASON_LENGTH = 500
/** A payment reference (bank batch number, WeChat transfer id…). */
export const MAX_PAYMENT_REFERENCE_LENGTH = 200

/** Passwords of every login (the phone provider and the admin's forms). */
export const MIN_PASSWORD_LENGTH = 8
export const MAX_PASSWORD_LENGTH = 200

/** A woman's monthly goal, in yuan. */
export const MAX_MONTHLY_GOAL_YUAN = 100_000

/** Makers named on one product, and the weight one maker may carry. */
export const MAX_MAKERS_PER_PRODUCT = 20
export const MAX_MAKER_WEIGHT = 100
/** The makers' share of a sale, in percent. */
export const MAX_SHARE_PERCENT = 100

/** An adjustment (bonus or deduction), in yuan. */
export const MAX_ADJUSTMENT_YUAN = 100_000

/**
 * Text a request may carry, in characters (UTF-16 code units, as JavaScript counts them). Every
 * string field a route accepts has one of these as its maximum; nothing is unbounded.
 */
/** A name: a workshop's, its city or district, an artisan's display or legal name, a coordinator's, a piece type's. */
export const MAX_NAME_LENGTH = 100
/** A workshop's handle (its address in the shop). */
export const MAX_HANDLE_LENGTH = 100
/** A piece type's code. */
export const MAX_CODE_LENGTH = 64
/** A workshop's or an artisan's story, in one language. */
export const MAX_STORY_LENGTH = 4000
/** A photo's URL. */
export const MAX_URL_LENGTH = 2048
/** Search text (`q`), in the admin, the desk and the shop. */
export const MAX_SEARCH_LENGTH = 100
/** An id as Medusa makes them (`artisan_01J…`: a prefix and a ULID, 30-40 characters). */
export const MAX_ID_LENGTH = 64
/** A phone number as typed (spaces, dashes, +86 included). */
export const MAX_PHONE_LENGTH = 32
/** An e-mail address (RFC 5321's limit). */
export const MAX_EMAIL_LENGTH = 254
/** Skills of one artisan, and the length of one. */
export const MAX_SKILLS = 20
export const MAX_SKILL_LENGTH = 50
/** Workshops one coordinator coordinates. */
export const MAX_WORKSHOPS_PER_COORDINATOR = 50
/** Values of one list filter (`?workshop_id=a&workshop_id=b`). */
export const MAX_FILTER_VALUES = 100
/** How far into a list a page may start. */
export const MAX_LIST_OFFSET = 1_000_000
/** `fields` and `order` of the admin's list and detail routes. */
export const MAX_FIELDS_LENGTH = 1000

/** A piece rate (grade A or B), in yuan per piece. */
export const MAX_PIECE_RATE_YUAN = 10_000

/**
 * Request bodies, in bytes, as received (the backend answers 413 above them; the storefront's
 * route handlers stop reading at them). Medusa's own default is the same 100 KiB.
 */
export const MAX_BODY_BYTES = 100 * 1024
/**
 * A coordinator's batch: 500 lines, each with two ids and a 500-character note, is under 1 MiB
 * even with every character escaped as \uXXXX; 2 MiB leaves room and still refuses a flood.
 */
export const MAX_BATCH_BODY_BYTES = 2 * 1024 * 1024

/**
 * An Idempotency-Key header (a coordinator's batch, a payout): 8-128 letters, digits, `.`, `_`,
 * `:` or `-`, new for each write.
 */
export const IDEMPOTENCY_KEY_SHAPE = /^[A-Za-z0-9._:-]{8,128}$/

/** One payout to one woman, in yuan (what is still owed on her statement is the real cap). */
export const MAX_PAYOUT_YUAN = 1_000_000
/** One advance to one woman, in yuan: a month's large order, recovered from her next statements. */
export const MAX_ADVANCE_YUAN = 20_000
/**
 * A payout results file imported at once: its lines (a whole city's month, 12,245 women, fits in
 * one file) and its size, which is also the import request's body cap (the file travels as a JSON
 * string, quotes escaped). The lines are recorded in one transaction.
 */
export const MAX_PAYOUT_IMPORT_LINES = 20_000
export const MAX_PAYOUT_IMPORT_BYTES = 4 * 1024 * 1024

/** The write routes whose body may be larger than MAX_BODY_BYTES, and their cap. */
export const LARGE_BODY_ROUTES: { method: "POST"; path: string; bytes: number }[] = [
  { method: "POST", path: "/coordinator/work-entries", bytes: MAX_BATCH_BODY_BYTES },
  { method: "POST", path: "/admin/payout-runs/import", bytes: MAX_PAYOUT_IMPORT_BYTES },
]

/** The body cap of a route: its own when it takes large bodies, else MAX_BODY_BYTES. */
export function bodyCapOf(method: string, path: string): number {
  return LARGE_BODY_ROUTES.find((r) => r.method === method.toUpperCase() && r.path === path)?.bytes ?? MAX_BODY_BYTES
}

/** Her payout details: the account holder's name, the account (WeChat id, Alipay account, bank account number), the bank. */
export const MAX_PAYOUT_ACCOUNT_NAME_LENGTH = 100
export const MAX_PAYOUT_ACCOUNT_LENGTH = 64
export const MAX_BANK_NAME_LENGTH = 100

/**
 * Mama-post openings and applications (issue 12). Applying needs no account, so it is throttled:
 * at most APPLY_MAX_PER_PHONE applications (new or updated) from one phone in APPLY_PHONE_WINDOW_SECONDS,
 * and APPLY_MAX_PER_ADDRESS from one client address in APPLY_ADDRESS_WINDOW_SECONDS.
 */
export const APPLY_MAX_PER_PHONE = 5
export const APPLY_PHONE_WINDOW_SECONDS = 24 * 60 * 60
export const APPLY_MAX_PER_ADDRESS = 20
export const APPLY_ADDRESS_WINDOW_SECONDS = 60 * 60
/** An opening's title, and its hours or place in one language. */
export const MAX_OPENING_TITLE_LENGTH = 100
/** An opening's description in one language. */
export const MAX_OPENING_DESCRIPTION_LENGTH = 2000
/** Women one opening asks for. */
export const MAX_OPENING_POSITIONS = 1000
/** Piece types one opening names. */
export const MAX_OPENING_PIECE_TYPES = 20
/** What she writes when applying: her town or village, when she can work, her childcare needs. */
export const MAX_APPLICATION_TEXT_LENGTH = 500
/** A status link's token as given to her (base64url of 32 bytes is 43 characters). */
export const MAX_STATUS_TOKEN_LENGTH = 64

// Training and awards (issue 12)
/** The most women a training session holds (the 2023 sessions averaged about 25). */
export const MAX_TRAINING_CAPACITY = 500
/** A contest's or a category's name. */
export const MAX_CONTEST_NAME_LENGTH = 200
/** The years an award can be dated: the programme's contests began in 2021. */
export const MIN_AWARD_YEAR = 2000
export const MAX_AWARD_YEAR = 2100
