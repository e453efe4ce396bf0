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
	const [
		account,
		organisations,
		projects,
		invitationsSent,
		sessions,
		activity,
		proposals,
		registrations,
		preferences,
		notifications
	] = await Promise.all([
		accounts.get(supabase, user.id),
		memberships.organisationsOf(supabase, user.id),
		memberships.projectsOf(supabase, user.id),
		everyRow((from, to) =>
			supabase
				.from('invitations')
				.select(
					'id, email, organisation_id, project_id, organisation_role, project_role, created_at, accepted_at, revoked_at'
				)
				.eq('invited_by', user.id)
				.order('created_at')
				.order('id')
				.range(from, to)
		),
		// Bounded: expired sessions are purged, and the person reads no column that would order them wholly.
		supabase
			.from('sessions')
			.select('created_at, expires_at, absolute_expires_at')
			.eq('user_id', user.id)
			.then(unwrap),
		// Every sign-in is in it: years of use pass the 1,000 rows one answer holds.
		everyRow((from, to) =>
			supabase
				.from('audit_log')
				.select('at, action, subject_type, subject_id, details')
				.eq('actor_id', user.id)
				.order('at')
				.order('id')
				.range(from, to)
		),
		everyRow((from, to) =>
			supabase
				.from('organisation_proposals')
				.select(
					'organisation_id, name, kind, city, country, website, description, message, status, created_at, decided_at'
				)
				.eq('proposed_by', user.id)
				.order('created_at')
				.order('id')
				.range(from, to)
		),
		// People this person registered for events (as far as they may still see them).
		everyRow((from, to) =>
			supabase
				.from('event_registrations')
				.select(
					'event_id, organisation_id, full_name, job_title, email, arrival, departure, dietary_needs, access_needs, status, created_at'
				)
				.eq('registered_by', user.id)
				.order('created_at')
				.order('id')
				.range(from, to)
		),
		// What they chose about notifications (kinds left at their default have no row).
		supabase
			.from('notification_preferences')
			.select('kind, delivery, updated_at')
			.eq('user_id', user.id)
			.order('kind')
			.then(unwrap),
		// What the portal sent them (and has yet to), for as long as it keeps it (90 days).
		everyRow((from, to) =>
			supabase
				.from('notifications')
				.select('kind, payload, delivery, status, created_at, sent_at')
				.eq('recipient_id', user.id)
				.order('created_at')
				.order('id')
				.range(from, to)
		)
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
