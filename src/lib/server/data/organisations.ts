// Organisations: public facts, members, and the projects they take part in.
import type { Supabase } from '../supabase.ts';
import type { TranslatedText } from '#lib/translations.ts';
import { unwrap } from './unwrap.ts';

export type OrganisationKind = 'municipality' | 'ngo' | 'university' | 'association' | 'other';
export const ORGANISATION_KINDS: OrganisationKind[] = ['municipality', 'ngo', 'university', 'association', 'other'];

export type Organisation = {
	id: string;
	slug: string;
	name: string;
	kind: OrganisationKind;
	city: string | null;
	country: string;
	website: string | null;
	description: TranslatedText | null;
	version: number;
};

const COLUMNS = 'id, slug, name, kind, city, country, website, description, version';

export async function list(supabase: Supabase): Promise<Organisation[]> {
	return unwrap(await supabase.from('organisations').select(COLUMNS).order('country').order('name'));
}

export async function getBySlug(supabase: Supabase, slug: string): Promise<Organisation | null> {
	return unwrap(await supabase.from('organisations').select(COLUMNS).eq('slug', slug).maybeSingle());
}

export type NewOrganisation = Pick<Organisation, 'slug' | 'name' | 'kind' | 'city' | 'country' | 'website'>;

export async function create(supabase: Supabase, organisation: NewOrganisation): Promise<void> {
	unwrap(await supabase.from('organisations').insert(organisation));
}

export type OrganisationChanges = Pick<Organisation, 'name' | 'kind' | 'city' | 'country' | 'website' | 'description'>;

/**
 * Saves changes made to the version the editor started from; false when someone saved in
 * between (nothing is overwritten: the editor gets a conflict to resolve).
 */
export async function update(supabase: Supabase, id: string, version: number, changes: OrganisationChanges): Promise<boolean> {
	const rows = unwrap(
		await supabase
			.from('organisations')
			.update({ ...changes, version: version + 1, updated_at: new Date().toISOString() })
			.eq('id', id)
			.eq('version', version)
			.select('id')
	);
	return rows.length > 0;
}

export type Member = {
	role: 'admin' | 'member';
	created_at: string;
	user: { id: string; display_name: string; email: string };
};

export async function members(supabase: Supabase, organisationId: string): Promise<Member[]> {
	return unwrap(
		await supabase
			.from('organisation_members')
			.select('role, created_at, user:users!inner(id, display_name, email)')
			.eq('organisation_id', organisationId)
			.order('created_at')
	) as unknown as Member[];
}

/** The reader's role in an organisation, or null. */
export async function roleOf(supabase: Supabase, organisationId: string, userId: string): Promise<'admin' | 'member' | null> {
	const row = unwrap(
		await supabase.from('organisation_members').select('role').eq('organisation_id', organisationId).eq('user_id', userId).maybeSingle()
	);
	return (row?.role as 'admin' | 'member' | undefined) ?? null;
}

export async function setMemberRole(supabase: Supabase, organisationId: string, userId: string, role: 'admin' | 'member'): Promise<boolean> {
	const rows = unwrap(
		await supabase.from('organisation_members').update({ role }).eq('organisation_id', organisationId).eq('user_id', userId).select('user_id')
	);
	return rows.length > 0;
}

export async function removeMember(supabase: Supabase, organisationId: string, userId: string): Promise<boolean> {
	const rows = unwrap(
		await supabase.from('organisation_members').delete().eq('organisation_id', organisationId).eq('user_id', userId).select('user_id')
	);
	return rows.length > 0;
}

export type Participation = {
	role: 'applicant' | 'lead_partner' | 'coordinator' | 'partner';
	project: { id: string; slug: string; acronym: string | null; title: TranslatedText; status: string };
};

/** The projects an organisation takes part in that the reader may see. */
export async function participations(supabase: Supabase, organisationId: string): Promise<Participation[]> {
	return unwrap(
		await supabase
			.from('project_partners')
			.select('role, project:projects!inner(id, slug, acronym, title, status)')
			.eq('organisation_id', organisationId)
	) as unknown as Participation[];
}
