import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { pickPublication } from '#lib/practices.ts';
import { originalOf, pickTranslation } from '#lib/translations.ts';
import * as collections from '#lib/server/data/collections.ts';
import { renderMarkdown } from '#lib/server/markdown.ts';
import { excerpt } from '../excerpt.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	// Row level security answers: a partners-only collection is found only by the partnership.
	const collection = await collections.getPage(locals.supabase, params.slug);
	if (!collection) error(404, { message: m.error_not_found() });
	const reader = getLocale();
	const introduction = pickTranslation(collection.introduction, reader);
	const original = introduction?.status === 'machine' ? originalOf(collection.introduction) : null;
	// A practice with no published language is not shown: readers of a collection see what readers of practices see.
	const practices = collection.items.flatMap(({ practice, publications }) => {
		const picked = practice ? pickPublication(publications, reader) : null;
		if (!practice || !picked) return [];
		const { shown, fallback } = picked;
		return [{
			slug: practice.slug,
			country: practice.country,
			organisation: practice.organisation,
			locale: shown.locale,
			kind: shown.kind,
			fallback,
			title: shown.title,
			summary: shown.summary
		}];
	});
	return {
		collection: {
			slug: collection.slug,
			title: collection.title,
			visibility: collection.visibility,
			project: collection.project,
			organisation: collection.organisation
		},
		introduction: introduction && {
			html: renderMarkdown(introduction.text),
			// What a shared link shows: the start of the introduction, on one line.
			share: excerpt(introduction.text),
			locale: introduction.locale,
			status: introduction.status,
			fallback: introduction.fallback,
			// A machine translation offers the original it was made from.
			original: original && { locale: original.locale, html: renderMarkdown(original.text) }
		},
		practices,
		canEdit: locals.user ? await collections.canCurate(locals.supabase, collection, locals.user) : false
	};
};
