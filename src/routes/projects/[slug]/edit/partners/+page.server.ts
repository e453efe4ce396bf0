import { redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import { slugify } from '#lib/slugs.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import * as projectChanges from '#lib/server/data/project-changes.ts';
import * as projects from '#lib/server/data/projects.ts';
import { choice, country, parseForm, readForm, refuse, text, uuid } from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import { findOrganisations } from '#lib/server/organisation-finder.ts';
import { requireProject } from '#lib/server/auth/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** The organisation the editor acts for in this project: removing it would end their own role. */
function actingFor(event: RequestEvent<{ slug: string }>, projectId: string) {
	return event.locals.user
		? projects.organisationActedFor(event.locals.supabase, projectId, event.locals.user.id)
		: Promise.resolve(null);
}

export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const taken = new Set(project.partners.map((p) => p.organisation.id));
	const [found, ownOrganisation] = await Promise.all([
		findOrganisations(event.locals.supabase, event.url, taken),
		actingFor(event, project.id)
	]);
	return { found, ownOrganisation };
};

const done = (slug: string, what: string) =>
	redirect(303, `${href(`/projects/${slug}/edit/partners`)}?done=${what}`);

export const actions: Actions = {
	addExisting: async (event) => {
		const project = await requireProject(event, 'edit');
		const form = parseForm(await readForm(event.request), {
			organisation: uuid(),
			role: choice(projectChanges.PARTNER_ROLES)
		});
		if (!form.ok)
			return refuse(400, {
				action: 'addExisting',
				values: form.values,
				errors: form.errors
			});
		const refused = await projectChanges.addPartner(
			once(event),
			project.id,
			form.data.organisation,
			form.data.role
		);
		if (refused)
			return refuse(400, {
				action: 'addExisting',
				values: form.values,
				errors: { organisation: refused === 'taken' ? m.partner_already() : m.form_choose() }
			});
		done(project.slug, 'added');
	},

	addNew: async (event) => {
		const project = await requireProject(event, 'edit');
		const form = parseForm(await readForm(event.request), {
			name: text({ required: true, max: 300 }),
			kind: choice(organisations.ORGANISATION_KINDS),
			city: text({ max: 200 }),
			country: country(),
			website: text({ max: 500 }),
			role: choice(projectChanges.PARTNER_ROLES)
		});
		if (!form.ok)
			return refuse(400, {
				action: 'addNew',
				values: form.values,
				errors: form.errors
			});
		const data = form.data;
		if (data.website && !/^https?:\/\/\S+$/.test(data.website)) {
			return refuse(400, {
				action: 'addNew',
				values: form.values,
				errors: { website: m.form_url() }
			});
		}
		await projectChanges.addNewPartnerOrganisation(once(event), project.id, {
			slug: slugify(data.name) || 'organisation',
			name: data.name,
			kind: data.kind,
			city: data.city || null,
			country: data.country,
			website: data.website || null,
			role: data.role
		});
		done(project.slug, 'added');
	},

	setRole: async (event) => {
		const project = await requireProject(event, 'edit');
		const form = parseForm(await readForm(event.request), {
			organisation: uuid(),
			role: choice(projectChanges.PARTNER_ROLES)
		});
		if (!form.ok)
			return refuse(400, {
				action: 'setRole',
				values: form.values,
				errors: form.errors
			});
		await projectChanges.setPartnerRole(
			event.locals.supabase,
			project.id,
			form.data.organisation,
			form.data.role
		);
		done(project.slug, 'changed');
	},

	remove: async (event) => {
		const project = await requireProject(event, 'edit');
		const form = parseForm(await readForm(event.request), { organisation: uuid() });
		if (!form.ok)
			return refuse(400, {
				action: 'remove',
				values: form.values,
				errors: form.errors
			});
		if (form.data.organisation === (await actingFor(event, project.id))) {
			return refuse(400, {
				action: 'remove',
				values: form.values,
				errors: { organisation: m.partner_remove_own() }
			});
		}
		await projectChanges.removePartner(event.locals.supabase, project.id, form.data.organisation);
		done(project.slug, 'removed');
	},

	addUnnamed: async (event) => {
		const project = await requireProject(event, 'edit');
		const form = parseForm(await readForm(event.request), {
			unnamed_country: country(),
			unnamed_city: text({ max: 200 }),
			unnamed_role: choice(projectChanges.PARTNER_ROLES)
		});
		if (!form.ok)
			return refuse(400, {
				action: 'addUnnamed',
				values: form.values,
				errors: form.errors
			});
		await projectChanges.addUnnamedPartner(once(event), project.id, {
			country: form.data.unnamed_country,
			city: form.data.unnamed_city || null,
			role: form.data.unnamed_role
		});
		done(project.slug, 'added');
	},

	removeUnnamed: async (event) => {
		const project = await requireProject(event, 'edit');
		const form = parseForm(await readForm(event.request), { id: uuid() });
		if (!form.ok)
			return refuse(400, {
				action: 'removeUnnamed',
				values: form.values,
				errors: form.errors
			});
		await projectChanges.removeUnnamedPartner(event.locals.supabase, project.id, form.data.id);
		done(project.slug, 'removed');
	}
};
