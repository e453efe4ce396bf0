// The sharing card of a page that is the same for every reader (a list, the portal's own pages):
// its title in the reader's language.
import { isPageCard, PAGE_CARDS, type PageCard } from '#lib/sharing.ts';
import { cardFor } from '#lib/server/share-card.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, request }) => {
	const page: PageCard | null = isPageCard(params.name) ? PAGE_CARDS[params.name] : null;
	return cardFor(request, page && (page.card?.() ?? page.title()));
};
