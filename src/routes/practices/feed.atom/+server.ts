// The newest practices published in the reader's language (the locale in the address), as Atom.
// Read as the public would, so the feed is the same for everyone who subscribes to it.
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { buildAtomFeed } from '#lib/atom.ts';
import { href, languageName } from '#lib/i18n.ts';
import { PRACTICE_SECTIONS, sectionName, themeName } from '#lib/practices.ts';
import { serverConfig } from '#lib/server/config.ts';
import * as practices from '#lib/server/data/practices.ts';
import { renderMarkdown } from '#lib/server/markdown.ts';
import { createRequestClient } from '#lib/server/supabase.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const locale = getLocale();
	const origin = serverConfig().publicOrigin;
	const list = await practices.latestIn(createRequestClient(null), locale);
	const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const xml = buildAtomFeed({
		id: `${origin}${href('/practices/feed.atom')}`,
		title: m.practices_feed_title({ language: languageName(locale, locale, { capitalise: false }) }),
		subtitle: m.practices_intro(),
		// An empty feed is as new as the code that serves it; one with entries, as its newest.
		updated: new Date(list[0]?.published_at ?? '2026-01-01T00:00:00Z'),
		language: locale,
		selfUrl: `${origin}${href('/practices/feed.atom')}`,
		alternateUrl: `${origin}${href('/practices')}?language=${locale}`,
		author: m.site_name(),
		entries: list.map((p) => ({
			id: `${origin}${href(`/practices/${p.practice.slug}`)}?lang=${locale}`,
			title: p.title,
			updated: new Date(p.published_at),
			alternateUrl: `${origin}${href(`/practices/${p.practice.slug}`)}?lang=${locale}`,
			summary: p.summary || undefined,
			// Sanitised like the page; the section headings in the reader's language.
			content: PRACTICE_SECTIONS.filter((s) => p[s].trim())
				.map((s) => `<h2>${escape(sectionName(s))}</h2>${renderMarkdown(p[s])}`)
				.join('\n'),
			authors: [p.practice.organisation.name],
			categories: p.practice.themes.map((t) => ({ term: t, label: themeName(t) }))
		}))
	});
	return new Response(xml, {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
};
