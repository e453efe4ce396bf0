import { m } from '#lib/paraglide/messages.js';
import * as events from '#lib/server/data/events.ts';
import { projectSummaryOf } from '#lib/server/auth/guards.ts';
import { webcalUrl } from '#lib/server/feeds.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { cardShare } from '#lib/sharing.ts';
import { pickTranslation } from '#lib/translations.ts';
import type { PageServerLoad } from './$types';

/** A project's series: every event it lists, in time order. */
export const load: PageServerLoad = async (event) => {
	const { locals } = event;
	const project = await projectSummaryOf(event);
	const list = (await events.list(locals.supabase, { projectId: project.id })).reverse();
	const name = project.acronym ?? pickTranslation(project.title, getLocale())?.text ?? project.slug;
	const [title, description] = [
		m.events_of_project({ project: name }),
		m.project_events_description({ project: name })
	];
	return {
		title,
		description,
		// Shared with the project's card; a draft's events are its partnership's.
		share: project.is_published
			? cardShare(title, description, `/projects/${project.slug}/card.png`)
			: undefined,
		project,
		events: list,
		feed: webcalUrl(`/projects/${project.slug}/calendar.ics`),
		canAdd: project.permissions.edit
	};
};
