import { alphabetically } from '#lib/intl.ts';
import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import {
	otherBudgetsRecorded,
	paymentsPerYear,
	programmeLabel as programme,
	projectsPerProgrammeAndYear,
	takingPart,
	withLabels,
	yearLabel as year,
	type LabelledTable
} from '#lib/network-overview.ts';
import { countryName } from '#lib/places.ts';
import { paymentKindName, statusName } from '#lib/project-names.ts';
import { pickTranslation } from '#lib/translations.ts';
import { csvEuro, csvResponse, csvSections } from '#lib/server/csv.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import * as programmes from '#lib/server/data/programmes.ts';
import type { OwnMoney } from '#lib/server/data/organisations.ts';
import { plainDate } from '#lib/report.ts';
import type { RequestHandler } from './$types';
import { shownName } from '#lib/organisation-names.ts';

type Row = Array<string | number | null>;

/** The overview page's tables, one after another, each under its caption. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const organisation = await organisations.getBySlug(locals.supabase, params.slug);
	if (!organisation) error(404, { message: m.error_not_found() });
	const overview = await organisations.overview(locals.supabase, organisation.id);
	const locale = getLocale();
	await programmes.named(locals.supabase, locale);
	const name = shownName(organisation);
	const euro = (label: string) => m.overview_csv_euro({ label });

	/** A cross table under its first column's name, amounts as `format` writes them. */
	const crossTable = (
		firstColumn: string,
		table: LabelledTable,
		format: (value: number) => string | number,
		withRowTotals: boolean
	): Row[] => [
		[firstColumn, ...table.columns, ...(withRowTotals ? [m.budget_total()] : [])],
		...table.rows.map((row) => [
			row.label,
			...row.cells.map(format),
			...(withRowTotals ? [format(row.total)] : [])
		]),
		[m.budget_total(), ...table.totals.map(format), ...(withRowTotals ? [format(table.total)] : [])]
	];
	const moneyHeader = [
		m.overview_projects_column(),
		euro(m.overview_total_budget()),
		euro(m.budget_eu()),
		euro(m.budget_own()),
		euro(m.overview_pre_financing())
	];
	const money = (label: string | number, row: OwnMoney): Row => [
		label,
		row.projects,
		csvEuro(row.total_cents),
		csvEuro(row.eu_cents),
		csvEuro(row.own_cents),
		csvEuro(row.pre_financing_cents)
	];
	const title = (id: string) => {
		const project = overview.projects.find((p) => p.id === id);
		return project
			? (project.acronym ?? pickTranslation(project.title, locale)?.text ?? project.slug)
			: '';
	};

	const sections: Array<[string, Row[]]> = [
		[
			m.overview_programme_year_caption(),
			crossTable(
				m.field_programme(),
				withLabels(projectsPerProgrammeAndYear(overview), programme, year),
				(n) => n,
				true
			)
		],
		[
			m.overview_projects_list_caption(),
			[
				[
					m.overview_project(),
					m.field_programme(),
					m.field_partner_role(),
					m.field_dates(),
					m.field_status()
				],
				...overview.projects.map((p) => [
					[p.acronym, pickTranslation(p.title, locale)?.text].filter(Boolean).join(': '),
					programme(p.programme),
					takingPart(p).join('; '),
					// As exactly as the dates are known ("2018 – 2019"), as the page and the report write them.
					[p.start_date, p.end_date]
						.map((date) => (date ? plainDate({ date, precision: p.dates_precision }) : '…'))
						.join(' – '),
					statusName(p.status) + (p.is_published ? '' : ` (${m.project_draft()})`)
				])
			]
		],
		[
			m.overview_money_per_programme_caption({ organisation: name }),
			[
				[m.field_programme(), ...moneyHeader],
				...overview.money_per_programme.map((r) => money(programme(r.programme), r)),
				money(m.budget_total(), overview.money_total)
			]
		],
		[
			m.overview_money_per_year_caption({ organisation: name }),
			[
				[m.field_year(), ...moneyHeader],
				...overview.money_per_year.map((r) => money(year(r.year), r)),
				money(m.budget_total(), overview.money_total)
			]
		],
		[
			m.overview_payments_caption({ organisation: name }),
			// Without row totals: a row would add pre-financing to the programme money it stands in for.
			crossTable(
				m.field_year(),
				withLabels(paymentsPerYear(overview), year, (kind) => euro(paymentKindName(kind))),
				csvEuro,
				false
			)
		],
		// As on the page: the partnerships only where another partner's budget is recorded.
		...(otherBudgetsRecorded(overview)
			? [
					[
						m.overview_partnerships_caption(),
						[
							[
								m.overview_project(),
								m.overview_partnerships_budgets(),
								m.overview_partner_organisations(),
								euro(m.overview_total_budget()),
								euro(m.budget_eu()),
								euro(m.budget_own())
							],
							...overview.partnerships.map((p) => [
								title(p.project_id),
								p.budgets,
								p.partners,
								csvEuro(p.total_cents),
								csvEuro(p.eu_cents),
								csvEuro(p.own_cents)
							])
						]
					] as [string, Row[]]
				]
			: []),
		[
			m.overview_countries_caption(),
			[
				[m.field_country(), m.overview_partner_organisations(), m.overview_projects_column()],
				...overview.countries
					.map((c) => [countryName(c.country, locale), c.organisations, c.projects] as Row)
					.sort(alphabetically(locale, (row) => String(row[0])))
			]
		]
	];
	const rows = csvSections(
		m.overview_title({ organisation: name }),
		sections.map(([caption, table]) => ({ caption, rows: table }))
	);
	return csvResponse(rows, `${organisation.slug}-overview.csv`);
};
