import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { pickPublication } from '#lib/practices.ts';
import { originalOf, pickTranslation } from '#lib/translations.ts';
import { collectionOf } from '#lib/server/auth/guards.ts';
import { renderMarkdown } from '#lib/server/markdown.ts';
import { excerpt } from '../excerpt.ts';
import { organisationNameText } from '#lib/organisation-names.ts';
import { cardShare, shareDescription } from '#lib/sharing.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	// Row level security answers: a partners-only collection is found only by the partnership.
	const collection = await collectionOf(event);
	const reader = getLocale();
	const introduction = pickTranslation(collection.introduction, reader);
	const original = introduction?.status === 'machine' ? originalOf(collection.introduction) : null;
	// A practice with no published language is not shown: readers of a collection see what readers of practices see.
	const practices = collection.items.flatMap(({ practice, publications }) => {
		const picked = practice ? pickPublication(publications, reader) : null;
		if (!practice || !picked) return [];
		const { shown, fallback } = picked;
		return [
			{
				slug: practice.slug,
				country: practice.country,
				organisation: practice.organisation,
				locale: shown.locale,
				kind: shown.kind,
				fallback,
				title: shown.title,
				summary: shown.summary
			}
		];
	});
	const title = pickTranslation(collection.title, reader)?.text ?? collection.slug;
	const owner = collection.project
		? (collection.project.acronym ??
			pickTranslation(collection.project.title, reader)?.text ??
			collection.project.slug)
		: collection.organisation && organisationNameText(collection.organisation, reader);
	const description = shareDescription(
		(introduction && excerpt(introduction.text)) ||
			(owner ? m.collection_share_description({ owner }) : m.collections_intro())
	);
	return {
		description,
		// A partners-only collection is not for sharing, nor for search engines.
		share:
			collection.visibility === 'public'
				? cardShare(title, description, `/collections/${collection.slug}/card.png`)
				: undefined,
		collection: {
			slug: collection.slug,
			title: collection.title,
			visibility: collection.visibility,
			project: collection.project,
			organisation: collection.organisation
		},
		introduction: introduction && {
			html: renderMarkdown(introduction.text),
			locale: introduction.locale,
			status: introduction.status,
			fallback: introduction.fallback,
			// A machine translation offers the original it was made from.
			original: original && { locale: original.locale, html: renderMarkdown(original.text) }
		},
		practices,
		canEdit: collection.permissions.edit
	};
};
