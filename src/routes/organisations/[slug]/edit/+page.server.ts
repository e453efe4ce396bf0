import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import { requireUser } from '#lib/server/auth/guards.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import { choice, integer, parseForm, readForm, text } from '#lib/server/forms.ts';
import { withTranslation } from '#lib/translations.ts';
import type { Actions, PageServerLoad } from './$types';

/** Organisation admins and platform admins edit an organisation. */
async function editable(event: RequestEvent<{ slug: string }>) {
	const user = requireUser(event);
	const organisation = await organisations.getBySlug(event.locals.supabase, event.params.slug);
	if (!organisation) error(404, { message: m.error_not_found() });
	const role = await organisations.roleOf(event.locals.supabase, organisation.id, user.id);
	if (role !== 'admin' && !user.is_platform_admin) error(403, { message: m.error_forbidden() });
	return organisation;
}

export const load: PageServerLoad = async (event) => ({
	organisation: await editable(event),
	contentLocales: await contentLocales.list(event.locals.supabase)
});

export const actions: Actions = {
	default: async (event) => {
		const organisation = await editable(event);
		const locales = (await contentLocales.list(event.locals.supabase)).map((l) => l.code);
		const form = parseForm(await readForm(event.request), {
			version: integer({ min: 1 }),
			name: text({ required: true, max: 300 }),
			kind: choice(organisations.ORGANISATION_KINDS),
			city: text({ max: 200 }),
			country: text({ required: true, max: 2 }),
			website: text({ max: 500 }),
			description_locale: choice(locales),
			description: text({ max: 2000, multiline: true })
		});
		if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
		const data = form.data;
		const errors: Record<string, string> = {};
		const country = data.country.toUpperCase();
		if (!/^[A-Z]{2}$/.test(country)) errors.country = m.form_country();
		if (data.website && !/^https?:\/\/\S+$/.test(data.website)) errors.website = m.form_url();
		const description = withTranslation(organisation.description, data.description_locale!, data.description);
		if (description === 'original_in_use') errors.description = m.translation_original_in_use();
		if (Object.keys(errors).length) return fail(400, { values: form.values, errors });

		const saved = await organisations.update(event.locals.supabase, organisation.id, data.version, {
			name: data.name,
			kind: data.kind!,
			city: data.city || null,
			country,
			website: data.website || null,
			description: description as Exclude<typeof description, 'original_in_use'>
		});
		if (!saved) {
			// Someone saved since this form was opened: show theirs, keep ours to copy from.
			return fail(409, { values: { ...form.values, version: String(organisation.version) }, conflict: true, message: m.edit_conflict() });
		}
		redirect(303, href(`/organisations/${organisation.slug}`));
	}
};
