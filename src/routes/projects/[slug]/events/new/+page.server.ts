import { redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { isSlug, slugify } from '#lib/slugs.ts';
import { requireProject, requireUser } from '#lib/server/auth/guards.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as events from '#lib/server/data/events.ts';
import {
	eventLengthProblem,
	localDateTime,
	timeProblem,
	timeZones
} from '#lib/server/event-form.ts';
import { choice, parseForm, readForm, refuse, text, uuid } from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import type { Actions, PageServerLoad } from './$types';

/** The project's coordinators (and platform admins) add its events: those who may edit it. */
async function coordinated(event: RequestEvent<{ slug: string }>) {
	return { project: await requireProject(event, 'edit'), user: requireUser(event) };
}

export const load: PageServerLoad = async (event) => {
	const { project, user } = await coordinated(event);
	return {
		project,
		contentLocales: await contentLocales.list(event.locals.supabase),
		zones: timeZones(),
		defaultZone: user.time_zone ?? 'Europe/Riga',
		locale: getLocale()
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { project } = await coordinated(event);
		const locales = (await contentLocales.list(event.locals.supabase)).map((l) => l.code);
		const form = parseForm(await readForm(event.request), {
			kind: choice(events.EVENT_KINDS),
			language: choice(locales),
			title: text({ required: true, max: 300 }),
			host: { parse: (v) => (v === '' || v === null ? { value: null } : uuid().parse(v)) },
			time_zone: choice(timeZones()),
			starts_local: localDateTime(),
			ends_local: localDateTime(),
			slug: text({ max: 80 })
		});
		if (!form.ok) return refuse(400, { values: form.values, errors: form.errors });
		const data = form.data;
		const host = data.host as string | null;
		const errors: Record<string, string> = {};
		if (host && !project.partners.some((p) => p.organisation.id === host))
			errors.host = m.form_choose();
		const startProblem = timeProblem(data.starts_local, data.time_zone);
		const endProblem = timeProblem(data.ends_local, data.time_zone);
		if (startProblem) errors.starts_local = startProblem;
		if (endProblem) errors.ends_local = endProblem;
		if (!startProblem && !endProblem) {
			const order = eventLengthProblem(data.starts_local, data.ends_local);
			if (order) errors.ends_local = order;
		}
		const slug = data.slug
			? data.slug.toLowerCase()
			: slugify(`${data.title} ${data.starts_local.slice(0, 4)}`);
		const values = { ...form.values, slug };
		if (!isSlug(slug)) errors.slug = m.form_slug();
		if (Object.keys(errors).length) return refuse(400, { values, errors });

		const refused = await events.create(once(event), {
			projectId: project.id,
			slug,
			kind: data.kind,
			title: { [data.language]: { text: data.title, status: 'original' } },
			hostOrganisationId: host,
			timeZone: data.time_zone,
			startsLocal: data.starts_local,
			endsLocal: data.ends_local
		});
		if (refused) return refuse(400, { values, errors: { slug: m.form_slug_taken() } });
		redirect(303, href(`/events/${slug}/edit`));
	}
};
