// The EU programmes and their strands, as the database lists them (public.programmes), named in
// the reader's language. The list is reference data, the same for everyone and written only by
// migrations: the server reads it (src/lib/server/data/programmes.ts) and the root layout hands
// the reader's language's names to the browser, so that any page can name a project's programme.
import { getLocale } from '#lib/paraglide/runtime.js';

export type Programme = { code: string; parent: string | null; name: string };

const byLocale = new Map<string, Map<string, Programme>>();

export function rememberProgrammes(locale: string, list: Programme[]): void {
	byLocale.set(locale, new Map(list.map((programme) => [programme.code, programme])));
}

/** The programmes in list order, each with its strands. */
export function programmeGroups(locale = getLocale()): Array<Programme & { strands: Programme[] }> {
	const list = [...(byLocale.get(locale)?.values() ?? [])];
	return list
		.filter((p) => !p.parent)
		.map((p) => ({ ...p, strands: list.filter((s) => s.parent === p.code) }));
}

export function programmeCodes(locale = getLocale()): string[] {
	return [...(byLocale.get(locale)?.keys() ?? [])];
}

/**
 * A programme's name; a strand's with its programme's ("Erasmus+ – Key Action 2: …"), unless the
 * strand's own name already says it ("Interreg Europe"). An unknown code shows as itself.
 */
export function programmeName(code: string | null, locale = getLocale()): string {
	const known = byLocale.get(locale);
	const programme = known?.get(code ?? '');
	if (!programme) return code ?? '';
	const parent = programme.parent ? known?.get(programme.parent) : undefined;
	return parent && !programme.name.startsWith(parent.name)
		? `${parent.name} – ${programme.name}`
		: programme.name;
}
