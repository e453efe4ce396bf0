// eslint-disable-next-line no-restricted-imports -- lowering places asks a question (see 'places'), not a refusal
import { fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { refusalMessage } from '#lib/server/data/refusal-messages.ts';
import { href } from '#lib/i18n.ts';
import { requireEvent } from '#lib/server/auth/guards.ts';
import * as events from '#lib/server/data/events.ts';
import * as projects from '#lib/server/data/projects.ts';
import {
	checkbox,
	date,
	email,
	integer,
	parseForm,
	readForm,
	refuse,
	text,
	uuid,
	uuidList
} from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import type { Actions, PageServerLoad } from './$types';
import { shownName } from '#lib/organisation-names.ts';

/** Partners of the projects that list the event: the organisations its editors may give places to. */
async function partnersOf(event: { locals: App.Locals }, found: events.EventPage) {
	return (
		await Promise.all(
			found.projects.map((p) => projects.partners(event.locals.supabase, p.project.id))
		)
	).flat();
}

export const load: PageServerLoad = async (event) => {
	const found = await requireEvent(event, 'delegations');
	const canEdit = found.permissions.edit;
	const [delegations, registrations, partners] = await Promise.all([
		events.delegations(event.locals.supabase, found.id),
		events.registrations(event.locals.supabase, found.id),
		canEdit ? partnersOf(event, found) : []
	]);
	const withPlaces = new Set(delegations.map((d) => d.organisation_id));
	const candidates = [
		...new Map(
			partners
				.map((p) => p.organisation)
				.filter((o) => !withPlaces.has(o.id))
				.map((o) => [o.id, o])
		).values()
	];
	// The delegations the person registers people for (one without places is not offered).
	const mayRegisterFor = found.permissions.register_for.filter((id) => withPlaces.has(id));
	return { event: found, canEdit, delegations, registrations, mayRegisterFor, candidates };
};

const back = (slug: string, done: string) =>
	redirect(303, `${href(`/events/${slug}/delegations`)}?done=${done}`);

export const actions: Actions = {
	register: async (event) => {
		const found = await requireEvent(event, 'delegations');
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
		if (!form.ok)
			return refuse(400, {
				action: 'register',
				values: form.values,
				errors: form.errors
			});
		const data = form.data;
		const errors: Record<string, string> = {};
		if (!found.permissions.register_for.includes(data.organisation))
			errors.organisation = m.form_choose();
		if (data.email) {
			const parsed = email().parse(data.email);
			if ('error' in parsed) errors.email = parsed.error;
		}
		if (data.arrival && data.departure && data.departure < data.arrival)
			errors.departure = m.registration_departure_before_arrival();
		if (Object.keys(errors).length)
			return refuse(400, { action: 'register', values: form.values, errors });
		const answer = await events.register(once(event), found.id, data.organisation, {
			full_name: data.full_name,
			job_title: data.job_title || null,
			email: data.email ? data.email.toLowerCase() : null,
			arrival: data.arrival,
			departure: data.departure,
			dietary_needs: data.dietary_needs || null,
			access_needs: data.access_needs || null
		});
		if (answer === 'duplicate')
			return refuse(400, {
				action: 'register',
				values: form.values,
				errors: { full_name: m.registration_duplicate() }
			});
		if (
			answer === 'no_delegation' ||
			answer === 'registration_deadline_passed' ||
			answer === 'registration_closed'
		)
			return refuse(400, {
				action: 'register',
				values: form.values,
				errors: { organisation: refusalMessage(answer) }
			});
		back(found.slug, answer);
	},

	cancel: async (event) => {
		const found = await requireEvent(event, 'delegations');
		const form = parseForm(await readForm(event.request), { id: uuid() });
		if (!form.ok)
			return refuse(400, {
				action: 'cancel',
				values: form.values,
				errors: form.errors
			});
		await events.cancelRegistration(event.locals.supabase, form.data.id);
		back(found.slug, 'cancelled');
	},

	places: async (event) => {
		const found = await requireEvent(event, 'delegations');
		if (!found.permissions.edit)
			return refuse(403, { action: 'places', values: {}, errors: { places: m.error_forbidden() } });
		// `seen`: the registrations the host was warned would move to the waiting list; `confirm`: yes.
		const form = parseForm(await readForm(event.request), {
			organisation: uuid(),
			places: integer(),
			seen: uuidList(),
			confirm: checkbox()
		});
		if (!form.ok)
			return refuse(400, {
				action: 'places',
				values: form.values,
				errors: { places: m.places_invalid() }
			});
		if (form.data.places > 1000)
			return refuse(400, {
				action: 'places',
				values: form.values,
				errors: { places: m.places_invalid() }
			});
		// Places go to partners of the projects that list the event.
		const [delegations, partners] = await Promise.all([
			events.delegations(event.locals.supabase, found.id),
			partnersOf(event, found)
		]);
		const known =
			delegations.some((d) => d.organisation_id === form.data.organisation) ||
			partners.some((p) => p.organisation.id === form.data.organisation);
		if (!known)
			return refuse(400, {
				action: 'places',
				values: form.values,
				errors: { places: m.form_choose() }
			});
		// Fewer places move the last registered to the waiting list (the database's trigger): the host
		// sees who first, and confirms. Anyone who would move but was not in that warning (registered
		// meanwhile) means warning again; the database checks this with the delegation locked.
		const current = delegations.find((d) => d.organisation_id === form.data.organisation);
		if (current && form.data.places < current.places) {
			const moving = await events.lowerPlaces(
				event.locals.supabase,
				found.id,
				current.organisation_id,
				form.data.places,
				form.data.confirm ? form.data.seen : []
			);
			if (moving === 'gone')
				return refuse(400, {
					action: 'places',
					values: form.values,
					errors: { places: m.form_choose() }
				});
			if (moving.length) {
				// Not a refusal but a question, with what it asks about: asked again, it is confirmed.
				return fail(409, {
					action: 'places',
					values: form.values,
					errors: {},
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
		await events.setPlaces(
			event.locals.supabase,
			found.id,
			form.data.organisation,
			form.data.places
		);
		back(found.slug, 'places');
	}
};
