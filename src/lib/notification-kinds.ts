// What each kind of notification is called, and when it comes, in the visitor's language: the
// account page's choices and the admin's mail page both name kinds so. The kinds themselves, their
// defaults and whether a digest makes sense for them live in public.notification_kinds.
import { m } from '#lib/paraglide/messages.js';

export const DELIVERIES = ['immediate', 'digest', 'off'] as const;
export type Delivery = (typeof DELIVERIES)[number];

type Text = () => string;

const KINDS: Record<string, { name: Text; when: Text }> = {
	practice_submitted: {
		name: m.preferences_kind_practice_submitted,
		when: m.preferences_kind_practice_submitted_when
	},
	practice_returned: {
		name: m.preferences_kind_practice_returned,
		when: m.preferences_kind_practice_returned_when
	},
	practice_published: {
		name: m.preferences_kind_practice_published,
		when: m.preferences_kind_practice_published_when
	},
	proposal_submitted: {
		name: m.preferences_kind_proposal_submitted,
		when: m.preferences_kind_proposal_submitted_when
	},
	proposal_decided: {
		name: m.preferences_kind_proposal_decided,
		when: m.preferences_kind_proposal_decided_when
	},
	registration_changed: {
		name: m.preferences_kind_registration_changed,
		when: m.preferences_kind_registration_changed_when
	},
	waitlist_place: {
		name: m.preferences_kind_waitlist_place,
		when: m.preferences_kind_waitlist_place_when
	},
	places_lowered: {
		name: m.preferences_kind_places_lowered,
		when: m.preferences_kind_places_lowered_when
	},
	event_changed: {
		name: m.preferences_kind_event_changed,
		when: m.preferences_kind_event_changed_when
	},
	event_created: {
		name: m.preferences_kind_event_created,
		when: m.preferences_kind_event_created_when
	},
	calendar_invitation: {
		name: m.preferences_kind_calendar_invitation,
		when: m.preferences_kind_calendar_invitation_when
	},
	registration_deadline: {
		name: m.preferences_kind_registration_deadline,
		when: m.preferences_kind_registration_deadline_when
	},
	event_reminder: {
		name: m.preferences_kind_event_reminder,
		when: m.preferences_kind_event_reminder_when
	},
	transfer_stage: {
		name: m.preferences_kind_transfer_stage,
		when: m.preferences_kind_transfer_stage_when
	},
	invitation_accepted: {
		name: m.preferences_kind_invitation_accepted,
		when: m.preferences_kind_invitation_accepted_when
	},
	role_changed: {
		name: m.preferences_kind_role_changed,
		when: m.preferences_kind_role_changed_when
	},
	coming_up: { name: m.preferences_kind_coming_up, when: m.preferences_kind_coming_up_when }
};

/** A kind's name; a kind this build has no name for yet is shown by its code. */
export function notificationKindName(kind: string): string {
	return KINDS[kind]?.name() ?? kind;
}

/** One line saying when a kind of notification comes. */
export function notificationKindWhen(kind: string): string {
	return KINDS[kind]?.when() ?? '';
}

/** The choices a kind offers: no digest where one makes no sense (a calendar invitation). */
export function deliveriesFor(kind: { digestible: boolean }): Delivery[] {
	return kind.digestible ? [...DELIVERIES] : ['immediate', 'off'];
}

/** A choice as the account page words it: the opt-in weekly e-mail is simply on or off. */
export function deliveryLabel(kind: string, delivery: Delivery): string {
	if (delivery === 'off') return m.preferences_off();
	if (delivery === 'digest') return m.preferences_digest();
	return kind === 'coming_up' ? m.preferences_on() : m.preferences_immediate();
}
