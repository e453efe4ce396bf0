// What the API roles may do to each table in `public`, before row level security narrows it.
// Every table is listed, with [] where a role gets nothing at table level. A new table must be
// added here on purpose: the tests fail on any grant not listed (rls.test.ts and roles.test.ts
// compare the table grants, roles.test.ts also the column grants below).
export const API_GRANTS: Record<string, { anon: string[]; authenticated: string[] }> = {
	content_locales: { anon: ['SELECT'], authenticated: ['SELECT'] },
	// A person reads and deletes their own account; the columns they may change are below.
	users: { anon: [], authenticated: ['DELETE', 'SELECT'] },
	// Password hashes, sessions, reset tokens and failed sign-ins: the server's alone (but a person
	// reads when their own sessions ran: column grants below).
	credentials: { anon: [], authenticated: [] },
	sessions: { anon: [], authenticated: [] },
	password_resets: { anon: [], authenticated: [] },
	sign_in_failures: { anon: [], authenticated: [] },
	organisations: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	// INSERT is for platform admins only (the policy narrows it): everyone else joins by accepting
	// an invitation, which the server does as service_role (public.accept_invitation).
	organisation_members: { anon: [], authenticated: ['DELETE', 'INSERT', 'SELECT'] },
	projects: { anon: ['SELECT'], authenticated: ['DELETE', 'SELECT'] },
	project_partners: { anon: ['SELECT'], authenticated: ['DELETE', 'INSERT', 'SELECT'] },
	// A project's content tables: readable with the project, written by its coordinators (RLS).
	unnamed_partners: { anon: ['SELECT'], authenticated: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'] },
	project_budgets: { anon: ['SELECT'], authenticated: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'] },
	budget_payments: { anon: ['SELECT'], authenticated: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'] },
	project_indicators: { anon: ['SELECT'], authenticated: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'] },
	project_members: { anon: [], authenticated: ['DELETE', 'INSERT', 'SELECT'] },
	// Members propose changes to their organisation's details; its admins decide (column grants
	// below; row level security narrows both). Never deleted through the API.
	organisation_proposals: { anon: [], authenticated: ['SELECT'] },
	// Column grants only: every column but the token hash can be read.
	invitations: { anon: [], authenticated: [] },
	// Written by triggers (as the table owner) and by the server; read by platform admins, and by
	// each person for the entries where they are the actor.
	audit_log: { anon: [], authenticated: ['SELECT'] }
};

type ColumnPrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'REFERENCES';

/**
 * Grants on single columns, per table and role (on top of API_GRANTS). Ownership, identity,
 * timestamps set by the database and flags such as `is_platform_admin` are missing on purpose.
 */
export const API_COLUMN_GRANTS: Record<string, Partial<Record<'anon' | 'authenticated', Partial<Record<ColumnPrivilege, string[]>>>>> = {
	users: {
		authenticated: { UPDATE: ['display_name', 'preferred_locale', 'time_zone', 'updated_at'] }
	},
	// Never the id: it is the SHA-256 of the session cookie's token.
	sessions: { authenticated: { SELECT: ['user_id', 'created_at', 'expires_at', 'absolute_expires_at'] } },
	organisations: {
		authenticated: {
			INSERT: ['slug', 'name', 'kind', 'city', 'country', 'website', 'description'],
			UPDATE: ['slug', 'name', 'kind', 'city', 'country', 'website', 'description', 'version', 'updated_at']
		}
	},
	organisation_members: { authenticated: { UPDATE: ['role'] } },
	projects: {
		authenticated: {
			INSERT: ['slug', 'acronym', 'title', 'status', 'is_published', 'summary', 'programme', 'strand', 'call_reference', 'grant_reference', 'council_decision', 'start_date', 'end_date', 'dates_precision', 'objectives', 'target_groups', 'activities', 'contact_role', 'contact_email', 'website'],
			UPDATE: ['slug', 'acronym', 'title', 'status', 'is_published', 'version', 'updated_at', 'summary', 'programme', 'strand', 'call_reference', 'grant_reference', 'council_decision', 'start_date', 'end_date', 'dates_precision', 'objectives', 'target_groups', 'activities', 'contact_role', 'contact_email', 'website']
		}
	},
	project_partners: { authenticated: { UPDATE: ['role'] } },
	// Never proposed_by, status, decided_by or decided_at on insert: the database sets them. Deciding
	// sets only the status; a trigger stamps who decided and when.
	organisation_proposals: {
		authenticated: {
			INSERT: ['organisation_id', 'base_version', 'name', 'kind', 'city', 'country', 'website', 'description', 'message'],
			UPDATE: ['status']
		}
	},
	project_members: { authenticated: { UPDATE: ['role'] } },
	invitations: {
		authenticated: {
			SELECT: [
				'id', 'email', 'locale', 'organisation_id', 'organisation_role', 'project_id', 'project_role', 'invited_by',
				'created_at', 'expires_at', 'last_sent_at', 'sent_count', 'accepted_at', 'accepted_by', 'revoked_at'
			],
			INSERT: [
				'token_hash', 'email', 'locale', 'organisation_id', 'organisation_role', 'project_id', 'project_role',
				'invited_by', 'expires_at'
			],
			UPDATE: ['token_hash', 'expires_at', 'last_sent_at', 'sent_count', 'revoked_at']
		}
	}
};

/**
 * Functions in `public` that the API roles may call. public.accept_invitation,
 * public.create_account_from_invitation, public.claim_sign_in_attempt and public.purge_expired are
 * missing on purpose: service_role only.
 */
export const API_FUNCTIONS: Record<string, string[]> = {
	health_check: ['anon', 'authenticated'],
	// Editing projects (tests/integration/project-editing.test.ts): signed-in people only; each
	// checks who is asking itself (or, accept_organisation_proposal, runs under row level security).
	create_project: ['authenticated'],
	add_new_partner_organisation: ['authenticated'],
	accept_organisation_proposal: ['authenticated']
};
