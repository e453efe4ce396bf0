// The open-data export: public projects, events, good practices and indicators as JSON, for anyone
// to reuse (documented at /open-data). Always read as the anonymous role, whoever asks, so that
// the export holds exactly what the public pages show and is the same for everyone: no drafts, no
// partner-only events, no unpublished texts, no registrations, no e-mail addresses.
//
// Language-neutral: translatable texts come in every language they have, as stored. Links lead
// to the public pages without a locale, which send each reader to their own language.
import { createHash } from 'node:crypto';
import { PRACTICE_SECTIONS } from '#lib/practices.ts';
import { countedFrom } from '#lib/project-names.ts';
import { isoWithOffset } from '#lib/time.ts';
import { localOf } from '#lib/event-times.ts';
import { serverConfig } from './config.ts';
import * as openData from './data/open-data.ts';
import { createRequestClient, type Supabase } from './supabase.ts';

export const SCHEMA_VERSION = 1;
export const DATASETS = ['projects', 'events', 'practices', 'indicators'] as const;
export type Dataset = (typeof DATASETS)[number];

/**
 * Items per page: a page costs the same to make and to fetch however large the network grows (a
 * page of 100 projects with their partners is about 130 KB). Practices carry every published
 * language's full text, and each project's indicators are counted from its events: those pages
 * are smaller.
 */
export const PAGE_SIZES: Record<Dataset, number> = {
	projects: 100,
	events: 100,
	practices: 50,
	indicators: 50
};
/** Pages are numbered from 1; a larger number is a mistake, not a page. */
export const MAX_PAGE = 999_999;

/** The path of a dataset's first page, without origin. */
export function datasetPath(dataset: Dataset): string {
	return `/open-data/v1/${dataset}.json`;
}

const isDataset = (name: string): name is Dataset => (DATASETS as readonly string[]).includes(name);

/** Everyone may read it from any site: it is public, read-only, and no cookie changes it. */
const COMMON_HEADERS = {
	'content-type': 'application/json; charset=utf-8',
	'access-control-allow-origin': '*',
	'access-control-expose-headers': 'ETag, Link'
};

/** A JSON answer for a request the export cannot serve, in English like the field names. */
function refusal(status: number, message: string): Response {
	const documentation = `${serverConfig().publicOrigin}/open-data`;
	return new Response(JSON.stringify({ status, error: message, documentation }), {
		status,
		headers: { ...COMMON_HEADERS, 'cache-control': 'no-store' }
	});
}

/** `?page=` as a page number, or what is wrong with it. */
export function parsePage(params: URLSearchParams): number | string {
	const values = params.getAll('page');
	if (values.length === 0) return 1;
	if (values.length > 1) return 'Give the page parameter once, such as ?page=2.';
	if (!/^[1-9][0-9]*$/.test(values[0]) || Number(values[0]) > MAX_PAGE) {
		return `The page parameter must be a whole number from 1 to ${MAX_PAGE}, such as ?page=2.`;
	}
	return Number(values[0]);
}

/** One page of a dataset as its HTTP answer: 200 with the page, or a JSON 400 or 404. */
export async function respond(name: string, url: URL): Promise<Response> {
	if (!isDataset(name))
		return refusal(404, `There is no dataset "${name}". The datasets are: ${DATASETS.join(', ')}.`);
	const page = parsePage(url.searchParams);
	if (typeof page === 'string') return refusal(400, page);

	const origin = serverConfig().publicOrigin;
	const size = PAGE_SIZES[name];
	const { items, total } = await READERS[name]((page - 1) * size, size, origin);
	const pageUrl = (n: number) => `${origin}${datasetPath(name)}${n > 1 ? `?page=${n}` : ''}`;
	const lastPage = Math.max(1, Math.ceil(total / size));
	const envelope = {
		schema_version: SCHEMA_VERSION,
		dataset: name,
		documentation: `${origin}/open-data`,
		page,
		page_size: size,
		total,
		next: page < lastPage ? pageUrl(page + 1) : null,
		previous: page > 1 ? pageUrl(Math.min(page - 1, lastPage)) : null
	};
	// The tag names the content, not the moment: the same records give the same tag on every request.
	// The page cache (page-cache.ts) answers If-None-Match with it, and says how long to keep a copy.
	const etag = `"${createHash('sha256')
		.update(JSON.stringify([envelope, items]))
		.digest('base64url')
		.slice(0, 32)}"`;
	// The neighbouring pages in the header too (RFC 8288), for clients that page by Link.
	const link = [
		envelope.next && `<${envelope.next}>; rel="next"`,
		envelope.previous && `<${envelope.previous}>; rel="prev"`
	]
		.filter(Boolean)
		.join(', ');
	return new Response(
		JSON.stringify({ ...envelope, generated_at: new Date().toISOString(), items }),
		{
			headers: { ...COMMON_HEADERS, etag, ...(link ? { link } : {}) }
		}
	);
}

/** A dataset's page: its rows read as anon, each turned into its public record. */
function reader<Row>(
	fetch: (supabase: Supabase, from: number, size: number) => Promise<openData.Page<Row>>,
	record: (row: Row, origin: string) => unknown
) {
	return async (from: number, size: number, origin: string) => {
		// Never the reader's session: the export is the public's view, the same for everyone.
		const { rows, total } = await fetch(createRequestClient(null), from, size);
		return { items: rows.map((row) => record(row, origin)), total };
	};
}

const READERS: Record<
	Dataset,
	(from: number, size: number, origin: string) => Promise<{ items: unknown[]; total: number }>
> = {
	projects: reader(openData.projects, project),
	events: reader(openData.events, event),
	practices: reader(openData.practices, practice),
	indicators: reader(openData.outcomes, indicators)
};

// Records ---------------------------------------------------------------------------------------

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const PARTNER_ROLES = ['applicant', 'lead_partner', 'coordinator', 'partner'];

/** A date as precise as it is known: `2018-01-02`, `2018-01` or `2018`. */
function datePart(date: string | null, precision: 'day' | 'month' | 'year'): string | null {
	if (!date) return null;
	return date.slice(0, { day: 10, month: 7, year: 4 }[precision]);
}

function projectRef(project: { slug: string; acronym: string | null }, origin: string) {
	return {
		slug: project.slug,
		acronym: project.acronym,
		url: `${origin}/projects/${project.slug}`
	};
}

function organisationRef(
	organisation: { slug: string; name: string; name_lang: string; country: string },
	origin: string
) {
	return {
		name: organisation.name,
		name_lang: organisation.name_lang,
		country: organisation.country,
		url: `${origin}/organisations/${organisation.slug}`
	};
}

function project(p: openData.PublicProject, origin: string) {
	const named = p.partners.map(({ role, organisation: o }) => ({
		role,
		name: o.name,
		name_lang: o.name_lang,
		city: o.city ?? null,
		country: o.country,
		url: `${origin}/organisations/${o.slug}`
	}));
	const unnamed = p.unnamed_partners.map(({ role, city, country }) => ({
		role,
		name: null,
		name_lang: null,
		city,
		country,
		url: null
	}));
	return {
		...projectRef(p, origin),
		title: p.title,
		summary: p.summary,
		programme: p.programme,
		status: p.status,
		start_date: datePart(p.start_date, p.dates_precision),
		end_date: datePart(p.end_date, p.dates_precision),
		dates_precision: p.dates_precision,
		// In a fixed order (role, then country and name), so that an unchanged project reads the same.
		partners: [...named, ...unnamed].sort(
			(a, b) =>
				PARTNER_ROLES.indexOf(a.role) - PARTNER_ROLES.indexOf(b.role) ||
				byText(a.country, b.country) ||
				byText(a.name ?? '', b.name ?? '') ||
				byText(a.city ?? '', b.city ?? '')
		)
	};
}

/** An event's start or end: ISO 8601 with the venue's offset, or the day or month when that is all that is known. */
function eventTime(local: string, e: openData.PublicEvent): string {
	if (e.time_precision === 'minute') return isoWithOffset(localOf(local), e.time_zone);
	return local.slice(0, e.time_precision === 'month' ? 7 : 10);
}

function event(e: openData.PublicEvent, origin: string) {
	return {
		slug: e.slug,
		url: `${origin}/events/${e.slug}`,
		kind: e.kind,
		status: e.status,
		title: e.title,
		description: e.description,
		venue: { name: e.venue_name, city: e.venue_city, country: e.venue_country },
		time_zone: e.time_zone,
		time_precision: e.time_precision,
		start: eventTime(e.starts_local, e),
		end: eventTime(e.ends_local, e),
		host: e.host ? organisationRef(e.host, origin) : null,
		projects: e.projects
			.map(({ project }) => projectRef(project, origin))
			.sort((a, b) => byText(a.slug, b.slug))
	};
}

function practice(p: openData.PublicPractice, origin: string) {
	const texts = [...p.publications]
		.sort((a, b) => byText(a.locale, b.locale))
		.map((text) => [
			text.locale,
			{
				status: text.kind,
				title: text.title,
				summary: text.summary,
				...Object.fromEntries(PRACTICE_SECTIONS.map((section) => [section, text[section]])),
				published_at: text.published_at
			}
		]);
	return {
		slug: p.slug,
		url: `${origin}/practices/${p.slug}`,
		themes: p.themes,
		target_groups: p.target_groups,
		city: p.city,
		country: p.country,
		organisation: organisationRef(p.organisation, origin),
		partners: p.partners
			.map(({ organisation }) => organisationRef(organisation, origin))
			.sort((a, b) => byText(a.url, b.url)),
		project: p.project ? projectRef(p.project, origin) : null,
		texts: Object.fromEntries(texts)
	};
}

function indicators(p: openData.ProjectOutcomes, origin: string) {
	// Every held event of the project, those the public may not read (partners' meetings) among
	// them, as the indicators count them; attendance as recorded at the events it may read.
	const figures = {
		events_held: Number(p.outcomes?.events_held ?? 0) + Number(p.outcomes?.other_events.held ?? 0),
		events_attended: Number(p.outcomes?.events_attended ?? 0)
	};
	return {
		project: projectRef(p, origin),
		// What the participant figures count, as the project page says it.
		participants_counted: countedFrom(figures),
		...figures,
		// The order public.project_outcomes gives: the one the project page shows.
		indicators: (p.outcomes?.indicators ?? []).map((i) => ({
			// Null for an indicator the project named itself: its name (per language) and unit say what it counts.
			code: i.code,
			name: i.name,
			unit: i.unit,
			partner: i.organisation_name,
			planned: Number(i.planned),
			approximate: i.approximate,
			achieved: i.achieved === null ? null : Number(i.achieved),
			source: i.source,
			notes: i.notes,
			evidence: i.evidence,
			evidence_url: i.evidence_url
		})),
		participants_by_country: (p.outcomes?.countries ?? []).map((c) => ({
			country: c.country,
			participants: Number(c.participants),
			mobilities: Number(c.mobilities)
		}))
	};
}
