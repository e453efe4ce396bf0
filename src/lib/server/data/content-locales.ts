// The languages in which partners can write content: the same 28 as the interface's. Each is
// named in itself by Intl.DisplayNames, as the language chooser names them, not by hand.
import type { Supabase } from '../supabase.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { languageName } from '#lib/i18n.ts';
import { unwrap } from './unwrap.ts';

export type ContentLocale = { code: string; native_name: string };

export async function list(supabase: Supabase): Promise<ContentLocale[]> {
	const rows = unwrap(
		await supabase.from('content_locales').select('code').order('position')
	) as Array<{ code: string }>;
	return rows.map(({ code }) => ({ code, native_name: languageName(code) }));
}

/** The language an editor writes in: the one asked for (?lang=) when it is a content language, else the reader's. */
export async function editingLanguage(
	supabase: Supabase,
	requested: string | null
): Promise<{ locales: ContentLocale[]; code: string }> {
	const locales = await list(supabase);
	return {
		locales,
		code: requested && locales.some((l) => l.code === requested) ? requested : getLocale()
	};
}
