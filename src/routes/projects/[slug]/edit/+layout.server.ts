import { requireProject } from '#lib/server/auth/guards.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => ({
	project: await requireProject(event, 'edit')
});
