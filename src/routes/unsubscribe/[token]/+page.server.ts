// One-click unsubscribe (RFC 8058). A mail program POSTs "List-Unsubscribe=One-Click" here without
// a cookie or an Origin; a person following the link sees a page with one button. The link's
// signature is the authority: a malformed or forged one changes nothing and says so.
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { serverConfig } from '#lib/server/config.ts';
import * as unsubscribes from '#lib/server/data/unsubscribes.ts';
import { readUnsubscribeToken, type Unsubscribe } from '#lib/server/notifications/unsubscribe.ts';
import type { Actions, PageServerLoad } from './$types';

function target(token: string): Unsubscribe {
	const read = readUnsubscribeToken(token, serverConfig().serviceRoleKey);
	if (!read) error(400, { message: m.unsubscribe_invalid() });
	return read;
}

export const load: PageServerLoad = ({ params }) => {
	const { kind } = target(params.token);
	return { kind };
};

export const actions: Actions = {
	default: async ({ params }) => {
		const wanted = target(params.token);
		if (!(await unsubscribes.stop(wanted))) error(400, { message: m.unsubscribe_invalid() });
		return { done: true };
	}
};
