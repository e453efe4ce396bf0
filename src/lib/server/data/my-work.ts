// What waits for the signed-in person (public.my_work, supabase/migrations/20261206110000_my_work.sql):
// one request for the whole page, read with the person's own token, so row level security decides
// what each section holds. The definitions of each section live in the SQL, once.
import type { TransferStage } from '#lib/practices.ts';
import type { TranslatedText, TranslationStatus } from '#lib/translations.ts';
import type { Supabase } from '../supabase.ts';
import { unwrap } from './unwrap.ts';

type TimePrecision = 'minute' | 'day' | 'month';
type EventDays = { starts_local: string; ends_local: string; time_precision: TimePrecision };

export type TextToReview = {
	practice_slug: string;
	locale: string;
	title: string;
	organisation: string;
	submitted_at: string;
	/** Null where the reader may not see who it was (or the account is gone). */
	submitted_by: string | null;
};

export type ProposalToDecide = {
	id: string;
	organisation_slug: string;
	organisation: string;
	proposed_by: string | null;
	created_at: string;
};

export type MyText = {
	practice_slug: string;
	locale: string;
	title: string;
	state: 'submitted' | 'returned' | 'published';
	/** The approver's comment, for a returned text. */
	comment: string | null;
	changed_at: string;
};

export type MyProposal = {
	id: string;
	organisation_slug: string;
	organisation: string;
	status: 'pending' | 'accepted' | 'declined';
	created_at: string;
	decided_at: string | null;
};

export type HostedEvent = EventDays & {
	slug: string;
	title: TranslatedText;
	days_to_go: number;
	places: number;
	registered: number;
	waiting: number;
};

export type Delegation = EventDays & {
	event_slug: string;
	event_title: TranslatedText;
	days_to_go: number;
	organisation_id: string;
	organisation: string;
	places: number;
	registered: number;
	waiting: number;
	/** Registrations without an e-mail address or, for an event in person, arrival or departure. */
	missing_details: number;
};

export type OpenInvitation = {
	id: string;
	email: string;
	organisation_slug: string;
	organisation: string;
	project_slug: string | null;
	project_acronym: string | null;
	project_title: TranslatedText | null;
	created_at: string;
	expires_at: string;
};

export type FollowedTransfer = {
	id: string;
	practice_slug: string;
	publications: Array<{ locale: string; kind: TranslationStatus; title: string }>;
	organisation: string;
	stage: TransferStage;
	stage_since: string;
};

export type OutcomeToRecord = EventDays & {
	slug: string;
	title: TranslatedText;
	status: 'planned' | 'confirmed' | 'held';
};

/** An event over, with people registered, whose door list nobody has kept yet. */
export type AttendanceToRecord = EventDays & {
	slug: string;
	title: TranslatedText;
	registered: number;
};

export type MyWork = {
	review_texts: TextToReview[];
	review_proposals: ProposalToDecide[];
	my_texts: MyText[];
	my_proposals: MyProposal[];
	hosted_events: HostedEvent[];
	delegations: Delegation[];
	invitations: OpenInvitation[];
	transfers: FollowedTransfer[];
	outcomes: OutcomeToRecord[];
	attendance: AttendanceToRecord[];
};

/** Everything that waits for the person whose token the client carries. */
export async function get(supabase: Supabase): Promise<MyWork> {
	return unwrap(await supabase.rpc('my_work')) as MyWork;
}

/**
 * What needs the person's action, for the site header: texts to review, proposals to decide and
 * their own texts that were returned.
 */
export async function count(supabase: Supabase): Promise<number> {
	return unwrap(await supabase.rpc('my_work_count')) as number;
}
