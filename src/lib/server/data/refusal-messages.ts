// What a person reads when the database refuses a change: one message for each code of
// refusals.ts, so that every page says the same thing for the same reason.

import { m } from '#lib/paraglide/messages.js';
import type { Refusal } from './refusals.ts';

/** The words some messages name, for the codes whose message names them. */
type Named = {
	event_not_over: { zone: string };
	last_organisation_admin: { organisation: string };
	under_review: { approvers: string };
};

type Words<R extends Refusal> = R extends keyof Named ? [Named[R]] : [];

const MESSAGES: { [R in Refusal]: (...words: Words<R>) => string } = {
	ambiguous_time: () => m.form_date_time(),
	comment_required: () => m.practice_return_comment_required(),
	day_outside_event: () => m.attendance_day_outside(),
	event_not_over: ({ zone }) => m.event_held_before_end({ zone }),
	// The forms offer partners only; a host that is none came from a changed form.
	host_not_partner: () => m.form_choose(),
	invitation_not_usable: () => m.invitation_not_open(),
	last_organisation_admin: ({ organisation }) => m.member_last_admin({ organisation }),
	no_delegation: () => m.registration_no_delegation(),
	not_registered: () => m.attendance_not_registered(),
	// The forms never change which text is the original; a request that tries came from elsewhere.
	original_kind: () => m.form_invalid(),
	own_practice: () => m.transfer_own_practice(),
	registration_closed: () => m.registration_closed(),
	registration_deadline_passed: () => m.event_deadline_passed(),
	required_sections: () => m.practice_text_blocked(),
	// Said to an editor of the agenda. The door list says it in its own words
	// (m.attendance_session_outside: nothing was saved, choose one from the list).
	session_outside_event: () => m.session_outside_event(),
	sessions_ambiguous_in_zone: () => m.event_sessions_outside(),
	sessions_outside_event: () => m.event_sessions_outside(),
	stale: () => m.practice_text_conflict(),
	transfer_date_in_future: () => m.transfer_date_in_future(),
	under_review: ({ approvers }) => m.practice_review_editor_notice({ approvers })
};

/** The message for a refusal of the database, with the words it names where it names some. */
export function refusalMessage<R extends Refusal>(code: R, ...words: Words<R>): string {
	return (MESSAGES[code] as (...words: Words<R>) => string)(...words);
}
