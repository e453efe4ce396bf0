import { getLocale } from '#lib/paraglide/runtime.js';
import { requireUser } from '#lib/server/auth/guards.ts';
import { attendeesOf } from './attendees.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { event: found, attendees } = await attendeesOf(event, getLocale());
	return { event: found, attendees, signer: user.display_name };
};
