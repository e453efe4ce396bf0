import { redirect } from '@sveltejs/kit';
import { href } from '#lib/i18n.ts';
import { deleteSessionCookie, invalidateSession } from '#lib/server/auth/sessions.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session) await invalidateSession(locals.session.id);
		deleteSessionCookie(cookies, url.protocol === 'https:');
		redirect(303, href('/'));
	}
};
