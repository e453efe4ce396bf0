// How long the portal keeps what names a person, in one place: the code that expires and purges
// records takes its figures from here, and so does the privacy notice that states them, so the two
// cannot drift apart. The purge's own intervals live in SQL (public.purge_expired,
// public.purge_idempotency_keys); tests/integration/purge.test.ts checks them against these figures.

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export const RETENTION = {
	/** A session ends after this long without use... */
	sessionIdleDays: 7,
	/** ...and this long after sign-in at the latest; the purge then removes it within the hour. */
	sessionAbsoluteDays: 30,
	/** Failed sign-ins count toward the limits for this long... */
	signInWindowMinutes: 15,
	signInMaxPerAccount: 5,
	signInMaxPerAddress: 20,
	/** ...and are deleted this long after the failure. */
	signInFailuresKeptDays: 1,
	/** A password-reset link works this long, and is deleted this long after it expired. */
	passwordResetValidHours: 1,
	passwordResetKeptDays: 1,
	/** An invitation works this long; unaccepted, it is deleted this long after it expired or was withdrawn. */
	invitationValidDays: 14,
	invitationKeptDays: 30,
	/** E-mails sent (or given up on) are deleted this long after they were queued. */
	notificationsKeptDays: 90
} as const;

export const SESSION_IDLE_MS = RETENTION.sessionIdleDays * DAY_MS;
export const SESSION_ABSOLUTE_MS = RETENTION.sessionAbsoluteDays * DAY_MS;
export const SIGN_IN_WINDOW_SECONDS = RETENTION.signInWindowMinutes * 60;
export const PASSWORD_RESET_VALID_MS = RETENTION.passwordResetValidHours * HOUR_MS;
export const INVITATION_VALID_MS = RETENTION.invitationValidDays * DAY_MS;
