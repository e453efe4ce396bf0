// Names of an event's codes in the reader's language. An unknown code shows as itself.
import { m } from '#lib/paraglide/messages.js';

const KINDS: Record<string, () => string> = {
	kick_off: m.event_kind_kick_off,
	partner_meeting: m.event_kind_partner_meeting,
	conference: m.event_kind_conference,
	workshop: m.event_kind_workshop,
	study_visit: m.event_kind_study_visit,
	online_meeting: m.event_kind_online_meeting,
	final_conference: m.event_kind_final_conference
};

const STATUSES: Record<string, () => string> = {
	planned: m.event_status_planned,
	confirmed: m.event_status_confirmed,
	held: m.event_status_held,
	cancelled: m.event_status_cancelled
};

const SESSION_KINDS: Record<string, () => string> = {
	session: m.session_kind_session,
	plenary: m.session_kind_plenary,
	workshop: m.session_kind_workshop,
	visit: m.session_kind_visit,
	break: m.session_kind_break,
	meal: m.session_kind_meal,
	social: m.session_kind_social,
	travel: m.session_kind_travel
};

export const eventKindName = (kind: string): string => KINDS[kind]?.() ?? kind;
export const eventStatusName = (status: string): string => STATUSES[status]?.() ?? status;
export const sessionKindName = (kind: string): string => SESSION_KINDS[kind]?.() ?? kind;
