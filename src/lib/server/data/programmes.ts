// The programmes and strands of public.programmes. Written only by migrations, so one process
// reads them once in a while rather than on every request.
import { rememberProgrammes, type Programme } from '#lib/programmes.ts';
import type { Supabase } from '../supabase.ts';
import { unwrap } from './unwrap.ts';

type Row = { code: string; parent: string | null; names: Record<string, string> };

const FRESH_MS = 5 * 60_000;
let cached: { at: number; rows: Promise<Row[]> } | null = null;

async function rows(supabase: Supabase): Promise<Row[]> {
	if (cached && Date.now() - cached.at <= FRESH_MS) return cached.rows;
	const read = (async () =>
		unwrap(
			await supabase.from('programmes').select('code, parent, names').order('position')
		) as Row[])();
	cached = { at: Date.now(), rows: read };
	// A failed read is not kept: the next request asks again.
	read.catch(() => (cached = null));
	return read;
}

/** The programmes named in `locale`, in list order; also remembered for programmeName(). */
export async function named(supabase: Supabase, locale: string): Promise<Programme[]> {
	const list = (await rows(supabase)).map((row) => ({
		code: row.code,
		parent: row.parent,
		name: row.names[locale] ?? row.names.en
	}));
	rememberProgrammes(locale, list);
	return list;
}

export type ProgrammeIndicator = {
	code: string;
	programme: string;
	names: Record<string, string>;
	unit: string | null;
	counted_as: string | null;
};

/** What a project under `programme` reports: the indicators of that programme or strand, and of a strand's programme. */
export async function indicatorsFor(
	supabase: Supabase,
	programme: string | null
): Promise<ProgrammeIndicator[]> {
	if (!programme) return [];
	const parent = (await rows(supabase)).find((row) => row.code === programme)?.parent;
	const programmes = parent ? [parent, programme] : [programme];
	return unwrap(
		await supabase
			.from('programme_indicators')
			.select('code, programme, names, unit, counted_as')
			.in('programme', programmes)
			.order('position')
	) as ProgrammeIndicator[];
}
