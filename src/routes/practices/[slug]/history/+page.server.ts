import { editablePractice } from '../edit/editable.ts';
import * as practices from '#lib/server/data/practices.ts';
import type { PageServerLoad } from './$types';

/** Every saved state of every language, for the practice's writers. */
export const load: PageServerLoad = async (event) => {
	const { practice } = await editablePractice(event);
	const original = practice.texts.find((t) => t.kind === 'original') ?? practice.texts[0];
	return {
		practice: { slug: practice.slug, title: original.title, locale: original.locale },
		entries: await practices.history(event.locals.supabase, practice.id)
	};
};
