import { redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import { PRACTICE_THEMES, TARGET_GROUPS } from '#lib/practices.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as practices from '#lib/server/data/practices.ts';
import {
	checkbox,
	country,
	email,
	integer,
	parseForm,
	readForm,
	refuse,
	text,
	uuid
} from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import { findOrganisations } from '#lib/server/organisation-finder.ts';
import { editablePractice } from './editable.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const locales = await contentLocales.list(event.locals.supabase);
	// "Add a language" is a GET form: it lands here and goes on to that language's editor.
	const adding = event.url.searchParams.get('add');
	if (adding && locales.some((l) => l.code === adding)) {
		redirect(303, href(`/practices/${event.params.slug}/edit/${adding}`));
	}
	// The organisations that took part are named by the approvers, from those found by name.
	const { practice, may } = await event.parent();
	const listed = new Set([
		practice.organisation_id,
		...practice.partners.map((p) => p.organisation.id)
	]);
	return {
		contentLocales: locales,
		found: may.approve ? await findOrganisations(event.locals.supabase, event.url, listed) : null
	};
};

export const actions: Actions = {
	details: async (event) => {
		const { practice, may } = await editablePractice(event);
		// Once readers see it, what they see beside the text is the approvers' to change (as the database says).
		if (practice.texts.some((t) => t.published) && !may.approve) {
			return refuse(403, {
				action: 'details',
				message: m.practice_details_approvers_only()
			});
		}
		const raw = await readForm(event.request);
		const form = parseForm(raw, {
			version: integer({ min: 1 }),
			city: text({ max: 200 }),
			country: country(),
			contact_name: text({ max: 200 }),
			contact_email: text({ max: 254 }),
			image_url: text({ max: 500 }),
			image_alt: text({ max: 300 })
		});
		// Checkboxes: several values under one name; anything not on the list is refused, not dropped.
		const themes = raw.getAll('themes');
		const groups = raw.getAll('target_groups');
		const errors: Record<string, string> = form.ok ? {} : form.errors;
		if (themes.some((t) => !(PRACTICE_THEMES as readonly unknown[]).includes(t)))
			errors.themes = m.form_choose();
		if (groups.some((g) => !(TARGET_GROUPS as readonly unknown[]).includes(g)))
			errors.target_groups = m.form_choose();
		const values = { ...form.values, themes: themes.join(' '), target_groups: groups.join(' ') };
		if (!form.ok || Object.keys(errors).length)
			return refuse(400, { action: 'details', values, errors });
		const data = form.data;
		if (data.contact_email) {
			const parsed = email().parse(data.contact_email);
			if ('error' in parsed) errors.contact_email = parsed.error;
		}
		if (data.image_url && !/^https:\/\/\S+$/.test(data.image_url))
			errors.image_url = m.practice_image_https();
		if (data.image_url && !data.image_alt) errors.image_alt = m.practice_image_alt_required();
		if (Object.keys(errors).length) return refuse(400, { action: 'details', values, errors });

		const saved = await practices.saveDetails(event.locals.supabase, practice.id, data.version, {
			themes: [...new Set(themes as string[])] as practices.PracticeDetails['themes'],
			target_groups: [...new Set(groups as string[])] as practices.PracticeDetails['target_groups'],
			city: data.city || null,
			country: data.country,
			contact_name: data.contact_name || null,
			contact_email: data.contact_email ? data.contact_email.toLowerCase() : null,
			image_url: data.image_url || null,
			image_alt: data.image_url ? data.image_alt : null
		});
		if (!saved) return refuse(409, { action: 'details', values, conflict: true });
		redirect(303, `${href(`/practices/${practice.slug}/edit`)}?saved=1`);
	},

	addPartner: async (event) => {
		const { practice, may } = await editablePractice(event);
		const refused = (status: number, message: string) =>
			refuse(status, { action: 'addPartner', message });
		if (!may.approve) return refused(403, m.practice_partners_approvers_only());
		const form = parseForm(await readForm(event.request), { organisation: uuid() });
		if (!form.ok || form.data.organisation === practice.organisation_id) {
			return refused(400, m.form_choose());
		}
		const added = await practices.addPartner(once(event), practice.id, form.data.organisation);
		if (added === 'exists') return refused(400, m.practice_partner_exists());
		redirect(303, href(`/practices/${practice.slug}/edit`));
	},

	removePartner: async (event) => {
		const { practice, may } = await editablePractice(event);
		const refused = (status: number, message: string) =>
			refuse(status, { action: 'removePartner', message });
		if (!may.approve) return refused(403, m.practice_partners_approvers_only());
		const form = parseForm(await readForm(event.request), { organisation: uuid() });
		if (!form.ok) return refused(400, m.form_choose());
		await practices.removePartner(event.locals.supabase, practice.id, form.data.organisation);
		redirect(303, href(`/practices/${practice.slug}/edit`));
	},

	remove: async (event) => {
		const { practice, may } = await editablePractice(event);
		const form = parseForm(await readForm(event.request), { confirm: checkbox() });
		if (!may.approve) return refuse(403, { action: 'remove', message: m.error_forbidden() });
		if (!form.ok || !form.data.confirm)
			return refuse(400, { action: 'remove', message: m.practice_remove_confirm_missing() });
		await practices.remove(event.locals.supabase, practice.id);
		redirect(303, href('/practices'));
	}
};
