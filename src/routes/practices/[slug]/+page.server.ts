import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { PRACTICE_SECTIONS, pickPublication } from '#lib/practices.ts';
import { serverConfig } from '#lib/server/config.ts';
import { markdownToText, renderMarkdown } from '#lib/server/markdown.ts';
import * as documents from '#lib/server/data/documents.ts';
import * as practices from '#lib/server/data/practices.ts';
import * as transfers from '#lib/server/data/transfers.ts';
import { cardShare, shareDescription, type Share } from '#lib/sharing.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	// RLS answers: a practice with nothing published is found only by those who write it.
	const practice = await practices.getPage(locals.supabase, params.slug);
	if (!practice) error(404, { message: m.error_not_found() });
	const reader = getLocale();
	const picked = pickPublication(practice.publications, reader, url.searchParams.get('lang'));
	const [may, practiceTransfers, practiceDocuments, inReview] = await Promise.all([
		locals.user
			? practices.permissions(locals.supabase, practice.id)
			: { write: false, approve: false },
		transfers.listOfPractice(locals.supabase, practice.id),
		documents.listOf(locals.supabase, { practice: practice.id }),
		// Where its texts stand in review: working copies, which row level security shows only to
		// those who write them (approvers among them); asked beside the rest, not after.
		locals.user ? practices.inReview(locals.supabase, practice.id) : []
	]);
	const review = {
		// What waits for this person's decision: texts submitted, to those who may approve.
		waiting: may.approve ? inReview.filter((t) => t.state === 'submitted') : [],
		// What became of the writers' texts, to writers who do not approve them (approvers made
		// those decisions): submitted and waiting, or returned with a comment.
		mine: may.write && !may.approve ? inReview : []
	};
	const shown = picked && {
		locale: picked.shown.locale,
		kind: picked.shown.kind,
		title: picked.shown.title,
		summary: picked.shown.summary,
		published_at: picked.shown.published_at,
		// Rendered and sanitised here: the page puts the HTML in as it is.
		sections: PRACTICE_SECTIONS.filter((s) => picked.shown[s].trim() !== '').map((s) => ({
			name: s,
			html: renderMarkdown(picked.shown[s])
		}))
	};
	const origin = serverConfig().publicOrigin;
	// A language shown in place of the reader's is named in the address, and so on its card.
	const language =
		shown && (picked!.fallback || url.searchParams.has('lang')) ? `?lang=${shown.locale}` : '';
	const share: Share | undefined = shown
		? {
				...cardShare(
					shown.title,
					shareDescription(shown.summary || markdownToText(picked!.shown.context)),
					`/practices/${practice.slug}/card.png${language}`
				),
				// The practice's own picture, where it has one, is the one it is shared with.
				...(practice.image_url && practice.image_alt
					? { image: practice.image_url, imageSize: undefined, imageAlt: practice.image_alt }
					: {}),
				publishedTime: shown.published_at
			}
		: undefined;
	return {
		practice: {
			...practice,
			// The page needs only which languages there are; the texts are in `shown`.
			publications: practice.publications.map(({ locale, kind, title }) => ({
				locale,
				kind,
				title
			})),
			collections: practice.collections.flatMap((c) => (c.collection ? [c.collection] : []))
		},
		shown,
		fallback: picked?.fallback ?? false,
		transfers: practiceTransfers,
		documents: practiceDocuments,
		transferRemoved: url.searchParams.has('transfer_removed'),
		may,
		review,
		signedIn: !!locals.user,
		canonical: shown ? `${origin}${href(`/practices/${practice.slug}`)}${language}` : undefined,
		share
	};
};
