import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as events from '#lib/server/data/events.ts';
import * as projects from '#lib/server/data/projects.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [locales, all, upcoming] = await Promise.all([
		contentLocales.list(locals.supabase),
		projects.list(locals.supabase),
		events.list(locals.supabase, { upcoming: true, limit: 5 })
	]);
	const published = all.filter((project) => project.is_published);
	const organisations = new Set(published.flatMap((p) => p.partners.map((x) => x.organisation.id)));
	const countries = new Set(published.flatMap((p) => [...p.partners.map((x) => x.organisation.country), ...p.unnamed_partners.map((x) => x.country)]));
	return {
		contentLocales: locales,
		network: {
			projects: published.length,
			organisations: organisations.size + published.reduce((n, p) => n + p.unnamed_partners.length, 0),
			countries: countries.size
		},
		// Newest first: what the network is doing, or did last.
		recent: published.slice(0, 3),
		upcoming
	};
};
