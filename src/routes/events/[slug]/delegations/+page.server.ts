import { fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import * as events from '#lib/server/data/events.ts';
import * as projects from '#lib/server/data/projects.ts';
import { checkbox, date, email, integer, parseForm, readForm, text, uuid, uuidList } from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import { delegationAccess } from './access.ts';
import type { Actions, PageServerLoad } from './$types';
import { shownName } from '#lib/organisation-names.ts';

export const load: PageServerLoad = async (event) => {
	const { event: found, canEdit, delegations, mayRegisterFor } = await delegationAccess(event);
	const registrations = await events.registrations(event.locals.supabase, found.id);
	// Editors may give places to any partner of the projects that list the event.
	const partners = canEdit
		? (await Promise.all(found.projects.map((p) => projects.partners(event.locals.supabase, p.project.id)))).flat().map((p) => p.organisation)
		: [];
	const withPlaces = new Set(delegations.map((d) => d.organisation_id));
	const candidates = [...new Map(partners.filter((o) => !withPlaces.has(o.id)).map((o) => [o.id, o])).values()];
	return { event: found, canEdit, delegations, registrations, mayRegisterFor: [...mayRegisterFor].filter(Boolean), candidates };
};

const back = (slug: string, done: string) => redirect(303, `${href(`/events/${slug}/delegations`)}?done=${done}`);

export const actions: Actions = {
	register: async (event) => {
		const { event: found, mayRegisterFor } = await delegationAccess(event);
		const form = parseForm(await readForm(event.request), {
			organisation: uuid(),
			full_name: text({ required: true, max: 200 }),
			job_title: text({ max: 200 }),
			email: text({ max: 254 }),
			arrival: date(),
			departure: date(),
			dietary_needs: text({ max: 500, multiline: true }),
			access_needs: text({ max: 500, multiline: true })
		});
		if (!form.ok) return fail(400, { action: 'register', values: form.values, errors: form.errors as Record<string, string> });
		const data = form.data;
		const errors: Record<string, string> = {};
		if (!mayRegisterFor.has(data.organisation)) errors.organisation = m.form_choose();
		if (data.email) {
			const parsed = email().parse(data.email);
			if ('error' in parsed) errors.email = parsed.error;
		}
		if (data.arrival && data.departure && data.departure < data.arrival) errors.departure = m.registration_departure_before_arrival();
		if (Object.keys(errors).length) return fail(400, { action: 'register', values: form.values, errors });
		const answer = await events.register(once(event), found.id, data.organisation, {
			full_name: data.full_name,
			job_title: data.job_title || null,
			email: data.email ? data.email.toLowerCase() : null,
			arrival: data.arrival,
			departure: data.departure,
			dietary_needs: data.dietary_needs || null,
			access_needs: data.access_needs || null
		});
		if (answer === 'duplicate') return fail(400, { action: 'register', values: form.values, errors: { full_name: m.registration_duplicate() } });
		if (answer === 'no_places') return fail(400, { action: 'register', values: form.values, errors: { organisation: m.registration_no_places() } });
		if (answer === 'deadline_passed') return fail(400, { action: 'register', values: form.values, errors: { organisation: m.event_deadline_passed() } });
		if (answer === 'closed') return fail(400, { action: 'register', values: form.values, errors: { organisation: m.registration_closed() } });
		back(found.slug, answer);
	},

	cancel: async (event) => {
		const { event: found } = await delegationAccess(event);
		const form = parseForm(await readForm(event.request), { id: uuid() });
		if (!form.ok) return fail(400, { action: 'cancel', values: form.values, errors: form.errors as Record<string, string> });
		await events.cancelRegistration(event.locals.supabase, form.data.id);
		back(found.slug, 'cancelled');
	},

	places: async (event) => {
		const { event: found, canEdit, delegations } = await delegationAccess(event);
		if (!canEdit) return fail(403, { action: 'places', values: {}, errors: { places: m.error_forbidden() } });
		// `seen`: the registrations the host was warned would move to the waiting list; `confirm`: yes.
		const form = parseForm(await readForm(event.request), { organisation: uuid(), places: integer(), seen: uuidList(), confirm: checkbox() });
		if (!form.ok) return fail(400, { action: 'places', values: form.values, errors: { places: m.places_invalid() } });
		if (form.data.places > 1000) return fail(400, { action: 'places', values: form.values, errors: { places: m.places_invalid() } });
		// Places go to partners of the projects that list the event.
		const partners = (await Promise.all(found.projects.map((p) => projects.partners(event.locals.supabase, p.project.id)))).flat();
		const known = delegations.some((d) => d.organisation_id === form.data.organisation) || partners.some((p) => p.organisation.id === form.data.organisation);
		if (!known) return fail(400, { action: 'places', values: form.values, errors: { places: m.form_choose() } });
		// Fewer places move the last registered to the waiting list (the database's trigger): the host
		// sees who first, and confirms. Anyone who would move but was not in that warning (registered
		// meanwhile) means warning again; the database checks this with the delegation locked.
		const current = delegations.find((d) => d.organisation_id === form.data.organisation);
		if (current && form.data.places < current.places) {
			const moving = await events.lowerPlaces(event.locals.supabase, found.id, current.organisation_id, form.data.places, form.data.confirm ? form.data.seen : []);
			if (moving === 'gone') return fail(400, { action: 'places', values: form.values, errors: { places: m.form_choose() } });
			if (moving.length) {
				return fail(409, {
					action: 'places',
					values: form.values,
					errors: {} as Record<string, string>,
					warning: {
						organisation: current.organisation_id,
						organisationName: shownName(current.organisation),
						places: form.data.places,
						registered: form.data.places + moving.length,
						moving,
						again: form.data.confirm
					}
				});
			}
			back(found.slug, 'places');
		}
		await events.setPlaces(event.locals.supabase, found.id, form.data.organisation, form.data.places);
		back(found.slug, 'places');
	}
};
