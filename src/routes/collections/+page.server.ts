import { getLocale } from '#lib/paraglide/runtime.js';
import { originalOf, pickTranslation } from '#lib/translations.ts';
import * as collections from '#lib/server/data/collections.ts';
import { excerpt } from './excerpt.ts';
import type { PageServerLoad } from './$types';
import { pageNumber } from '#lib/server/forms.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const page = pageNumber(url);
	const [found, owners] = await Promise.all([
		collections.list(locals.supabase, page),
		locals.user ? collections.ownerChoices(locals.supabase) : null
	]);
	const reader = getLocale();
	return {
		total: found.total,
		// The start of each introduction, as plain text in the language the reader gets: not the whole of it.
		collections: found.collections.map(({ introduction, ...collection }) => {
			const shown = pickTranslation(introduction, reader);
			// A machine translation is labelled with the language it was made from.
			const from = shown?.status === 'machine' ? (originalOf(introduction)?.locale ?? null) : null;
			return {
				...collection,
				excerpt: shown ? { text: excerpt(shown.text), locale: shown.locale, from } : null
			};
		}),
		page,
		pageSize: collections.PAGE_SIZE,
		// The link to start one, for those the database lets start one.
		canStart: !!owners && owners.projects.length + owners.organisations.length > 0,
		deleted: url.searchParams.has('deleted')
	};
};
