// A project's news as Atom: its press releases and news items, and its results, as the public
// sees them (a draft project has no feed), the most recently changed first, bounded.
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { AtomEntry } from '#lib/atom.ts';
import { href } from '#lib/i18n.ts';
import { pressKindName, shortProjectName } from '#lib/project-names.ts';
import { pickTranslation } from '#lib/translations.ts';
import { atomFeed, atomResponse } from '#lib/server/atom-feeds.ts';
import { serverConfig } from '#lib/server/config.ts';
import * as projects from '#lib/server/data/projects.ts';
import { createRequestClient } from '#lib/server/supabase.ts';
import type { RequestHandler } from './$types';

/** A result has no title of its own: the start of its statement stands for one. */
const TITLE_LENGTH = 120;

export const GET: RequestHandler = async ({ params }) => {
	const project = await projects.news(createRequestClient(null), params.slug);
	if (!project) error(404, { message: m.error_not_found() });
	const locale = getLocale();
	const page = `${serverConfig().publicOrigin}${href(`/projects/${project.slug}`)}`;
	const text = (value: Parameters<typeof pickTranslation>[0]) =>
		pickTranslation(value, locale)?.text ?? '';
	const press: AtomEntry[] = project.press.map((item) => ({
		id: `${page}#press-${item.id}`,
		title: text(item.title),
		updated: new Date(item.updated_at),
		published: item.published_on ? new Date(`${item.published_on}T00:00:00Z`) : undefined,
		alternateUrl: item.url ?? page,
		summary: text(item.body) || undefined,
		categories: [{ term: item.kind, label: pressKindName(item.kind) }]
	}));
	const results: AtomEntry[] = project.results.map((result) => {
		const statement = text(result.statement);
		return {
			id: `${page}#result-${result.id}`,
			title:
				statement.length > TITLE_LENGTH
					? `${statement.slice(0, TITLE_LENGTH - 1).trimEnd()}…`
					: statement,
			updated: new Date(result.updated_at),
			alternateUrl: page,
			summary: statement,
			categories: [{ term: 'result', label: m.project_results_heading() }]
		};
	});
	const entries = [...press, ...results]
		.sort((a, b) => b.updated.getTime() - a.updated.getTime())
		.slice(0, projects.NEWS_CAP);
	return atomResponse(
		atomFeed({
			path: `/projects/${project.slug}/feed.atom`,
			alternate: `/projects/${project.slug}`,
			title: m.project_news_feed_title({ project: shortProjectName(project, locale) }),
			entries
		})
	);
};
