// @ts-check
// The payloads the pages receive from the API and the hubs, as JSDoc types (the server's records, camel-cased).
// Nothing runs here: a page names a type with /** @type {import('../shared/types.js').WallboardSnapshot} */.

/**
 * GET /api/softphone/config (SoftphoneApi.SoftphoneConfig).
 * @typedef {object} SoftphoneConfig
 * @property {'twilio' | 'simulator'} device
 * @property {string | null} simulatorUrl
 * @property {string | null} counselorId null for staff who are not a linked counselor
 * @property {boolean} readOnly
 * @property {string | null} userName
 * @property {string[]} languages
 * @property {string[]} breakReasons
 * @property {{ residencyStatuses: Code[], topics: Code[] }} codes
 */

/** @typedef {{ code: string, name: string }} Code */

/**
 * GET /api/counselor/state and the softphone hub's `state` push (SoftphoneState).
 * @typedef {object} SoftphoneState
 * @property {string} counselorId
 * @property {'offline' | 'available' | 'reserved' | 'oncall' | 'wrapup' | 'break' | 'missed'} presence
 * @property {string | null} breakReason
 * @property {string | null} since
 * @property {string | null} wrapUpDeadline
 * @property {string | null} wrapUpCallSid
 * @property {SoftphoneCall | null} call
 * @property {string} serverTime
 */

/**
 * The call ringing or connected at the counselor, with the screen pop (SoftphoneCall).
 * @typedef {object} SoftphoneCall
 * @property {string} callSid
 * @property {'ringing' | 'connected'} phase
 * @property {string | null} reservationId
 * @property {string | null} language
 * @property {string | null} arrivedAt
 * @property {string | null} connectedAt
 * @property {string[]} menuPath
 * @property {string | null} topic
 * @property {string[]} tags
 * @property {number | null} repeatCalls null while the call's record is not written yet
 * @property {SoftphoneCallback | null} [callback] a callback the caller asked for on hold
 * @property {SoftphoneOutbound | null} [outbound] a call the counselor placed
 * @property {{ institutionId: string | null, nameKo: string | null, nameEn: string | null } | null} [interpretation] an institution line call
 */

/**
 * A callback's screen pop (SoftphoneCallback): the dialled number's last four digits, the original call, when the caller
 * asked, and which dial this is of how many.
 * @typedef {object} SoftphoneCallback
 * @property {string} numberEnding
 * @property {string} originalCallSid
 * @property {string} requestedAt
 * @property {number} attempt
 * @property {number} maxAttempts
 */

/**
 * A call the counselor placed (SoftphoneOutbound): the number's last four digits, and the follow-up task it returns.
 * @typedef {object} SoftphoneOutbound
 * @property {string} numberEnding
 * @property {string | null} followUpId
 */

/**
 * GET /api/wallboard and the wallboard hub's `wallboard` push (WallboardSnapshot).
 * @typedef {object} WallboardSnapshot
 * @property {string} at
 * @property {string} day
 * @property {WallboardThresholds} thresholds
 * @property {WallboardRow[]} languages
 * @property {string | null} interval the half hour (HH:mm) the plan columns are for; null before a plan is saved
 */

/**
 * @typedef {object} WallboardRow
 * @property {string} language
 * @property {number} waiting
 * @property {number} longestWaitSeconds
 * @property {number} expectedWaitSeconds
 * @property {number} available
 * @property {number} ringing
 * @property {number} onCall
 * @property {number} wrapUp
 * @property {number} break
 * @property {number} missed
 * @property {number} offline
 * @property {number} answeredToday
 * @property {number} abandonedToday
 * @property {number | null} abandonedPct
 * @property {number | null} serviceLevelPct null before a queued call today
 * @property {number} callbacksWaiting callbacks in line, at their callers' places
 * @property {number} callbacksScheduled callbacks held out of line (a retry, the next opening)
 * @property {number | null} required counselors the half hour now requires; null before a plan is saved
 * @property {number | null} planned counselors planned for the half hour now
 * @property {number} signedIn the language's counselors not offline
 * @property {number | null} staffingGap the largest shortfall of the hour ahead
 */

/** @typedef {{ warn: number, alert: number }} ThresholdBand */

/**
 * @typedef {object} WallboardThresholds
 * @property {number} serviceLevelSeconds
 * @property {ThresholdBand} waiting
 * @property {ThresholdBand} longestWaitSeconds
 * @property {ThresholdBand} expectedWaitSeconds
 * @property {ThresholdBand} serviceLevelPct
 * @property {ThresholdBand} abandonedPct
 * @property {Record<string, Record<string, ThresholdBand | null>> | null} [languages] a language's own bands
 */

/**
 * GET /api/staffing/counselors and the staffing hub's `counselors` push (CounselorView).
 * @typedef {object} Counselor
 * @property {string} id
 * @property {string} displayName
 * @property {string | null} userId
 * @property {Record<string, number>} skills language code to level 1-5
 * @property {string[]} teams
 * @property {number | null} wrapUpSeconds
 * @property {string} state
 * @property {string | null} breakReason
 * @property {number} noAnswersInARow
 */

/**
 * GET /api/monitoring/sessions (MonitorSessionView): a supervisor in a live call; `mine` for the signed-in one's own.
 * @typedef {object} MonitorSession
 * @property {string} id
 * @property {string} supervisor
 * @property {string} counselorId
 * @property {string} callSid
 * @property {'listen' | 'whisper' | 'barge'} mode
 * @property {string[]} modes every mode used so far
 * @property {'ringing' | 'connected'} state ringing until this browser answered
 * @property {string | null} leg the supervisor's own call
 * @property {string} startedAt
 * @property {string | null} connectedAt
 * @property {boolean} mine
 */

/**
 * GET /api/ivr/languages (LanguageLine).
 * @typedef {object} Language
 * @property {string} code
 * @property {string} nativeName
 * @property {number} menuNumber
 * @property {string | null} sayLanguage
 * @property {string | null} sayVoice
 * @property {boolean} enabled
 * @property {{ day: number, open: string, close: string }[]} schedule
 */

/**
 * GET /api/ivr/waiting (WaitingPolicyApi.WaitingPolicyView): durations as the server writes a TimeSpan ("00:03:00").
 * @typedef {object} WaitingPolicy
 * @property {string} language
 * @property {string | null} callbackOfferAbove hold key 2 offered above this expected wait ("00:00:00": always); null: never
 * @property {string | null} maxWait null: no maximum wait
 * @property {'callback' | 'message' | 'language'} maxWaitOutcome
 * @property {string | null} overflowLanguage for the outcome language
 * @property {boolean} saved false while the server's configured defaults apply
 * @property {string | null} changedAt
 * @property {string | null} changedBy
 */

/**
 * GET /api/ivr/holidays (HolidayView): the languages kept open that day with their HH:mm hours (to exclusive).
 * @typedef {{ date: string, name: string, openLanguages: Record<string, { from: string, to: string }[]> }} Holiday
 */

/**
 * GET /api/ivr/now (HearNowApi.HearNow).
 * @typedef {object} HearNow
 * @property {string} at
 * @property {string} localTime
 * @property {number} menuVersion
 * @property {boolean} closed
 * @property {string | null} closureMessage
 * @property {string | null} holiday today's holiday name
 * @property {Record<string, string>} closureMessages the closure message by language
 * @property {number} rememberedLanguageDays days a caller's language is remembered; 0 when off
 * @property {{ code: string, nativeName: string, menuNumber: number, open: boolean, nextOpening: string | null, step: string, twiml: string, rememberedOffer: string | null }[]} languages
 *   rememberedOffer: the TwiML a caller who chose the language lately hears first; null when off
 */

/**
 * GET/PUT /api/ivr/remembered-language (RememberedLanguageApi.RememberedLanguageView).
 * @typedef {object} RememberedLanguage
 * @property {number} days 0 when off
 * @property {boolean} enabled
 * @property {string | null} changedAt
 * @property {string | null} changedBy
 */

/**
 * GET /api/audit (AuditApi.AuditPage).
 * @typedef {object} AuditPage
 * @property {AuditEntry[]} entries
 * @property {number | null} next the id to ask for older entries with, null at the end
 */

/** @typedef {{ id: number, at: string, actor: string, action: string, subject: string, details: string | null }} AuditEntry */

/**
 * GET /api/recordings (RecordingView): a recorded call, played through the server by its call and recording sid.
 * @typedef {{ callSid: string, recordingSid: string, language: string, tags: string[], seconds: number, recordedAt: string, expiresAt: string }} RecordingView
 */

/**
 * GET /api/counselor/followups and /api/followups (FollowUpView): a message a caller left, without their number.
 * @typedef {object} FollowUpTask
 * @property {string} id
 * @property {'message' | 'callback'} kind
 * @property {string} language
 * @property {string} createdAt
 * @property {boolean} hasRecording
 * @property {boolean} hasNumber the caller's number is known (not withheld): the task can be called back
 * @property {number} recordingSeconds
 * @property {'open' | 'claimed' | 'done'} state
 * @property {string | null} claimedBy
 * @property {string | null} claimedAt
 */

/**
 * GET /api/lawyers/sessions (SessionBoardDay): a day's lawyer sessions (the day in Seoul), never the caller's number.
 * @typedef {{ day: string, sessions: SessionBoardRow[] }} SessionBoardDay
 */

/**
 * One session (SessionBoardRow). interpreter: the counselor rung, else the one held (interpreterHeld).
 * @typedef {object} SessionBoardRow
 * @property {string} id
 * @property {string} startsAt
 * @property {string} endsAt
 * @property {'booked' | 'running' | 'completed' | 'interrupted' | 'no-show-lawyer' | 'no-show-caller' | 'no-interpreter' | 'missed'} state
 * @property {string} language
 * @property {string} topic
 * @property {string} lawyer
 * @property {boolean} needsInterpreter
 * @property {string | null} interpreterId
 * @property {string | null} interpreter
 * @property {boolean} interpreterHeld
 * @property {boolean} interpreterJoined
 * @property {boolean} lawyerJoined
 * @property {boolean} callerJoined
 * @property {number} lawyerAttempts
 * @property {number} callerAttempts
 * @property {string | null} retryAt
 * @property {string | null} sessionStartedAt
 * @property {string | null} sessionEndedAt
 */

export {};
