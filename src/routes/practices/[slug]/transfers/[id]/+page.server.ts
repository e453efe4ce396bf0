import { error, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { refusalMessage } from '#lib/server/data/refusal-messages.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { formatDate } from '#lib/dates.ts';
import { pickPublication, TRANSFER_STAGES } from '#lib/practices.ts';
import { shownName } from '#lib/organisation-names.ts';
import { cardShare } from '#lib/sharing.ts';
import { requireTransfer, transferOf } from '#lib/server/auth/guards.ts';
import * as transfers from '#lib/server/data/transfers.ts';
import {
	checkbox,
	choice,
	date,
	integer,
	parseForm,
	readForm,
	refuse,
	text
} from '#lib/server/forms.ts';
import { renderMarkdown } from '#lib/server/markdown.ts';
import { todayIn } from '#lib/time.ts';
import type { Actions, PageServerLoad } from './$types';

function pageOf(transfer: transfers.Transfer, saved?: string): string {
	const path = href(`/practices/${transfer.practice.slug}/transfers/${transfer.id}`);
	return saved ? `${path}?saved=${saved}` : path;
}

/** Today where the person is, as a date input shows it. */
function today(timeZone: string | null | undefined): string {
	return todayIn(timeZone ?? 'Europe/Riga');
}

function formatDay(day: string): string {
	return formatDate(day, getLocale());
}

export const load: PageServerLoad = async (event) => {
	const transfer = await transferOf(event, { withRecorders: !!event.locals.user });
	const shown = pickPublication(transfer.practice.publications, getLocale())?.shown;
	const organisation = shownName(transfer.organisation);
	const description = m.transfer_share_description({
		organisation,
		practice: shown?.title ?? transfer.practice.slug
	});
	return {
		transfer,
		description,
		// Shared with the practice's card, as long as the practice has a published text.
		share: shown
			? cardShare(
					m.transfer_heading({ organisation }),
					description,
					`/practices/${transfer.practice.slug}/card.png`
				)
			: undefined,
		notesHtml: renderMarkdown(transfer.notes),
		resultsHtml: renderMarkdown(transfer.results),
		today: today(event.locals.user?.time_zone),
		canEdit: transfer.permissions.edit,
		canRemove: transfer.permissions.remove
	};
};

export const actions: Actions = {
	/** Moves the transfer to a stage (or corrects the date of the one it is at). */
	stage: async (event) => {
		const transfer = await requireTransfer(event, 'edit');
		const form = parseForm(await readForm(event.request), {
			version: integer({ min: 1 }),
			stage: choice(TRANSFER_STAGES),
			since: date({ required: true })
		});
		if (!form.ok)
			return refuse(400, {
				action: 'stage',
				values: form.values,
				errors: form.errors
			});
		const { version, stage, since } = form.data as {
			version: number;
			stage: (typeof TRANSFER_STAGES)[number];
			since: string;
		};

		if (since < transfer.started_on) {
			return refuse(400, {
				action: 'stage',
				values: form.values,
				errors: { since: m.transfer_since_before_start({ date: formatDay(transfer.started_on) }) }
			});
		}
		// A new stage follows the current one; the current stage's own date may be corrected either way.
		if (stage !== transfer.stage && since < transfer.stage_since) {
			return refuse(400, {
				action: 'stage',
				values: form.values,
				errors: {
					since: m.transfer_since_before_current({ date: formatDay(transfer.stage_since) })
				}
			});
		}
		if (stage === transfer.stage && since === transfer.stage_since && version === transfer.version)
			redirect(303, pageOf(transfer));

		const saved = await transfers.update(event.locals.supabase, transfer.id, version, {
			stage,
			stage_since: since
		});
		if (saved === 'before_start') {
			return refuse(400, {
				action: 'stage',
				values: form.values,
				errors: { since: m.transfer_since_before_start({ date: formatDay(transfer.started_on) }) }
			});
		}
		if (saved === 'transfer_date_in_future')
			return refuse(400, {
				action: 'stage',
				values: form.values,
				errors: { since: refusalMessage(saved) }
			});
		if (saved === 'conflict')
			return refuse(409, {
				action: 'stage',
				values: form.values,
				errors: {},
				conflict: true
			});
		redirect(303, pageOf(transfer, 'stage'));
	},

	/** Notes and results, saved on top of the version the person opened. */
	texts: async (event) => {
		const transfer = await requireTransfer(event, 'edit');
		const form = parseForm(await readForm(event.request), {
			version: integer({ min: 1 }),
			notes: text({ max: transfers.TEXT_MAX, multiline: true }),
			results: text({ max: transfers.TEXT_MAX, multiline: true })
		});
		const values = form.values;
		if (!form.ok) return refuse(400, { action: 'texts', values, errors: form.errors });

		const saved = await transfers.update(event.locals.supabase, transfer.id, form.data.version, {
			notes: form.data.notes,
			results: form.data.results
		});
		if (saved !== 'saved') {
			// Someone saved since this form was opened: the page shows theirs; ours comes back to copy from.
			return refuse(409, {
				action: 'texts',
				values,
				errors: {},
				conflict: true
			});
		}
		redirect(303, pageOf(transfer, 'texts'));
	},

	remove: async (event) => {
		const transfer = await requireTransfer(event, 'remove');
		const form = parseForm(await readForm(event.request), { confirm: checkbox() });
		if (!form.ok || !form.data.confirm) {
			return refuse(400, {
				action: 'remove',
				values: {},
				errors: { confirm: m.transfer_remove_confirm_missing() }
			});
		}
		if (!(await transfers.remove(event.locals.supabase, transfer.id)))
			error(403, { message: m.error_forbidden() });
		redirect(303, `${href(`/practices/${transfer.practice.slug}`)}?transfer_removed=1`);
	}
};
