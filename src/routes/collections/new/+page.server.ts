import { redirect, type RequestEvent } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { slugify } from '#lib/slugs.ts';
import { requireUser } from '#lib/server/auth/guards.ts';
import * as collections from '#lib/server/data/collections.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import { choice, parseForm, readForm, refuse, text } from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import type { Actions, PageServerLoad } from './$types';

/** The owners a person may choose, as the form sends them: `project:<id>` or `organisation:<id>`. */
async function owners(event: RequestEvent) {
	requireUser(event);
	const choices = await collections.ownerChoices(event.locals.supabase);
	const values = [
		...choices.projects.map((p) => `project:${p.id}`),
		...choices.organisations.map((o) => `organisation:${o.id}`)
	];
	return { choices, values };
}

export const load: PageServerLoad = async (event) => {
	const [{ choices }, locales] = await Promise.all([
		owners(event),
		contentLocales.list(event.locals.supabase)
	]);
	return { owners: choices, contentLocales: locales, locale: getLocale() };
};

export const actions: Actions = {
	default: async (event) => {
		const { values: allowed } = await owners(event);
		const locales = (await contentLocales.list(event.locals.supabase)).map((l) => l.code);
		const form = parseForm(await readForm(event.request), {
			owner: choice(allowed),
			language: choice(locales),
			title: text({ required: true, max: 200 }),
			visibility: choice(collections.VISIBILITIES)
		});
		if (!form.ok) return refuse(400, { values: form.values, errors: form.errors });
		const data = form.data;
		const [kind, id] = data.owner.split(':');
		const slug = await collections.create(
			once(event),
			slugify(data.title) || `collection-${crypto.randomUUID().slice(0, 8)}`,
			{
				projectId: kind === 'project' ? id : null,
				organisationId: kind === 'organisation' ? id : null,
				title: { [data.language]: { text: data.title, status: 'original' } },
				visibility: data.visibility
			}
		);
		redirect(303, `${href(`/collections/${slug}/edit`)}?lang=${data.language}&done=created`);
	}
};
