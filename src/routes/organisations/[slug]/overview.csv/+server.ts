import { error } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { paymentsPerYear, projectsPerProgrammeAndYear } from '#lib/network-overview.ts';
import { countryName } from '#lib/places.ts';
import { paymentKindName, programmeName, statusName } from '#lib/project-names.ts';
import { partnerRoleName } from '#lib/role-names.ts';
import { pickTranslation } from '#lib/translations.ts';
import { csvEuro, csvResponse } from '#lib/server/csv.ts';
import * as organisations from '#lib/server/data/organisations.ts';
import type { OwnMoney } from '#lib/server/data/organisations.ts';
import type { RequestHandler } from './$types';

type Row = Array<string | number | null>;

/** The overview page's tables, one after another, each under its caption. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const organisation = await organisations.getBySlug(locals.supabase, params.slug);
	if (!organisation) error(404, { message: m.error_not_found() });
	const overview = await organisations.overview(locals.supabase, organisation.id);
	const locale = getLocale();
	const name = organisation.name;
	const programme = (code: string | null) => (code === null ? m.overview_programme_unknown() : programmeName(code));
	const year = (value: number | null) => (value === null ? m.overview_year_unknown() : value);
	const euro = (label: string) => m.overview_csv_euro({ label });

	const perProgrammeAndYear = projectsPerProgrammeAndYear(overview);
	const payments = paymentsPerYear(overview);
	const moneyHeader = [m.overview_projects_column(), euro(m.overview_total_budget()), euro(m.budget_eu()), euro(m.budget_own()), euro(m.overview_pre_financing())];
	const money = (label: string | number, row: OwnMoney): Row => [label, row.projects, csvEuro(row.total_cents), csvEuro(row.eu_cents), csvEuro(row.own_cents), csvEuro(row.pre_financing_cents)];
	const title = (id: string) => {
		const project = overview.projects.find((p) => p.id === id);
		return project ? (project.acronym ?? pickTranslation(project.title, locale)?.text ?? project.slug) : '';
	};

	const sections: Array<[string, Row[]]> = [
		[
			m.overview_programme_year_caption(),
			[
				[m.field_programme(), ...perProgrammeAndYear.columns.map(year), m.budget_total()],
				...perProgrammeAndYear.rows.map((row) => [programme(row.key), ...row.cells, row.total]),
				[m.budget_total(), ...perProgrammeAndYear.totals, perProgrammeAndYear.total]
			]
		],
		[
			m.overview_projects_list_caption(),
			[
				[m.overview_project(), m.field_programme(), m.field_partner_role(), m.field_dates(), m.field_status()],
				...overview.projects.map((p) => [
					[p.acronym, pickTranslation(p.title, locale)?.text].filter(Boolean).join(': '),
					programme(p.programme),
					partnerRoleName(p.role),
					[p.start_date, p.end_date].filter(Boolean).join(' – '),
					statusName(p.status) + (p.is_published ? '' : ` (${m.project_draft()})`)
				])
			]
		],
		[
			m.overview_money_per_programme_caption({ organisation: name }),
			[[m.field_programme(), ...moneyHeader], ...overview.money_per_programme.map((r) => money(programme(r.programme), r)), money(m.budget_total(), overview.money_total)]
		],
		[
			m.overview_money_per_year_caption({ organisation: name }),
			[[m.field_year(), ...moneyHeader], ...overview.money_per_year.map((r) => money(year(r.year), r)), money(m.budget_total(), overview.money_total)]
		],
		[
			m.overview_payments_caption({ organisation: name }),
			[
				[m.field_year(), ...payments.columns.map((kind) => euro(paymentKindName(kind)))],
				...payments.rows.map((row) => [year(row.key), ...row.cells.map(csvEuro)]),
				[m.budget_total(), ...payments.totals.map(csvEuro)]
			]
		],
		[
			m.overview_partnerships_caption(),
			[
				[m.overview_project(), m.overview_partnerships_budgets(), m.overview_partner_organisations(), euro(m.overview_total_budget()), euro(m.budget_eu()), euro(m.budget_own())],
				...overview.partnerships.map((p) => [title(p.project_id), p.budgets, p.partners, csvEuro(p.total_cents), csvEuro(p.eu_cents), csvEuro(p.own_cents)])
			]
		],
		[
			m.overview_countries_caption(),
			[
				[m.field_country(), m.overview_partner_organisations(), m.overview_projects_column()],
				...overview.countries
					.map((c) => [countryName(c.country, locale), c.organisations, c.projects] as Row)
					.sort((a, b) => String(a[0]).localeCompare(String(b[0]), locale))
			]
		]
	];
	const rows: Row[] = [[m.overview_title({ organisation: name })]];
	for (const [caption, table] of sections) rows.push([], [caption], ...table);
	return csvResponse(rows, `${organisation.slug}-overview.csv`);
};
