// The languages in which partners can write content: the portal's locales, which are more
// than those the interface itself is translated into.
import type { Supabase } from '../supabase.ts';
import { unwrap } from './unwrap.ts';

export type ContentLocale = { code: string; english_name: string; native_name: string };

export async function list(supabase: Supabase): Promise<ContentLocale[]> {
	return unwrap(
		await supabase.from('content_locales').select('code, english_name, native_name').order('position')
	);
}
