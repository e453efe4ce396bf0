// What the sitemap lists: every public project, event, practice, collection and organisation, read
// as anon (row level security and the explicit filters below keep out what a partnership alone
// may see), in slug order, one page at a time as a key range.
import type { Supabase } from '../supabase.ts';
import { everyRow } from './every-row.ts';
import { unwrap } from './unwrap.ts';

export const SITEMAP_KINDS = [
	'projects',
	'events',
	'practices',
	'collections',
	'organisations'
] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

/**
 * Records per sitemap page. Each is listed in up to 28 languages, each naming all 28 and x-default:
 * about 80 KB of XML per record, so a page of 50 stays near 4 MB, well inside sitemaps.org's 50 MB
 * and 50,000 addresses, and small enough for the page cache to keep.
 */
export const SITEMAP_PAGE_SIZE = 50;

export type SitemapPage = { kind: SitemapKind; first_slug: string; last_modified: string };
export type SitemapRecord = { slug: string; updated_at: string; locales?: string[] };

/** Every page of every kind, each named by its first slug and dated by its newest change. */
export async function pages(supabase: Supabase): Promise<SitemapPage[]> {
	return everyRow<SitemapPage>((from, to) =>
		supabase.rpc('sitemap_pages', { size: SITEMAP_PAGE_SIZE }).range(from, to)
	);
}

/** One page of records of a kind: from a slug onwards, in slug order, along the slug's index. */
export async function page(
	supabase: Supabase,
	kind: SitemapKind,
	from: string
): Promise<SitemapRecord[]> {
	if (kind === 'practices') {
		const rows = unwrap(
			await supabase
				.from('practices')
				.select('slug, updated_at, published_at, publications:practice_publications!inner(locale)')
				.gte('slug', from)
				.order('slug')
				.limit(SITEMAP_PAGE_SIZE)
		);
		return rows.map((p) => ({
			slug: p.slug,
			updated_at: new Date(
				Math.max(Date.parse(p.updated_at), Date.parse(p.published_at ?? p.updated_at))
			).toISOString(),
			locales: p.publications.map((pub) => pub.locale)
		}));
	}
	const records = {
		projects: () => supabase.from('projects').select('slug, updated_at').eq('is_published', true),
		events: () => supabase.from('events').select('slug, updated_at').eq('visibility', 'public'),
		collections: () =>
			supabase.from('collections').select('slug, updated_at').eq('visibility', 'public'),
		organisations: () => supabase.from('organisations').select('slug, updated_at')
	}[kind]();
	return unwrap(await records.gte('slug', from).order('slug').limit(SITEMAP_PAGE_SIZE));
}
