import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import * as organisations from '#lib/server/data/organisations.ts';
import { feedResponse } from '#lib/server/feeds.ts';
import { createRequestClient } from '#lib/server/supabase.ts';
import type { RequestHandler } from './$types';
import { shownName } from '#lib/organisation-names.ts';

export const GET: RequestHandler = async ({ params }) => {
	const supabase = createRequestClient(null);
	const organisation = await organisations.getBySlug(supabase, params.slug);
	if (!organisation) error(404, { message: m.error_not_found() });
	return feedResponse({
		name: m.calendar_organisation_name({ organisation: shownName(organisation) }),
		path: `/organisations/${organisation.slug}`,
		filename: `${organisation.slug}.ics`,
		organisation: organisation.slug
	});
};
