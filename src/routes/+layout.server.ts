import { serverConfig } from '#lib/server/config.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	// Absolute links (hreflang) use the configured address, never the request's Host header.
	origin: serverConfig().publicOrigin,
	user: locals.user
		? { display_name: locals.user.display_name, is_platform_admin: locals.user.is_platform_admin, time_zone: locals.user.time_zone }
		: null
});
