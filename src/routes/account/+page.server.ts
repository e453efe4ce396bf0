import { redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { locales } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { audit } from '#lib/server/audit.ts';
import { requireUser } from '#lib/server/auth/guards.ts';
import { checkCurrentPassword } from '#lib/server/auth/password-check.ts';
import { hashPassword, passwordProblem } from '#lib/server/auth/passwords.ts';
import { deleteSessionCookie, invalidateUserSessions } from '#lib/server/auth/sessions.ts';
import * as accounts from '#lib/server/data/accounts.ts';
import * as passwordResets from '#lib/server/data/password-resets.ts';
import * as memberships from '#lib/server/data/memberships.ts';
import * as notificationPreferences from '#lib/server/data/notification-preferences.ts';
import {
	choice,
	integer,
	parseForm,
	password,
	readForm,
	refuse,
	text,
	timeZone
} from '#lib/server/forms.ts';
import { deliveriesFor, notificationKindName, type Delivery } from '#lib/notification-kinds.ts';
import { passwordProblemMessage } from '#lib/server/auth/password-messages.ts';
import type { Actions, PageServerLoad } from './$types';
import { shownName } from '#lib/organisation-names.ts';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const supabase = event.locals.supabase;
	const [profile, organisations, projects, notificationKinds] = await Promise.all([
		accounts.get(supabase, user.id),
		memberships.organisationsOf(supabase, user.id),
		memberships.projectsOf(supabase, user.id),
		notificationPreferences.list(supabase, user.id)
	]);
	// Where the person is the only admin: the account is deleted once someone else takes the role there.
	const administered = organisations
		.filter((o) => o.role === 'admin')
		.map((o) => o.organisation.id);
	const alone = await memberships.withOneAdmin(supabase, administered);
	const onlyAdminOf = organisations
		.filter((o) => alone.has(o.organisation.id))
		.map((o) => shownName(o.organisation));
	return {
		profile: profile!,
		organisations,
		projects,
		notificationKinds,
		onlyAdminOf,
		timeZones: Intl.supportedValuesOf('timeZone')
	};
};

export const actions: Actions = {
	profile: async (event) => {
		const user = requireUser(event);
		const form = parseForm(await readForm(event.request), {
			display_name: text({ required: true, max: 200 }),
			preferred_locale: choice(locales),
			time_zone: timeZone()
		});
		if (!form.ok)
			return refuse(400, { action: 'profile', values: form.values, errors: form.errors });
		await accounts.updateProfile(event.locals.supabase, user.id, {
			display_name: form.data.display_name,
			preferred_locale: form.data.preferred_locale,
			time_zone: form.data.time_zone
		});
		// A new language shows the account page in it.
		if (form.data.preferred_locale !== event.locals.locale) {
			redirect(303, href('/account', form.data.preferred_locale) + '?saved=profile');
		}
		return { action: 'profile', success: m.account_saved() };
	},

	notifications: async (event) => {
		const user = requireUser(event);
		const supabase = event.locals.supabase;
		const posted = await readForm(event.request);
		const kinds = await notificationPreferences.list(supabase, user.id);
		// Every choice is checked before anything is written: one bad field saves nothing.
		const refused = (
			problem: string,
			errors: Record<string, string> = {},
			values: Record<string, string> = {}
		) =>
			refuse(400, {
				action: 'notifications',
				message: m.preferences_not_saved({ problem }),
				errors,
				values
			});
		const known = new Set(kinds.map((k) => `kind_${k.kind}`));
		const unknown = [...posted.keys()].find((name) => name.startsWith('kind_') && !known.has(name));
		if (unknown)
			return refused(m.preferences_unknown_kind({ kind: unknown.slice('kind_'.length, 60) }));

		const hour = parseForm(posted, { digest_hour: integer({ min: 0, max: 23 }) });
		const errors: Record<string, string> = {};
		const values: Record<string, string> = { ...hour.values };
		const problems: string[] = [];
		const chosen = kinds.map((kind) => {
			const name = `kind_${kind.kind}`;
			const parsed = choice<Delivery>(deliveriesFor(kind)).parse(posted.get(name));
			if ('error' in parsed || !parsed.value) {
				errors[name] = m.form_choose();
				problems.push(m.preferences_unknown_choice({ kind: notificationKindName(kind.kind) }));
				return kind;
			}
			values[name] = parsed.value;
			return { ...kind, delivery: parsed.value };
		});
		if (!hour.ok) {
			errors.digest_hour = m.preferences_bad_hour();
			problems.unshift(m.preferences_bad_hour());
		}
		if (!hour.ok || problems.length) return refused(problems[0], errors, values);

		await notificationPreferences.save(supabase, user.id, chosen, hour.data.digest_hour);
		return { action: 'notifications', success: m.preferences_saved() };
	},

	password: async (event) => {
		const user = requireUser(event);
		const form = parseForm(await readForm(event.request), {
			current: password(),
			next: password()
		});
		if (!form.ok) return refuse(400, { action: 'password', errors: form.errors });
		const problem = passwordProblem(form.data.next);
		if (problem)
			return refuse(400, { action: 'password', errors: { next: passwordProblemMessage(problem) } });
		const refused = await checkCurrentPassword(
			event,
			user,
			form.data.current,
			'password',
			'current'
		);
		if (refused) return refused;
		await accounts.setPasswordHash(user.id, await hashPassword(form.data.next));
		await passwordResets.invalidateAll(user.id);
		// Other devices are signed out; this one stays.
		await invalidateUserSessions(user.id, event.locals.session!.id);
		await audit('password.changed', user.id);
		return { action: 'password', success: m.account_password_changed() };
	},

	signOutEverywhere: async (event) => {
		const user = requireUser(event);
		await invalidateUserSessions(user.id);
		await audit('session.signed_out_everywhere', user.id);
		deleteSessionCookie(event.cookies, event.url.protocol === 'https:');
		redirect(303, href('/sign-in'));
	},

	delete: async (event) => {
		const user = requireUser(event);
		const form = parseForm(await readForm(event.request), { confirm_password: password() });
		if (!form.ok) return refuse(400, { action: 'delete', errors: form.errors });
		const refused = await checkCurrentPassword(
			event,
			user,
			form.data.confirm_password,
			'delete',
			'confirm_password'
		);
		if (refused) return refused;
		const removed = await accounts.remove(event.locals.supabase, user.id);
		if (typeof removed === 'object') {
			return refuse(409, {
				action: 'delete',
				message: m.account_delete_last_admin({ organisation: removed.lastAdminOf }),
				errors: {}
			});
		}
		deleteSessionCookie(event.cookies, event.url.protocol === 'https:');
		redirect(303, href('/account/deleted'));
	}
};
