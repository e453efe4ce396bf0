// The sharing card of an organisation: its name as the reader's language writes it.
import { shownName } from '#lib/organisation-names.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import { cardFor } from '#lib/server/share-card.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, request }) => {
	const organisation = await organisations.getBySlug(locals.supabase, params.slug);
	return cardFor(request, organisation && shownName(organisation));
};
