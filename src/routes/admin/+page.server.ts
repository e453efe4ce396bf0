import { m } from '#lib/paraglide/messages.js';
import { requirePlatformAdmin } from '#lib/server/auth/guards.ts';
import * as accounts from '#lib/server/data/accounts.ts';
import { everyRow } from '#lib/server/data/every-row.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import { UNIQUE_VIOLATION, unwrap } from '#lib/server/data/unwrap.ts';
import { choice, parseForm, readForm, refuse, text, uuid } from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import type { Actions, PageServerLoad } from './$types';

const COUNTRY = /^[A-Z]{2}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Person = {
	id: string;
	email: string;
	display_name: string;
	is_platform_admin: boolean;
	created_at: string;
};

export const load: PageServerLoad = async (event) => {
	requirePlatformAdmin(event);
	const supabase = event.locals.supabase;
	const [organisationList, locales, people, audit] = await Promise.all([
		organisations.list(supabase),
		contentLocales.list(supabase),
		// Every account, past the 1,000 rows PostgREST answers at most.
		everyRow<Person>((from, to) =>
			supabase
				.from('users')
				.select('id, email, display_name, is_platform_admin, created_at')
				.order('created_at')
				.order('id')
				.range(from, to)
		),
		supabase
			.from('audit_log')
			.select('id, at, actor_id, action, subject_type, subject_id, details')
			.order('at', { ascending: false })
			.limit(100)
			.then(unwrap)
	]);
	return { organisations: organisationList, contentLocales: locales, people, audit };
};

export const actions: Actions = {
	createOrganisation: async (event) => {
		requirePlatformAdmin(event);
		const form = parseForm(await readForm(event.request), {
			name: text({ required: true, max: 300 }),
			slug: text({ required: true, max: 80 }),
			kind: choice(organisations.ORGANISATION_KINDS),
			city: text({ max: 200 }),
			country: text({ required: true, max: 2 }),
			website: text({ max: 500 }),
			name_lang: choice((await contentLocales.list(event.locals.supabase)).map((l) => l.code))
		});
		if (!form.ok)
			return refuse(400, { action: 'organisation', values: form.values, errors: form.errors });
		const data = { ...form.data, country: form.data.country.toUpperCase() };
		const errors: Record<string, string> = {};
		if (!SLUG.test(data.slug)) errors.slug = m.form_slug();
		if (!COUNTRY.test(data.country)) errors.country = m.form_country();
		if (data.website && !/^https?:\/\/\S+$/.test(data.website)) errors.website = m.form_url();
		if (Object.keys(errors).length)
			return refuse(400, { action: 'organisation', values: form.values, errors });
		const answer = await once(event)
			.from('organisations')
			.insert({
				...data,
				city: data.city || null,
				website: data.website || null
			});
		if (answer.error?.code === UNIQUE_VIOLATION)
			return refuse(409, {
				action: 'organisation',
				values: form.values,
				errors: { slug: m.form_slug_taken() }
			});
		unwrap(answer);
		return { action: 'organisation', success: m.admin_organisation_created({ name: data.name }) };
	},

	deleteAccount: async (event) => {
		const admin = requirePlatformAdmin(event);
		const form = parseForm(await readForm(event.request), { user_id: uuid() });
		if (!form.ok || form.data.user_id === admin.id)
			return refuse(400, { action: 'people', message: m.member_not_found() });
		const removed = await accounts.remove(event.locals.supabase, form.data.user_id);
		if (typeof removed === 'object')
			return refuse(409, {
				action: 'people',
				message: m.admin_delete_last_admin({ organisation: removed.lastAdminOf })
			});
		if (!removed) return refuse(404, { action: 'people', message: m.member_not_found() });
		return { action: 'people', success: m.admin_account_deleted() };
	}
};
