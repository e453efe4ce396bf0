import { serverConfig } from '#lib/server/config.ts';
import * as myWork from '#lib/server/data/my-work.ts';
import * as programmes from '#lib/server/data/programmes.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { newFormKey } from '#lib/server/idempotency.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const [myWorkCount, programmeNames] = await Promise.all([
		// The header's "My work" badge: one small query, only for a signed-in person.
		locals.user ? myWork.count(locals.supabase) : 0,
		// Programme names in the reader's language, for any page that names a project's programme.
		programmes.named(locals.supabase, getLocale())
	]);
	return {
		// Absolute links (hreflang) use the configured address, never the request's Host header.
		origin: serverConfig().publicOrigin,
		user: locals.user
			? {
					display_name: locals.user.display_name,
					is_platform_admin: locals.user.is_platform_admin,
					time_zone: locals.user.time_zone
				}
			: null,
		myWorkCount,
		// Sent with each form that creates a record, so that sending it again acts once (FormKey.svelte).
		formKey: locals.user ? newFormKey() : null,
		programmes: programmeNames
	};
};
