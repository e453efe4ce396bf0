import { redirect, type RequestEvent } from '@sveltejs/kit';
import { href } from '#lib/i18n.ts';
import { requireOrganisation } from '#lib/server/auth/guards.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import { readForm, refuse } from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import { readOrganisationForm } from '#lib/server/organisation-form.ts';
import type { Actions, PageServerLoad } from './$types';

/** Members propose changes to their own organisation; those who may edit it do so directly. */
async function proposable(event: RequestEvent<{ slug: string }>) {
	const organisation = await requireOrganisation(event, 'propose');
	if (organisation.permissions.edit)
		redirect(303, href(`/organisations/${organisation.slug}/edit`));
	return organisation;
}

export const load: PageServerLoad = async (event) => {
	const organisation = await proposable(event);
	return {
		organisation,
		contentLocales: await contentLocales.list(event.locals.supabase),
		// Row level security shows a member only their own proposals.
		mine: await organisations.proposals(event.locals.supabase, organisation.id),
		timeZone: event.locals.user?.time_zone ?? 'UTC'
	};
};

export const actions: Actions = {
	default: async (event) => {
		const organisation = await proposable(event);
		const form = await readOrganisationForm(
			event.locals.supabase,
			await readForm(event.request),
			organisation
		);
		if (!form.ok) return refuse(400, { values: form.values, errors: form.errors });
		await organisations.propose(
			once(event),
			organisation.id,
			form.version,
			form.changes,
			form.message
		);
		redirect(303, `${href(`/organisations/${organisation.slug}/propose`)}?sent=1`);
	}
};
