// Projects as far as people and roles need them: the partnership and who acts in it.
// (Project content comes with the projects work.)
import type { Supabase } from '../supabase.ts';
import type { TranslatedText } from '#lib/translations.ts';
import { unwrap } from './unwrap.ts';

export type ProjectSummary = { id: string; slug: string; acronym: string | null; title: TranslatedText; is_published: boolean };
export type ProjectRole = 'coordinator' | 'partner_editor' | 'viewer';
export const PROJECT_ROLES: ProjectRole[] = ['coordinator', 'partner_editor', 'viewer'];

export async function getBySlug(supabase: Supabase, slug: string): Promise<ProjectSummary | null> {
	return unwrap(await supabase.from('projects').select('id, slug, acronym, title, is_published').eq('slug', slug).maybeSingle());
}

export type Partner = {
	role: 'applicant' | 'lead_partner' | 'coordinator' | 'partner';
	organisation: { id: string; slug: string; name: string; city: string | null; country: string };
};

export async function partners(supabase: Supabase, projectId: string): Promise<Partner[]> {
	return unwrap(
		await supabase
			.from('project_partners')
			.select('role, organisation:organisations!inner(id, slug, name, city, country)')
			.eq('project_id', projectId)
	) as unknown as Partner[];
}

export type ProjectMember = {
	role: ProjectRole;
	user: { id: string; display_name: string; email: string };
	organisation: { name: string };
};

/** The people of the partnership; empty for readers outside it (RLS). */
export async function members(supabase: Supabase, projectId: string): Promise<ProjectMember[]> {
	return unwrap(
		await supabase
			.from('project_members')
			.select('role, user:users!inner(id, display_name, email), organisation:organisations!inner(name)')
			.eq('project_id', projectId)
			.order('created_at')
	) as unknown as ProjectMember[];
}

export async function roleOf(supabase: Supabase, projectId: string, userId: string): Promise<ProjectRole | null> {
	const row = unwrap(
		await supabase.from('project_members').select('role').eq('project_id', projectId).eq('user_id', userId).maybeSingle()
	);
	return (row?.role as ProjectRole | undefined) ?? null;
}
