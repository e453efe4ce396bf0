// The funder report of a project: the programme and dates, its events with places and times,
// participants per partner and per country, indicators planned against achieved, results,
// documents and press, in the reader's language. Everything is read as the reader (row level
// security decides: partner-only events and documents appear for the partnership only), and the
// figures come from public.project_outcomes, the same call the project page makes. Money is each
// partner's budget as recorded, with its payments as they fall, year by year.
import { alphabetically } from '#lib/intl.ts';
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { consentName, documentKindName } from '#lib/document-names.ts';
import { eventKindName, eventStatusName } from '#lib/event-names.ts';
import { href, languageName } from '#lib/i18n.ts';
import { formatNumber } from '#lib/money.ts';
import { countryName } from '#lib/places.ts';
import {
	indicatorDefinition,
	indicatorLabel,
	peopleCounted,
	paymentKindName,
	pressKindName,
	statusName
} from '#lib/project-names.ts';
import { programmeName } from '#lib/programmes.ts';
import type { Cell, Report, Section } from '#lib/report.ts';
import { isLeadRole, partnerRoleName } from '#lib/role-names.ts';
import { pickTranslation, type TranslatedText } from '#lib/translations.ts';
import { serverConfig } from './config.ts';
import type { Supabase } from './supabase.ts';
import * as documents from './data/documents.ts';
import * as events from './data/events.ts';
import * as outcomes from './data/outcomes.ts';
import * as photos from './data/photos.ts';
import * as programmes from './data/programmes.ts';
import * as projects from './data/projects.ts';
import {
	organisationName,
	organisationNameText,
	type NamedOrganisation
} from '#lib/organisation-names.ts';

/** The reader's locale, and how to make an absolute address of one of the portal's paths. */
type Context = { locale: string; absolute: (path: string) => string };

/** Null when the reader may not read the project (or there is none by that address). */
export async function projectReport(
	supabase: Supabase,
	slug: string,
	context: Context
): Promise<{ report: Report; outcomes: outcomes.Outcomes; published: boolean } | null> {
	const project = await projects.getPage(supabase, slug);
	if (!project) return null;
	const [found, projectEvents, projectDocuments] = await Promise.all([
		outcomes.ofProject(supabase, project.id),
		events.list(supabase, { projectId: project.id }),
		documents.listOf(supabase, { project: project.id })
	]);
	if (!found) return null;
	// Only photos whose consent is confirmed: a report is made to be handed to others.
	const projectPhotos = await photos.ofEvents(
		supabase,
		projectEvents.map((e) => e.id),
		{ confirmedOnly: true }
	);
	const figures = outcomes.withPartnerNames(found, project.partners);
	const text = (value: TranslatedText | null | undefined): string | null =>
		pickTranslation(value, context.locale)?.text ?? null;
	// A cell of content: marked with its language where it is shown in another than the reader's.
	const content = (value: TranslatedText | null | undefined): Cell => {
		const shown = pickTranslation(value, context.locale);
		return !shown || shown.locale === context.locale
			? (shown?.text ?? null)
			: { text: shown.text, lang: shown.locale };
	};
	const country = (code: string | null) => (code ? countryName(code, context.locale) : null);
	const name = (organisation: NamedOrganisation) =>
		organisationNameText(organisation, context.locale);
	// As a cell: marked with its language where that is not the report's.
	const named = (organisation: NamedOrganisation): Cell => {
		const shown = organisationName(organisation, context.locale);
		return shown.lang === context.locale ? shown.text : shown;
	};
	const link = (path: string, label?: string): Cell => ({ url: context.absolute(path), label });
	const title = [project.acronym, text(project.title)].filter(Boolean).join(' – ');

	const facts: Array<[string, Cell]> = [
		[m.field_project_title(), content(project.title)],
		[m.field_acronym(), project.acronym],
		[m.field_programme(), project.programme ? programmeName(project.programme) : null],
		[m.field_strand(), content(project.strand)],
		[m.field_call_reference(), project.call_reference],
		[m.field_grant_reference(), project.grant_reference],
		[m.field_council_decision(), project.council_decision],
		[
			m.field_start_date(),
			project.start_date ? { date: project.start_date, precision: project.dates_precision } : null
		],
		[
			m.field_end_date(),
			project.end_date ? { date: project.end_date, precision: project.dates_precision } : null
		],
		[m.field_status(), statusName(project.status)],
		[m.report_partner_count(), project.partners.length + project.unnamed_partners.length],
		[
			m.report_country_count(),
			new Set([
				...project.partners.map((p) => p.organisation.country),
				...project.unnamed_partners.map((p) => p.country)
			]).size
		],
		[m.field_website(), project.website ? { url: project.website } : null],
		[m.report_page(), link(`/projects/${project.slug}`)]
	];

	// Leads first, then by name, as the project page lists them.
	const lead = (role: string) => Number(!isLeadRole(role));
	const byName = alphabetically(context.locale, (partner: (typeof project.partners)[number]) =>
		name(partner.organisation)
	);
	const partners: Cell[][] = [
		...[...project.partners]
			.sort((a, b) => lead(a.role) - lead(b.role) || byName(a, b))
			.map(({ organisation, role }) => [
				named(organisation),
				organisation.city,
				country(organisation.country),
				partnerRoleName(role)
			]),
		...project.unnamed_partners.map(({ city, country: code, role }) => [
			m.project_unnamed_partner({ country: country(code) ?? code }),
			city,
			country(code),
			partnerRoleName(role)
		])
	];

	const perEvent = new Map(figures.events.map((e) => [e.event_id, e]));
	const eventRows: Cell[][] = [...projectEvents]
		.sort((a, b) => a.starts_local.localeCompare(b.starts_local))
		.map((event) => {
			const precision = event.time_precision;
			const counted = event.status === 'held' ? perEvent.get(event.id) : undefined;
			return [
				content(event.title),
				eventKindName(event.kind),
				eventStatusName(event.status),
				{ date: event.starts_local, precision },
				{ date: event.ends_local, precision },
				event.time_zone,
				event.venue_city,
				country(event.venue_country),
				event.status === 'held' ? (counted?.participants ?? 0) : null,
				event.status === 'held' ? (counted?.mobilities ?? 0) : null,
				event.status === 'held'
					? counted?.attended
						? m.counted_attended()
						: m.registration_status_registered()
					: null,
				link(`/events/${event.slug}`, m.report_open())
			];
		});

	// Held events the reader may not read, as one row, so that the column adds up to the indicators.
	const other = figures.other_events;
	if (other.held > 0)
		eventRows.push([
			m.report_other_events({ count: other.held }),
			null,
			null,
			null,
			null,
			null,
			null,
			null,
			other.participants,
			other.mobilities,
			null,
			null
		]);

	const indicatorRows: Cell[][] = figures.indicators.map((indicator) => [
		indicatorLabel(indicator),
		indicator.organisation
			? named(indicator.organisation)
			: (indicator.organisation_name ?? m.indicator_whole_project()),
		Number(indicator.planned),
		indicator.approximate ? m.report_yes() : null,
		indicator.achieved === null ? null : Number(indicator.achieved),
		indicator.source === 'computed' ? m.indicator_source_computed() : m.indicator_source_entered(),
		[
			indicatorDefinition(indicator.code, indicator.source),
			peopleCounted(indicator, figures, (value) => formatNumber(value, context.locale))
		]
			.filter(Boolean)
			.join(' '),
		content(indicator.evidence),
		indicator.evidence_url ? { url: indicator.evidence_url } : null,
		content(indicator.notes)
	]);

	// A document may belong to one of the project's results or press items: the report says which.
	const partOf = (document: documents.Document): string => {
		const result = document.result_id && project.results.find((r) => r.id === document.result_id);
		if (result) return `${m.documents_part_result()}: ${text(result.statement) ?? ''}`;
		const item =
			document.press_item_id && project.press.find((p) => p.id === document.press_item_id);
		if (item) return `${m.documents_part_press()}: ${text(item.title) ?? ''}`;
		return m.documents_part_project();
	};
	const documentRows: Cell[][] = projectDocuments.flatMap((document) =>
		document.files.map((file) => [
			content(document.title),
			partOf(document),
			documentKindName(document.kind),
			document.visibility === 'public'
				? m.documents_visibility_public()
				: m.documents_partners_only(),
			file.locale ? languageName(file.locale, context.locale) : m.documents_any_language(),
			file.file_name,
			link(`/files/${file.id}`, m.report_download())
		])
	);

	const eventsById = new Map(projectEvents.map((event) => [event.id, event]));
	const photoRows: Cell[][] = projectPhotos.flatMap((photo) => {
		const thumb = photo.file?.renditions.find((r) => r.name === 'thumb');
		if (!photo.file || !thumb) return [];
		const caption = pickTranslation(photo.caption, context.locale);
		const event = eventsById.get(photo.event_id)!;
		const image: Cell = {
			url: context.absolute(
				`/files/${photo.file.id}?size=${photo.file.renditions.some((r) => r.name === 'web') ? 'web' : 'thumb'}`
			),
			label: m.photos_full_size(),
			image: href(`/files/${photo.file.id}?size=thumb`),
			alt: caption?.text ?? '',
			altLang: caption?.locale,
			width: thumb.width,
			height: thumb.height
		};
		return [
			[
				content(photo.caption),
				image,
				content(event.title),
				photo.credit || null,
				consentName(photo.consent)
			]
		];
	});

	const money = moneyRows(project, { named, content, locale: context.locale });

	const section = (
		id: string,
		title: string,
		columns: string[],
		rows: Cell[][],
		empty = m.report_none()
	): Section => ({ id, title, layout: 'table', columns, rows, empty });
	const sections: Section[] = [
		{
			id: 'project',
			title: m.report_section_project(),
			layout: 'facts',
			columns: [m.report_item(), m.report_value()],
			rows: facts.filter(([, value]) => value !== null),
			empty: ''
		},
		section(
			'partners',
			m.project_partners(),
			[m.field_organisation_name(), m.field_city(), m.field_country(), m.field_partner_role()],
			partners
		),
		section(
			'events',
			m.report_section_events(),
			[
				m.report_event(),
				m.event_kind(),
				m.field_status(),
				m.event_starts_at_venue(),
				m.event_ends_at_venue(),
				m.event_time_zone(),
				m.field_city(),
				m.field_country(),
				m.outcomes_participants(),
				m.outcomes_mobilities(),
				m.report_counted(),
				m.report_page()
			],
			eventRows,
			m.report_no_events()
		),
		section(
			'partners-participants',
			m.report_section_partner_participants(),
			[
				m.field_organisation_name(),
				m.field_city(),
				m.field_country(),
				m.report_events_attended(),
				m.outcomes_participants(),
				m.outcomes_mobilities()
			],
			figures.partners.map((p) => [
				p.organisation ? named(p.organisation) : p.name,
				p.city,
				country(p.country),
				p.events,
				p.participants,
				p.mobilities
			]),
			m.report_no_participants()
		),
		section(
			'countries',
			m.outcomes_countries_caption(),
			[m.field_country(), m.outcomes_participants(), m.outcomes_mobilities()],
			figures.countries.map((c) => [country(c.country), c.participants, c.mobilities]),
			m.report_no_participants()
		),
		section(
			'indicators',
			m.outcomes_heading(),
			[
				m.indicator(),
				m.indicator_partner(),
				m.indicator_planned(),
				m.report_approximate(),
				m.indicator_achieved(),
				m.indicator_source(),
				m.indicator_definition(),
				m.indicator_evidence(),
				m.indicator_evidence_link(),
				m.report_notes()
			],
			indicatorRows
		),
		section(
			'budget',
			m.report_section_budget(),
			[
				m.field_organisation_name(),
				m.report_budget_planned(),
				m.budget_eu(),
				m.budget_own(),
				m.payment_pre_financing(),
				m.payment_reimbursement(),
				m.report_notes()
			],
			money.budgets
		),
		section(
			'payments',
			m.payments_heading(),
			[
				m.field_organisation_name(),
				m.field_year(),
				m.budget_payment_kind(),
				m.budget_amount(),
				m.payment_share(),
				m.budget_expected_back()
			],
			money.payments
		),
		section(
			'results',
			m.project_results_heading(),
			[m.report_result()],
			project.results.map((r) => [content(r.statement)])
		),
		section(
			'photos',
			m.photos_heading(),
			[
				m.photos_field_caption(),
				m.photos_col_photo(),
				m.report_event(),
				m.photos_col_credit(),
				m.photos_field_consent()
			],
			photoRows,
			m.photos_report_none()
		),
		section(
			'documents',
			m.documents_heading(),
			[
				m.report_document(),
				m.documents_field_part(),
				m.report_document_kind(),
				m.documents_field_visibility(),
				m.field_language(),
				m.report_file_name(),
				m.report_download()
			],
			documentRows
		),
		section(
			'press',
			m.press_heading(),
			[m.press_kind(), m.press_date(), m.press_title(), m.press_body(), m.press_url()],
			project.press.map((item) => [
				pressKindName(item.kind),
				item.published_on ? { date: item.published_on, precision: 'day' } : null,
				content(item.title),
				content(item.body),
				item.url ? { url: item.url } : null
			])
		)
	];
	return {
		report: {
			title: m.report_title({ project: title }),
			fileName: `${project.slug}-report-${context.locale}`,
			sections
		},
		outcomes: figures,
		published: project.is_published
	};
}

/**
 * Each partner's budget (planned, EU and own co-financing, what it pre-financed and what came back),
 * with a total row when any is recorded; and its payments, partner by partner and year by year
 * (those the records give no year last, in their recorded order).
 */
function moneyRows(
	project: projects.ProjectPage,
	{
		named,
		content,
		locale
	}: {
		named: (organisation: NamedOrganisation) => Cell;
		content: (value: TranslatedText | null) => Cell;
		locale: string;
	}
): { budgets: Cell[][]; payments: Cell[][] } {
	const byName = alphabetically(locale, (budget: (typeof project.budgets)[number]) =>
		organisationNameText(budget.organisation, locale)
	);
	const budgets = [...project.budgets].sort(byName);
	const sum = (organisation: string, kind: string) =>
		project.payments
			.filter((p) => p.organisation_id === organisation && p.kind === kind)
			.reduce((total, p) => total + p.amount_cents, 0);
	const amounts = budgets.map((b) => [
		b.total_cents,
		b.eu_cofinancing_cents,
		b.own_cofinancing_cents,
		sum(b.organisation_id, 'pre_financing'),
		sum(b.organisation_id, 'reimbursement')
	]);
	const euro = (cents: number): Cell => ({ cents });
	const budgetRows: Cell[][] = budgets.map((b, i) => [
		named(b.organisation),
		...amounts[i].map(euro),
		content(b.notes)
	]);
	if (budgets.length)
		budgetRows.push([
			m.budget_total(),
			...[0, 1, 2, 3, 4].map((column) =>
				euro(amounts.reduce((total, row) => total + row[column], 0))
			),
			null
		]);

	const order = new Map(budgets.map((b, i) => [b.organisation_id, i]));
	const payments: Cell[][] = [...project.payments]
		.filter((p) => order.has(p.organisation_id))
		.sort(
			(a, b) =>
				order.get(a.organisation_id)! - order.get(b.organisation_id)! ||
				(a.year ?? 9999) - (b.year ?? 9999) ||
				a.position - b.position
		)
		.map((p) => [
			named(budgets[order.get(p.organisation_id)!].organisation),
			p.year === null ? null : { date: `${p.year}-01-01`, precision: 'year' },
			paymentKindName(p.kind),
			euro(p.amount_cents),
			p.share_percent === null ? null : Number(p.share_percent),
			content(p.expected_back)
		]);
	return { budgets: budgetRows, payments };
}

/**
 * The report a page or download asks for, in the reader's language; 404 when it may not be read.
 * Addresses use the portal's configured origin, never the request's Host header.
 */
export async function requestedReport({
	locals,
	params
}: {
	locals: App.Locals;
	params: { slug: string };
}) {
	const locale = getLocale();
	// The CSV and XLSX have no layout to name programmes for them.
	await programmes.named(locals.supabase, locale);
	const found = await projectReport(locals.supabase, params.slug, {
		locale,
		absolute: (path) => serverConfig().publicOrigin + href(path)
	});
	if (!found) error(404, { message: m.error_not_found() });
	return found;
}
