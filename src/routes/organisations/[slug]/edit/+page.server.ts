import { redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import { requireOrganisation } from '#lib/server/auth/guards.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import { choice, integer, parseForm, readForm, refuse, text, uuid } from '#lib/server/forms.ts';
import { readOrganisationForm } from '#lib/server/organisation-form.ts';
import * as files from '#lib/server/files.ts';
import { checkFile, cleanFileName } from '#lib/file-types.ts';
import { byShownName } from '#lib/organisation-names.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { Actions, PageServerLoad } from './$types';

/**
 * What the organisation may become a unit of (organisations that are no unit themselves), and its
 * own units (with units, it can be no unit: one level only).
 */
async function parentChoices(event: RequestEvent, organisation: organisations.Organisation) {
	const all = await organisations.list(event.locals.supabase);
	return {
		candidates: all
			.filter((o) => o.parent_id === null && o.id !== organisation.id)
			.sort(byShownName(getLocale())),
		units: all.filter((o) => o.parent_id === organisation.id)
	};
}

export const load: PageServerLoad = async (event) => {
	const organisation = await requireOrganisation(event, 'edit');
	return {
		organisation,
		contentLocales: await contentLocales.list(event.locals.supabase),
		proposals: await organisations.proposals(event.locals.supabase, organisation.id, 'pending'),
		parentChoices: organisation.permissions.units ? await parentChoices(event, organisation) : null,
		timeZone: event.locals.user?.time_zone ?? 'UTC'
	};
};

export const actions: Actions = {
	save: async (event) => {
		const organisation = await requireOrganisation(event, 'edit');
		const form = await readOrganisationForm(
			event.locals.supabase,
			await readForm(event.request),
			organisation,
			{ address: true }
		);
		if (!form.ok) return refuse(400, { action: 'save', values: form.values, errors: form.errors });
		const saved = await organisations.update(event.locals.supabase, organisation.id, form.version, {
			...form.changes,
			...form.address,
			name_lang: form.nameLang ?? organisation.name_lang
		});
		if (!saved) {
			// Someone saved since this form was opened: show theirs, keep ours to copy from.
			return refuse(409, {
				action: 'save',
				values: { ...form.values, version: String(organisation.version) },
				conflict: true,
				message: m.edit_conflict()
			});
		}
		redirect(303, href(`/organisations/${organisation.slug}`));
	},

	parent: async (event) => {
		const organisation = await requireOrganisation(event, 'units');
		const { candidates, units } = await parentChoices(event, organisation);
		const form = parseForm(await readForm(event.request), {
			version: integer({ min: 1 }),
			parent_id: choice(
				candidates.map((o) => o.id),
				{ required: false }
			)
		});
		const refused = (status: number, message: string, values?: Record<string, string>) =>
			refuse(status, { action: 'parent', message, values });
		const values = { parent_id: form.values.parent_id ?? '' };
		if (!form.ok) return refused(400, form.errors.parent_id ?? m.form_invalid(), values);
		if (form.data.parent_id && units.length) return refused(400, m.units_refused(), values);
		const answer = await organisations.setParent(
			event.locals.supabase,
			organisation.id,
			form.data.version,
			form.data.parent_id
		);
		// The page shows the organisation as saved now, to choose again.
		if (answer === 'conflict') return refused(409, m.units_conflict());
		if (answer === 'refused') return refused(400, m.units_refused(), values);
		redirect(303, href(`/organisations/${organisation.slug}`));
	},

	addName: async (event) => {
		const organisation = await requireOrganisation(event, 'edit');
		const locales = (await contentLocales.list(event.locals.supabase)).map((l) => l.code);
		const form = parseForm(await readForm(event.request), {
			locale: choice(locales),
			name: text({ required: true, max: 300 })
		});
		if (!form.ok)
			return refuse(400, { action: 'addName', values: form.values, errors: form.errors });
		const answer = await organisations.addNameTranslation(
			event.locals.supabase,
			organisation.id,
			form.data.locale,
			form.data.name
		);
		if (answer === 'duplicate')
			return refuse(409, {
				action: 'addName',
				values: form.values,
				errors: { locale: m.organisation_name_translation_exists() }
			});
		redirect(303, `${href(`/organisations/${organisation.slug}/edit`)}#names-heading`);
	},

	removeName: async (event) => {
		const organisation = await requireOrganisation(event, 'edit');
		const form = parseForm(await readForm(event.request), {
			locale: text({ required: true, max: 3 })
		});
		if (
			!form.ok ||
			!(await organisations.removeNameTranslation(
				event.locals.supabase,
				organisation.id,
				form.data.locale
			))
		) {
			return refuse(409, { action: 'removeName', message: m.organisation_name_translation_gone() });
		}
		redirect(303, `${href(`/organisations/${organisation.slug}/edit`)}#names-heading`);
	},

	logo: async (event) => {
		const organisation = await requireOrganisation(event, 'edit');
		const upload = (await readForm(event.request)).get('logo');
		const refused = (status: number, message: string) =>
			refuse(status, { action: 'logo', message });
		if (!(upload instanceof File) || (upload.size === 0 && upload.name === ''))
			return refused(400, m.documents_file_required());
		if (upload.size > files.MAX_LOGO_BYTES) return refused(413, m.organisation_logo_too_large());
		const bytes = new Uint8Array(await upload.arrayBuffer());
		const checked = checkFile(bytes, upload.type, cleanFileName(upload.name));
		if (!checked.ok && checked.reason === 'empty') return refused(400, m.documents_file_empty());
		if (!checked.ok || !files.LOGO_TYPES.includes(checked.contentType))
			return refused(400, m.organisation_logo_not_image());
		const saved = await files.saveLogo(event.locals.supabase, organisation.id, bytes);
		if (!saved.ok) return refused(400, m.documents_image_unreadable());
		redirect(303, `${href(`/organisations/${organisation.slug}/edit`)}?logo=saved#logo-heading`);
	},

	removeLogo: async (event) => {
		const organisation = await requireOrganisation(event, 'edit');
		await files.removeLogo(event.locals.supabase, organisation.id);
		redirect(303, `${href(`/organisations/${organisation.slug}/edit`)}?logo=removed#logo-heading`);
	},

	accept: async (event) => {
		const organisation = await requireOrganisation(event, 'edit');
		const form = parseForm(await readForm(event.request), {
			proposal: uuid(),
			version: integer({ min: 1 })
		});
		if (!form.ok) return refuse(400, { action: 'accept', message: m.form_invalid() });
		// Only a proposal for this organisation, decided against this organisation's version.
		const pending = await organisations.proposals(
			event.locals.supabase,
			organisation.id,
			'pending'
		);
		if (!pending.some((p) => p.id === form.data.proposal))
			return refuse(409, { action: 'accept', message: m.proposal_gone() });
		const answer = await organisations.acceptProposal(
			event.locals.supabase,
			form.data.proposal,
			form.data.version
		);
		if (answer === 'conflict')
			return refuse(409, { action: 'accept', message: m.proposal_conflict() });
		if (answer === 'gone') return refuse(409, { action: 'accept', message: m.proposal_gone() });
		redirect(303, `${href(`/organisations/${organisation.slug}/edit`)}?proposal=accepted`);
	},

	decline: async (event) => {
		const organisation = await requireOrganisation(event, 'edit');
		const form = parseForm(await readForm(event.request), { proposal: uuid() });
		if (!form.ok) return refuse(400, { action: 'decline', message: m.form_invalid() });
		const declined = await organisations.declineProposal(
			event.locals.supabase,
			organisation.id,
			form.data.proposal
		);
		if (!declined) return refuse(409, { action: 'decline', message: m.proposal_gone() });
		redirect(303, `${href(`/organisations/${organisation.slug}/edit`)}?proposal=declined`);
	}
};
