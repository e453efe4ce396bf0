import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import * as organisations from '#lib/server/data/organisations.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { formatNumber } from '#lib/money.ts';
import { shownName } from '#lib/organisation-names.ts';
import { cardShare } from '#lib/sharing.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const organisation = await organisations.getBySlug(locals.supabase, params.slug);
	if (!organisation) error(404, { message: m.error_not_found() });
	const [overview, { units }] = await Promise.all([
		organisations.overview(locals.supabase, organisation.id),
		organisations.family(locals.supabase, organisation)
	]);
	const name = shownName(organisation);
	const description = m.overview_intro({
		organisation: name,
		count: formatNumber(overview.projects.length, getLocale())
	});
	const share = cardShare(
		m.overview_title({ organisation: name }),
		description,
		`/organisations/${organisation.slug}/card.png`
	);
	return { organisation, overview, units, description, share };
};
