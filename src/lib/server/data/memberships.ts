// Where a person belongs: their organisations (with role) and their projects (with role and the
// organisation they act for). Read through the person's own client.
import type { Supabase } from '../supabase.ts';
import { unwrap } from './unwrap.ts';
import type { TranslatedText } from '#lib/translations.ts';
import type { NamedOrganisation } from '#lib/organisation-names.ts';

export type OrganisationMembership = {
	role: 'admin' | 'member';
	organisation: NamedOrganisation & {
		id: string;
		slug: string;
		city: string | null;
		country: string;
	};
};

export type ProjectMembership = {
	role: 'coordinator' | 'partner_editor' | 'viewer';
	project: {
		id: string;
		slug: string;
		acronym: string | null;
		title: TranslatedText;
		is_published: boolean;
	};
	organisation: NamedOrganisation & { slug: string };
};

export async function organisationsOf(
	supabase: Supabase,
	userId: string
): Promise<OrganisationMembership[]> {
	return unwrap(
		await supabase
			.from('organisation_members')
			.select(
				'role, organisation:organisations!inner(id, slug, name, name_lang, names:organisation_name_translations(locale, name), city, country)'
			)
			.eq('user_id', userId)
			.order('organisation(name)')
	);
}

export async function projectsOf(supabase: Supabase, userId: string): Promise<ProjectMembership[]> {
	return unwrap(
		await supabase
			.from('project_members')
			.select(
				'role, project:projects!inner(id, slug, acronym, title, is_published), organisation:organisations!inner(slug, name, name_lang, names:organisation_name_translations(locale, name))'
			)
			.eq('user_id', userId)
	);
}

/** The organisations, among those given, that have one admin only. */
export async function withOneAdmin(
	supabase: Supabase,
	organisationIds: string[]
): Promise<Set<string>> {
	if (!organisationIds.length) return new Set();
	const admins = unwrap(
		await supabase
			.from('organisation_members')
			.select('organisation_id')
			.eq('role', 'admin')
			.in('organisation_id', organisationIds)
	) as Array<{ organisation_id: string }>;
	const count = new Map<string, number>();
	for (const { organisation_id } of admins)
		count.set(organisation_id, (count.get(organisation_id) ?? 0) + 1);
	return new Set(organisationIds.filter((id) => count.get(id) === 1));
}
