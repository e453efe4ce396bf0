import { redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { isSlug, slugify } from '#lib/slugs.ts';
import { requireUser } from '#lib/server/auth/guards.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import { organisationOptions } from '#lib/server/data/choices.ts';
import * as projectChanges from '#lib/server/data/project-changes.ts';
import { choice, parseForm, readForm, refuse, text, uuid } from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The organisations a person may start a project for, as the database decides it
 * (public.project_lead_organisations): those they administer or already coordinate projects for;
 * every organisation for platform admins.
 */
function leadable(event: RequestEvent) {
	requireUser(event);
	return organisationOptions(event.locals.supabase, 'project_lead_organisations');
}

export const load: PageServerLoad = async (event) => ({
	organisations: await leadable(event),
	contentLocales: await contentLocales.list(event.locals.supabase),
	locale: getLocale()
});

export const actions: Actions = {
	default: async (event) => {
		const allowed = await leadable(event);
		const locales = (await contentLocales.list(event.locals.supabase)).map((l) => l.code);
		const form = parseForm(await readForm(event.request), {
			organisation: uuid(),
			language: choice(locales),
			title: text({ required: true, max: 300 }),
			acronym: text({ max: 40 }),
			slug: text({ max: 80 })
		});
		if (!form.ok) return refuse(400, { values: form.values, errors: form.errors });
		const data = form.data;
		if (!allowed.some((o) => o.id === data.organisation)) {
			return refuse(400, { values: form.values, errors: { organisation: m.form_choose() } });
		}
		const slug = data.slug ? data.slug.toLowerCase() : slugify(data.acronym || data.title);
		const values = { ...form.values, slug };
		if (!isSlug(slug)) return refuse(400, { values, errors: { slug: m.form_slug() } });
		// `/projects/new` is this page: no project may take that address.
		if (slug === 'new') return refuse(400, { values, errors: { slug: m.form_slug_taken() } });

		const created = await projectChanges.create(once(event), {
			organisationId: data.organisation,
			slug,
			title: { [data.language]: { text: data.title, status: 'original' } },
			acronym: data.acronym || null
		});
		if (created === 'slug_taken')
			return refuse(400, { values, errors: { slug: m.form_slug_taken() } });
		redirect(303, href(`/projects/${slug}/edit`));
	}
};
