import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { refusalMessage } from '#lib/server/data/refusal-messages.ts';
import { href } from '#lib/i18n.ts';
import { requireUser } from '#lib/server/auth/guards.ts';
import * as memberships from '#lib/server/data/memberships.ts';
import * as transfers from '#lib/server/data/transfers.ts';
import { date, parseForm, readForm, refuse, text, uuid } from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import { todayIn } from '#lib/time.ts';
import type { Actions, PageServerLoad } from './$types';
import { shownName } from '#lib/organisation-names.ts';

/** Today where the person is, as a date input shows it. */
function today(timeZone: string | null | undefined): string {
	return todayIn(timeZone ?? 'Europe/Riga');
}

/**
 * The published practice, the person's organisations that may take it over (not the one that wrote
 * it, nor one that follows it already) and the joint projects each of them takes part in.
 */
async function adoption(event: RequestEvent<{ slug: string }>) {
	const user = requireUser(event);
	const supabase = event.locals.supabase;
	const practice = await transfers.practiceToAdopt(supabase, event.params.slug);
	// Only a published practice is taken over: a draft is still its authors' to change.
	if (!practice || practice.publications.length === 0) error(404, { message: m.error_not_found() });

	const [mine, projectRoles] = await Promise.all([
		memberships.organisationsOf(supabase, user.id),
		memberships.projectsOf(supabase, user.id)
	]);
	const following = new Map(practice.transfers.map((t) => [t.organisation_id, t.id]));
	const eligible = mine
		.map((membership) => membership.organisation)
		.filter(
			(organisation) =>
				organisation.id !== practice.organisation.id && !following.has(organisation.id)
		);
	const projects = await transfers.jointProjects(
		supabase,
		eligible.map((o) => o.id),
		[...new Set(projectRoles.map((p) => p.project.id))]
	);
	return {
		user,
		practice,
		eligible: eligible.map(({ id, name, name_lang, names, country }) => ({
			id,
			name,
			name_lang,
			names,
			country,
			projects: projects.filter((p) => p.organisation_id === id).map((p) => p.project)
		})),
		// The person's organisations that follow it already, to link to their transfers.
		followed: mine
			.filter((membership) => following.has(membership.organisation.id))
			.map(({ organisation: { id, name } }) => ({ name, transferId: following.get(id)! })),
		ownsIt: mine.some((membership) => membership.organisation.id === practice.organisation.id),
		following
	};
}

export const load: PageServerLoad = async (event) => {
	const { user, practice, eligible, followed, ownsIt } = await adoption(event);
	return {
		practice,
		eligible,
		followed,
		ownsIt,
		today: today(user.time_zone),
		// Who takes it over already: experience to ask about.
		adopters: await transfers.listOfPractice(event.locals.supabase, practice.id)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { practice, eligible, following } = await adoption(event);
		const form = parseForm(await readForm(event.request), {
			organisation: uuid(),
			project: { parse: (v) => (v === null || v === '' ? { value: null } : uuid().parse(v)) },
			started_on: date({ required: true }),
			notes: text({ max: transfers.TEXT_MAX, multiline: true })
		});
		const values = form.values;
		if (!form.ok) return refuse(400, { values, errors: form.errors });
		const data = form.data;

		const organisation = eligible.find((o) => o.id === data.organisation);
		if (!organisation) {
			// Said plainly when the page was open while the organisation began to follow it, or when
			// someone posts what the list did not offer.
			const why =
				data.organisation === practice.organisation.id
					? m.transfer_own_practice()
					: following.has(data.organisation)
						? m.transfer_already_following({ organisation: m.transfer_this_organisation() })
						: m.form_choose();
			return refuse(400, { values, errors: { organisation: why } });
		}
		if (data.project && !organisation.projects.some((p) => p.id === data.project)) {
			return refuse(400, {
				values,
				errors: {
					project: m.transfer_project_not_partner({ organisation: shownName(organisation) })
				}
			});
		}

		const started = await transfers.start(once(event), {
			practiceId: practice.id,
			organisationId: organisation.id,
			projectId: data.project,
			startedOn: data.started_on,
			notes: data.notes
		});
		// What the database refuses, should the page have been open while someone else acted.
		if (started === 'taken')
			return refuse(400, {
				values,
				errors: {
					organisation: m.transfer_already_following({ organisation: shownName(organisation) })
				}
			});
		if (started === 'transfer_date_in_future')
			return refuse(400, { values, errors: { started_on: refusalMessage(started) } });
		if (started === 'own_practice')
			return refuse(400, { values, errors: { organisation: refusalMessage(started) } });
		if (started === 'not_partner') {
			return refuse(400, {
				values,
				errors: {
					project: m.transfer_project_not_partner({ organisation: shownName(organisation) })
				}
			});
		}
		redirect(303, `${href(`/practices/${practice.slug}/transfers/${started.id}`)}?started=1`);
	}
};
