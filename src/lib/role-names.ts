import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/paraglide/runtime.js';

export type RoleKey = 'admin' | 'member' | 'coordinator' | 'partner_editor' | 'viewer';

/** A role's name in a given language (e-mail goes out in the recipient's, not the sender's). */
export function roleName(role: RoleKey, locale?: Locale): string {
	const options = locale ? { locale } : undefined;
	switch (role) {
		case 'admin':
			return m.role_organisation_admin({}, options);
		case 'member':
			return m.role_organisation_member({}, options);
		case 'coordinator':
			return m.role_project_coordinator({}, options);
		case 'partner_editor':
			return m.role_project_partner_editor({}, options);
		case 'viewer':
			return m.role_project_viewer({}, options);
	}
}

export function organisationKindName(
	kind: 'municipality' | 'ngo' | 'university' | 'association' | 'other'
): string {
	switch (kind) {
		case 'municipality':
			return m.organisation_kind_municipality();
		case 'ngo':
			return m.organisation_kind_ngo();
		case 'university':
			return m.organisation_kind_university();
		case 'association':
			return m.organisation_kind_association();
		case 'other':
			return m.organisation_kind_other();
	}
}

export function partnerRoleName(
	role: 'applicant' | 'lead_partner' | 'coordinator' | 'partner'
): string {
	switch (role) {
		case 'applicant':
			return m.partner_role_applicant();
		case 'lead_partner':
			return m.partner_role_lead_partner();
		case 'coordinator':
			return m.partner_role_coordinator();
		case 'partner':
			return m.partner_role_partner();
	}
}

/** The roles that lead a partnership: listed first, and marked, wherever partners are listed. */
export function isLeadRole(role: string): boolean {
	return ['lead_partner', 'coordinator', 'applicant'].includes(role);
}
