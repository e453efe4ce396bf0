// Every reason the database gives, as its `hint`, for refusing a change (`raise exception … using
// hint = '…'` in supabase/migrations), in one list: a data function can ask only about a reason
// the database really gives, and tests/unit/refusals.test.ts fails when a migration raises one
// the list lacks.

export const REFUSALS = [
	'ambiguous_time',
	'comment_required',
	'day_outside_event',
	'event_not_over',
	'host_not_partner',
	'invitation_not_usable',
	'last_organisation_admin',
	'no_delegation',
	'not_registered',
	'original_kind',
	'own_practice',
	'registration_closed',
	'registration_deadline_passed',
	'required_sections',
	'session_outside_event',
	'sessions_ambiguous_in_zone',
	'sessions_outside_event',
	'stale',
	'transfer_date_in_future',
	'under_review'
] as const;

export type Refusal = (typeof REFUSALS)[number];

const KNOWN: ReadonlySet<string> = new Set(REFUSALS);

/**
 * The reason the database gave for refusing, when it gave one of the list (or, given `among`, one
 * of those: a data function passes on only the reasons its callers have words for).
 */
export function refusalOf<R extends Refusal = Refusal>(
	error: { hint?: string | null } | null | undefined,
	among?: readonly R[]
): R | null {
	const hint = error?.hint;
	if (!hint || !KNOWN.has(hint)) return null;
	return !among || (among as readonly string[]).includes(hint) ? (hint as R) : null;
}
