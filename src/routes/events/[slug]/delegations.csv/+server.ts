import { m } from '#lib/paraglide/messages.js';
import { requireEvent } from '#lib/server/auth/guards.ts';
import { csvResponse } from '#lib/server/csv.ts';
import * as events from '#lib/server/data/events.ts';
import { registeredName } from '#lib/registered-name.ts';
import type { RequestHandler } from './$types';

/** The full delegation list, for the host: every registration with its organisation. */
export const GET: RequestHandler = async (event) => {
	const found = await requireEvent(event, 'edit');
	const [delegations, registrations] = await Promise.all([
		events.delegations(event.locals.supabase, found.id),
		events.registrations(event.locals.supabase, found.id)
	]);
	await events.recordExport(event.locals.supabase, found.id);
	const organisation = new Map(delegations.map((d) => [d.organisation_id, d.organisation]));
	const header = [
		m.field_organisation_name(),
		m.field_country(),
		m.registration_name(),
		m.registration_job_title(),
		m.field_email(),
		m.registration_arrival(),
		m.registration_departure(),
		m.registration_dietary(),
		m.registration_access(),
		m.registration_status()
	];
	const rows = registrations.map((r) => [
		organisation.get(r.organisation_id)?.name ?? '',
		organisation.get(r.organisation_id)?.country ?? '',
		registeredName(r),
		r.job_title,
		r.email,
		r.arrival,
		r.departure,
		r.dietary_needs,
		r.access_needs,
		r.status === 'registered'
			? m.registration_status_registered()
			: m.registration_status_waitlisted()
	]);
	return csvResponse([header, ...rows], `${found.slug}-delegations.csv`);
};
