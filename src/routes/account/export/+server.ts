// Download my data (GDPR art. 15 and 20): everything the portal holds about the signed-in
// person, as JSON, read through their own client so RLS decides what is theirs.
import { json } from '@sveltejs/kit';
import { audit } from '#lib/server/audit.ts';
import { requireUser } from '#lib/server/auth/guards.ts';
import * as accounts from '#lib/server/data/accounts.ts';
import * as memberships from '#lib/server/data/memberships.ts';
import { everyRow } from '#lib/server/data/every-row.ts';
import { unwrap } from '#lib/server/data/unwrap.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const supabase = event.locals.supabase;
	/** Every row of `table` that names the person in `column`, by `order` then id, past 1,000 rows. */
	const all = (table: string, columns: string, column: string, order: string) =>
		everyRow((from, to) => supabase.from(table).select(columns).eq(column, user.id).order(order).order('id').range(from, to));
	const [account, organisations, projects, invitationsSent, sessions, activity, proposals, registrations, preferences, notifications] = await Promise.all([
		accounts.get(supabase, user.id),
		memberships.organisationsOf(supabase, user.id),
		memberships.projectsOf(supabase, user.id),
		all('invitations', 'id, email, organisation_id, project_id, organisation_role, project_role, created_at, accepted_at, revoked_at', 'invited_by', 'created_at'),
		// Bounded: expired sessions are purged, and the person reads no column that would order them wholly.
		supabase.from('sessions').select('created_at, expires_at, absolute_expires_at').eq('user_id', user.id).then(unwrap),
		// Every sign-in is in it: years of use pass the 1,000 rows one answer holds.
		all('audit_log', 'at, action, subject_type, subject_id, details', 'actor_id', 'at'),
		all('organisation_proposals', 'organisation_id, name, kind, city, country, website, description, message, status, created_at, decided_at', 'proposed_by', 'created_at'),
		// People this person registered for events (as far as they may still see them).
		all('event_registrations', 'event_id, organisation_id, full_name, job_title, email, arrival, departure, dietary_needs, access_needs, status, created_at', 'registered_by', 'created_at'),
		// What they chose about notifications (kinds left at their default have no row).
		supabase.from('notification_preferences').select('kind, delivery, updated_at').eq('user_id', user.id).order('kind').then(unwrap),
		// What the portal sent them (and has yet to), for as long as it keeps it (90 days).
		all('notifications', 'kind, payload, delivery, status, created_at, sent_at', 'recipient_id', 'created_at')
	]);
	await audit('data.exported', user.id);
	const date = new Date().toISOString().slice(0, 10);
	return json(
		{
			exported_at: new Date().toISOString(),
			account,
			organisations,
			projects,
			invitations_sent: invitationsSent,
			organisation_proposals: proposals,
			event_registrations_made: registrations,
			notification_preferences: preferences,
			notifications,
			sessions,
			activity
		},
		{
			headers: {
				'content-disposition': `attachment; filename="tilts-my-data-${date}.json"`,
				'cache-control': 'private, no-store'
			}
		}
	);
};
