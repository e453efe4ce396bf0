import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { pickTranslation } from '#lib/translations.ts';
import * as projects from '#lib/server/data/projects.ts';
import { feedResponse } from '#lib/server/feeds.ts';
import { createRequestClient } from '#lib/server/supabase.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	// As the public sees it: a draft project has no feed.
	const project = await projects.getBySlug(createRequestClient(null), params.slug);
	if (!project) error(404, { message: m.error_not_found() });
	const name = project.acronym ?? pickTranslation(project.title, getLocale())?.text ?? project.slug;
	return feedResponse({
		name: m.calendar_project_name({ project: name }),
		path: `/projects/${project.slug}/events`,
		filename: `${project.slug}.ics`,
		projectId: project.id
	});
};
