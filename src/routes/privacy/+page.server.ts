import { sessionCookieName } from '#lib/server/auth/sessions.ts';
import { serverConfig } from '#lib/server/config.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { privacy, publicOrigin } = serverConfig();
	return {
		controller: privacy.controller,
		email: privacy.email,
		// The name the browser shows for it: the portal is served at PUBLIC_ORIGIN.
		cookie: sessionCookieName(publicOrigin.startsWith('https:'))
	};
};
