import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user ? { display_name: locals.user.display_name, is_platform_admin: locals.user.is_platform_admin } : null
});
