// Outcomes of a joint project: planned against achieved per indicator (counted by the database
// from events and registrations, or entered with evidence), result statements, press items.
// Reading the numbers is one call to public.project_outcomes, the one place they are computed, so
// that the page and the reports agree. Row level security decides every write.
import type { Supabase } from '../supabase.ts';
import type { TranslatedText } from '#lib/translations.ts';
import type { PressKind } from './projects.ts';
import { unwrap } from './unwrap.ts';
import type { NamedOrganisation } from '#lib/organisation-names.ts';

export const COMPUTABLE_CODES = [
	'international_events',
	'staff_mobilities',
	'direct_participants'
] as const;
export const PRESS_KINDS: PressKind[] = ['press_release', 'news'];
export type IndicatorSource = 'computed' | 'entered';

export type IndicatorOutcome = {
	id: string;
	/** The kind the portal knows; null for an indicator the project named itself. */
	code: string | null;
	/** The project's own name for it, per language, and its unit. */
	name: TranslatedText | null;
	unit: string | null;
	organisation_id: string | null;
	organisation_name: string | null;
	/** The partner as the project names it (own name, its language, translations): withPartnerNames. */
	organisation?: NamedOrganisation | null;
	planned: number;
	approximate: boolean;
	notes: TranslatedText | null;
	source: IndicatorSource;
	/** Counted, or as entered; null when an entered value is not reported yet. */
	achieved: number | null;
	evidence: TranslatedText | null;
	evidence_url: string | null;
	achieved_at: string | null;
	version: number;
};

/**
 * The outcomes with each indicator's partner as the project's partner list names it: the figures
 * name organisations by their own names only, without the language they are in.
 */
export function withPartnerNames(
	found: Outcomes,
	partners: Array<{ organisation: NamedOrganisation & { id: string } }>
): Outcomes {
	const byId = new Map(partners.map(({ organisation }) => [organisation.id, organisation]));
	const partnerOf = (id: string | null) => byId.get(id ?? '') ?? null;
	return {
		...found,
		indicators: found.indicators.map((indicator) => ({
			...indicator,
			organisation: partnerOf(indicator.organisation_id)
		})),
		partners: found.partners.map((partner) => ({
			...partner,
			organisation: partnerOf(partner.organisation_id)
		}))
	};
}

export type Outcomes = {
	events_held: number;
	/** Held events whose host recorded attendance: their people are those who came, not those registered. */
	events_attended: number;
	indicators: IndicatorOutcome[];
	countries: Array<{ country: string; participants: number; mobilities: number }>;
	partners: Array<{
		organisation_id: string;
		name: string;
		/** The partner as the project names it: withPartnerNames. */
		organisation?: NamedOrganisation | null;
		city: string | null;
		country: string;
		events: number;
		participants: number;
		mobilities: number;
	}>;
	/** Per held event the reader may read: its people, their mobilities and how many countries they came from. */
	events: Array<{
		event_id: string;
		participants: number;
		mobilities: number;
		countries: number;
		attended: boolean;
	}>;
	/** The held events the reader may not read, as one sum; countries and partners leave them out. */
	other_events: { held: number; participants: number; mobilities: number };
};

/** Null when the reader may not read the project. */
export async function ofProject(supabase: Supabase, projectId: string): Promise<Outcomes | null> {
	return unwrap(await supabase.rpc('project_outcomes', { project: projectId })) as Outcomes | null;
}

export type Achieved = {
	source: IndicatorSource;
	achieved: number | null;
	evidence: TranslatedText | null;
	evidence_url: string | null;
};

/**
 * Writes one row of the project as edited from `version`, and the next version; 'conflict' when
 * someone saved it in between (no row has that version any more).
 */
async function saveVersion(
	supabase: Supabase,
	table: 'project_indicators' | 'project_results' | 'press_items',
	projectId: string,
	id: string,
	version: number,
	change: Record<string, unknown>
): Promise<'conflict' | null> {
	const rows = unwrap(
		await supabase
			.from(table)
			.update({ ...change, version: version + 1 })
			.eq('project_id', projectId)
			.eq('id', id)
			.eq('version', version)
			.select('id')
	);
	return rows.length ? null : 'conflict';
}

/** Saves how an indicator is measured (and an entered value); 'conflict' when someone saved in between. */
export async function saveAchieved(
	supabase: Supabase,
	projectId: string,
	id: string,
	version: number,
	achieved: Achieved
): Promise<'conflict' | null> {
	return saveVersion(supabase, 'project_indicators', projectId, id, version, achieved);
}

/** What an indicator plans (an own indicator's name and unit too); 'conflict' when someone saved in between. */
export type Planned = {
	planned: number;
	approximate: boolean;
	name?: TranslatedText;
	unit?: string | null;
};

export async function savePlanned(
	supabase: Supabase,
	projectId: string,
	id: string,
	version: number,
	planned: Planned
): Promise<'conflict' | null> {
	return saveVersion(supabase, 'project_indicators', projectId, id, version, planned);
}

export async function addResult(
	supabase: Supabase,
	projectId: string,
	statement: TranslatedText,
	position: number
): Promise<void> {
	unwrap(
		await supabase.from('project_results').insert({ project_id: projectId, statement, position })
	);
}

export async function saveResult(
	supabase: Supabase,
	projectId: string,
	id: string,
	version: number,
	statement: TranslatedText
): Promise<'conflict' | null> {
	return saveVersion(supabase, 'project_results', projectId, id, version, {
		statement,
		updated_at: new Date().toISOString()
	});
}

/** Moves a result one place up (-1) or down (1); false when it is first or last already. */
export async function moveResult(
	supabase: Supabase,
	id: string,
	direction: -1 | 1
): Promise<boolean> {
	return unwrap(await supabase.rpc('move_project_result', { result: id, direction })) as boolean;
}

export async function removeResult(
	supabase: Supabase,
	projectId: string,
	id: string
): Promise<void> {
	unwrap(await supabase.from('project_results').delete().eq('project_id', projectId).eq('id', id));
}

export type NewPressItem = {
	kind: PressKind;
	title: TranslatedText;
	published_on: string | null;
	body: TranslatedText | null;
	url: string | null;
	position: number;
};

export async function addPressItem(
	supabase: Supabase,
	projectId: string,
	item: NewPressItem
): Promise<void> {
	unwrap(await supabase.from('press_items').insert({ project_id: projectId, ...item }));
}

export type PressItemChange = Omit<NewPressItem, 'position'>;

/** Saves a press item as edited from `version`; 'conflict' when someone saved it in between. */
export async function savePressItem(
	supabase: Supabase,
	projectId: string,
	id: string,
	version: number,
	item: PressItemChange
): Promise<'conflict' | null> {
	return saveVersion(supabase, 'press_items', projectId, id, version, {
		...item,
		updated_at: new Date().toISOString()
	});
}

/** Moves a press item one place up (-1) or down (1) among those of the same date; false when it cannot. */
export async function movePressItem(
	supabase: Supabase,
	id: string,
	direction: -1 | 1
): Promise<boolean> {
	return unwrap(await supabase.rpc('move_press_item', { item: id, direction })) as boolean;
}

export async function removePressItem(
	supabase: Supabase,
	projectId: string,
	id: string
): Promise<void> {
	unwrap(await supabase.from('press_items').delete().eq('project_id', projectId).eq('id', id));
}
