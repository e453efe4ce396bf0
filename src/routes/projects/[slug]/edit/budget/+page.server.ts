import { redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { href } from '#lib/i18n.ts';
import { formatEuro } from '#lib/money.ts';
import * as programmes from '#lib/server/data/programmes.ts';
import * as projectChanges from '#lib/server/data/project-changes.ts';
import {
	checkbox,
	choice,
	euro,
	integer,
	parseForm,
	percentage,
	quantity,
	readForm,
	refuse,
	text,
	uuid
} from '#lib/server/forms.ts';
import { once } from '#lib/server/idempotency.ts';
import { requireProject } from '#lib/server/auth/guards.ts';
import type { TranslatedText, TranslationStatus } from '#lib/translations.ts';
import type { Actions, PageServerLoad } from './$types';

/** What a partner pre-financed and has not been paid back yet, in cents. */
function outstandingPreFinancing(
	payments: Array<{ organisation_id: string; kind: string; amount_cents: number }>,
	organisation: string
): number {
	const sum = (kind: string) =>
		payments
			.filter((p) => p.organisation_id === organisation && p.kind === kind)
			.reduce((total, p) => total + p.amount_cents, 0);
	return sum('pre_financing') - sum('reimbursement');
}

/** The choice for an indicator the project names itself. */
const OWN_INDICATOR = 'own';

const done = (slug: string, what: string) =>
	redirect(303, `${href(`/projects/${slug}/edit/budget`)}?done=${what}`);

/** An optional year, as the records give it. */
function year() {
	return {
		parse(raw: FormDataEntryValue | null) {
			if (raw === null || raw === '') return { value: null };
			const parsed = integer().parse(raw);
			return 'value' in parsed && parsed.value >= 1990 && parsed.value <= 2100
				? parsed
				: { error: m.form_year() };
		}
	};
}

/** A programme indicator's official names as a project indicator's name: English the original, each translation checked. */
function officialName(names: Record<string, string>): TranslatedText {
	const status = (locale: string): TranslationStatus => (locale === 'en' ? 'original' : 'reviewed');
	return Object.fromEntries(
		Object.entries(names).map(([locale, text]) => [locale, { text, status: status(locale) }])
	);
}

// What the project's programme asks its reports for and the project does not plan yet.
export const load: PageServerLoad = async (event) => {
	const { project } = await event.parent();
	const planned = new Set(project.indicators.map((indicator) => indicator.programme_indicator));
	const locale = getLocale();
	const asked = await programmes.indicatorsFor(event.locals.supabase, project.programme);
	return {
		askedFor: asked
			.filter((indicator) => !planned.has(indicator.code))
			.map((indicator) => ({
				code: indicator.code,
				name: indicator.names[locale] ?? indicator.names.en,
				unit: indicator.unit,
				counted: indicator.counted_as !== null
			}))
	};
};

export const actions: Actions = {
	budget: async (event) => {
		const project = await requireProject(event, 'edit');
		const raw = await readForm(event.request);
		const organisation = String(raw.get('organisation') ?? '');
		const form = parseForm(raw, {
			organisation: uuid(),
			version: { parse: (v) => (v === 'new' ? { value: null } : integer({ min: 1 }).parse(v)) },
			total: euro({ required: true }),
			eu: euro(),
			own: euro()
		});
		const failure = (status: number, errors: Record<string, string>, conflict = false) =>
			refuse(status, { action: 'budget', id: organisation, values: form.values, errors, conflict });
		if (!form.ok) return failure(400, form.errors);
		const { total, eu, own, version } = form.data;
		if (!project.partners.some((p) => p.organisation.id === form.data.organisation))
			return failure(400, { organisation: m.form_choose() });
		if ((eu ?? 0) + (own ?? 0) > total) return failure(400, { eu: m.budget_over_total() });

		const conflict = await projectChanges.saveBudget(
			event.locals.supabase,
			project.id,
			form.data.organisation,
			version,
			{
				total_cents: total,
				eu_cofinancing_cents: eu ?? 0,
				own_cofinancing_cents: own ?? 0
			}
		);
		if (conflict) return failure(409, {}, true);
		done(project.slug, 'budget');
	},

	addPayment: async (event) => {
		const project = await requireProject(event, 'edit');
		const form = parseForm(await readForm(event.request), {
			payment_organisation: uuid(),
			kind: choice(projectChanges.PAYMENT_KINDS),
			year: year(),
			amount: euro({ required: true }),
			share: percentage(),
			expected_back: text({ max: 200 })
		});
		const failure = (errors: Record<string, string>) =>
			refuse(400, { action: 'addPayment', values: form.values, errors });
		if (!form.ok) return failure(form.errors);
		const data = form.data;
		if (!project.budgets.some((b) => b.organisation_id === data.payment_organisation))
			return failure({ payment_organisation: m.payment_needs_budget() });
		if (data.amount === 0) return failure({ amount: m.form_amount_zero() });
		if (data.kind === 'reimbursement') {
			const owed = outstandingPreFinancing(project.payments, data.payment_organisation);
			if (data.amount > owed)
				return failure({
					amount: m.payment_reimbursement_over({ amount: formatEuro(owed, getLocale()) })
				});
		}
		await projectChanges.addPayment(once(event), project.id, {
			organisation_id: data.payment_organisation,
			kind: data.kind,
			year: data.year,
			amount_cents: data.amount,
			share_percent: data.share,
			expected_back: data.expected_back
				? { [getLocale()]: { text: data.expected_back, status: 'original' } }
				: null
		});
		done(project.slug, 'payment');
	},

	removePayment: async (event) => {
		const project = await requireProject(event, 'edit');
		const form = parseForm(await readForm(event.request), { id: uuid() });
		if (!form.ok)
			return refuse(400, {
				action: 'removePayment',
				values: form.values,
				errors: form.errors
			});
		await projectChanges.removePayment(event.locals.supabase, project.id, form.data.id);
		done(project.slug, 'removed');
	},

	addIndicator: async (event) => {
		const project = await requireProject(event, 'edit');
		const form = parseForm(await readForm(event.request), {
			code: choice([...projectChanges.INDICATOR_CODES, OWN_INDICATOR]),
			indicator_name: text({ max: 200 }),
			unit: text({ max: 40 }),
			planned: quantity({ required: true }),
			approximate: checkbox(),
			indicator_organisation: {
				parse: (v) => (v === '' || v === null ? { value: null } : uuid().parse(v))
			}
		});
		const failure = (errors: Record<string, string>) =>
			refuse(400, { action: 'addIndicator', values: form.values, errors });
		const own = form.values.code === OWN_INDICATOR;
		const unnamed: Record<string, string> =
			own && !form.values.indicator_name?.trim()
				? { indicator_name: m.indicator_name_required() }
				: {};
		if (!form.ok || Object.keys(unnamed).length)
			return failure({ ...(form.ok ? {} : form.errors), ...unnamed });
		const data = form.data;
		const organisation = data.indicator_organisation as string | null;
		if (organisation && !project.partners.some((p) => p.organisation.id === organisation))
			return failure({ indicator_organisation: m.form_choose() });
		const taken = await projectChanges.addIndicator(once(event), project.id, {
			code: own ? null : data.code,
			name: own ? { [getLocale()]: { text: data.indicator_name, status: 'original' } } : null,
			unit: own ? data.unit || null : null,
			planned: data.planned,
			approximate: data.approximate,
			organisation_id: organisation
		});
		if (taken) return failure({ code: m.indicator_already() });
		done(project.slug, 'indicator');
	},

	addProgrammeIndicator: async (event) => {
		const project = await requireProject(event, 'edit');
		const raw = await readForm(event.request);
		const code = String(raw.get('programme_indicator') ?? '');
		const form = parseForm(raw, {
			programme_indicator: text({ required: true, max: 100 }),
			planned: quantity({ required: true })
		});
		const failure = (errors: Record<string, string>) =>
			refuse(400, {
				action: 'addProgrammeIndicator',
				id: code,
				values: form.values,
				errors
			});
		if (!form.ok) return failure(form.errors);
		// The programme may have changed since the page was shown: only what it asks for now.
		const asked = (await programmes.indicatorsFor(event.locals.supabase, project.programme)).find(
			(indicator) => indicator.code === code
		);
		if (!asked) return failure({ programme_indicator: m.programme_indicator_not_asked() });
		const taken = await projectChanges.addIndicator(once(event), project.id, {
			code: asked.counted_as,
			name: officialName(asked.names),
			unit: asked.unit,
			planned: form.data.planned,
			approximate: false,
			organisation_id: null,
			source: asked.counted_as ? 'computed' : 'entered',
			programme_indicator: asked.code
		});
		if (taken) return failure({ programme_indicator: m.indicator_already() });
		done(project.slug, 'indicator');
	},

	removeIndicator: async (event) => {
		const project = await requireProject(event, 'edit');
		const form = parseForm(await readForm(event.request), { id: uuid() });
		if (!form.ok)
			return refuse(400, {
				action: 'removeIndicator',
				values: form.values,
				errors: form.errors
			});
		await projectChanges.removeIndicator(event.locals.supabase, project.id, form.data.id);
		done(project.slug, 'removed');
	}
};
