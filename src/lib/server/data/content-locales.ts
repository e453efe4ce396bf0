// The languages in which partners can write content: the portal's locales, which are more
// than those the interface itself is translated into.
import type { Supabase } from '../supabase.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { unwrap } from './unwrap.ts';

export type ContentLocale = { code: string; english_name: string; native_name: string };

export async function list(supabase: Supabase): Promise<ContentLocale[]> {
	return unwrap(
		await supabase.from('content_locales').select('code, english_name, native_name').order('position')
	);
}

/** The language an editor writes in: the one asked for (?lang=) when it is a content language, else the reader's. */
export async function editingLanguage(supabase: Supabase, requested: string | null): Promise<{ locales: ContentLocale[]; code: string }> {
	const locales = await list(supabase);
	return { locales, code: requested && locales.some((l) => l.code === requested) ? requested : getLocale() };
}
