import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import * as documents from '#lib/server/data/documents.ts';
import * as events from '#lib/server/data/events.ts';
import * as outcomes from '#lib/server/data/outcomes.ts';
import * as practices from '#lib/server/data/practices.ts';
import * as transfers from '#lib/server/data/transfers.ts';
import { projectOf } from '#lib/server/auth/guards.ts';
import { cardShare, shareDescription } from '#lib/sharing.ts';
import { pickTranslation } from '#lib/translations.ts';
import { placesOf } from '#lib/server/towns.ts';
import type { PageServerLoad } from './$types';

/** The practices the page shows; all of them are on the practices list, filtered to the project. */
const SHOWN_PRACTICES = 6;

export const load: PageServerLoad = async (event) => {
	const { locals } = event;
	// RLS answers: a draft is found only by its partnership.
	const project = await projectOf(event);
	const [upcoming, projectPractices, projectTransfers, projectOutcomes, projectDocuments] =
		await Promise.all([
			events.list(locals.supabase, { projectId: project.id, upcoming: true, limit: 5 }),
			practices.ofProject(locals.supabase, project.slug, SHOWN_PRACTICES + 1),
			transfers.listOfProject(locals.supabase, project.id),
			outcomes.ofProject(locals.supabase, project.id),
			documents.listOf(locals.supabase, { project: project.id })
		]);
	const documentsByPart = documents.byPart(projectDocuments);
	const locale = getLocale();
	const description = shareDescription(
		(project.summary && pickTranslation(project.summary, locale)?.text) || m.projects_intro()
	);
	return {
		project,
		description,
		// A draft is its partnership's: not for sharing, nor for search engines.
		share: project.is_published
			? cardShare(
					pickTranslation(project.title, locale)?.text ?? project.acronym ?? project.slug,
					description,
					`/projects/${project.slug}/card.png`
				)
			: undefined,
		places: placesOf([
			...project.partners.map(({ organisation }) => ({
				country: organisation.country,
				town: organisation.city
			})),
			...project.unnamed_partners.map((unnamed) => ({
				country: unnamed.country,
				town: unnamed.city
			}))
		]),
		outcomes: projectOutcomes && outcomes.withPartnerNames(projectOutcomes, project.partners),
		upcoming,
		practices: projectPractices.slice(0, SHOWN_PRACTICES),
		morePractices: projectPractices.length > SHOWN_PRACTICES,
		transfers: projectTransfers,
		documents: documentsByPart.own,
		partDocuments: { results: documentsByPart.results, press: documentsByPart.press },
		isMember: project.permissions.people,
		canEdit: project.permissions.edit,
		canManageDocuments: project.permissions.documents
	};
};
