import { redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { isSlug, slugify } from '#lib/slugs.ts';
import { requireUser } from '#lib/server/auth/guards.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as practices from '#lib/server/data/practices.ts';
import * as projects from '#lib/server/data/projects.ts';
import { choice, parseForm, readForm, refuse, text, uuid } from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * Whom a person may write for: their organisations, and optionally a project they coordinate or
 * edit for, as the database decides (the choices it would accept).
 */
async function choices(event: RequestEvent) {
	requireUser(event);
	return practices.ownerChoices(event.locals.supabase);
}

export const load: PageServerLoad = async (event) => ({
	...(await choices(event)),
	contentLocales: await contentLocales.list(event.locals.supabase),
	locale: getLocale()
});

export const actions: Actions = {
	default: async (event) => {
		const allowed = await choices(event);
		const supabase = event.locals.supabase;
		const locales = (await contentLocales.list(supabase)).map((l) => l.code);
		const form = parseForm(await readForm(event.request), {
			organisation: uuid(),
			project: choice(
				allowed.projects.map((p) => p.id),
				{ required: false }
			),
			language: choice(locales),
			title: text({ required: true, max: 200 })
		});
		if (!form.ok) return refuse(400, { values: form.values, errors: form.errors });
		const data = form.data;
		if (!allowed.organisations.some((o) => o.id === data.organisation)) {
			return refuse(400, { values: form.values, errors: { organisation: m.form_choose() } });
		}
		if (
			data.project &&
			!(await projects.partners(supabase, data.project)).some(
				(p) => p.organisation.id === data.organisation
			)
		) {
			return refuse(400, {
				values: form.values,
				errors: { project: m.practice_new_not_partner() }
			});
		}
		// A title in another alphabet has no letters for an address: a short random one instead.
		const slug = slugify(data.title) || `practice-${crypto.randomUUID().slice(0, 8)}`;
		if (!isSlug(slug))
			return refuse(400, { values: form.values, errors: { title: m.form_invalid() } });
		const created = await practices.create(once(event), {
			organisationId: data.organisation,
			projectId: data.project,
			// `/practices/new` is this page.
			slug: slug === 'new' ? 'new-practice' : slug,
			locale: data.language,
			title: data.title
		});
		redirect(303, href(`/practices/${created}/edit/${data.language}`));
	}
};
