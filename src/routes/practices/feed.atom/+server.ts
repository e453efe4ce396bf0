// The newest practices published in the reader's language (the locale in the address), as Atom.
// Read as the public would, so the feed is the same for everyone who subscribes to it.
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href, languageName } from '#lib/i18n.ts';
import { PRACTICE_SECTIONS, sectionName, themeName } from '#lib/practices.ts';
import { atomFeed, atomResponse } from '#lib/server/atom-feeds.ts';
import { serverConfig } from '#lib/server/config.ts';
import * as practices from '#lib/server/data/practices.ts';
import { renderMarkdown } from '#lib/server/markdown.ts';
import { createRequestClient } from '#lib/server/supabase.ts';
import type { RequestHandler } from './$types';
import { shownName } from '#lib/organisation-names.ts';

// Rendering fifty practices' Markdown takes a moment of the one thread every request shares, and
// feed readers ask often: a locale's feed is rendered again only when what it lists has changed.
const built = new Map<string, { fingerprint: string; xml: string }>();

export const GET: RequestHandler = async () => {
	const locale = getLocale();
	const list = await practices.latestIn(createRequestClient(null), locale);
	const fingerprint = JSON.stringify(
		list.map((p) => [
			p.practice.slug,
			p.published_at,
			p.text_version,
			p.practice.themes,
			shownName(p.practice.organisation)
		])
	);
	let xml = built.get(locale)?.fingerprint === fingerprint ? built.get(locale)!.xml : null;
	if (xml === null) {
		xml = build(locale, list);
		built.set(locale, { fingerprint, xml });
	}
	return atomResponse(xml);
};

function build(locale: string, list: Awaited<ReturnType<typeof practices.latestIn>>): string {
	const origin = serverConfig().publicOrigin;
	const escape = (text: string) =>
		text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return atomFeed({
		path: '/practices/feed.atom',
		alternate: `/practices?language=${locale}`,
		title: m.practices_feed_title({
			language: languageName(locale, locale, { capitalise: false })
		}),
		subtitle: m.practices_intro(),
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
			authors: [shownName(p.practice.organisation)],
			categories: p.practice.themes.map((t) => ({ term: t, label: themeName(t) }))
		}))
	});
}
