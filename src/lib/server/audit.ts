// Events only the server sees (sign-ins, password changes), added to the append-only audit log.
// Role changes, invitations and deletions are recorded by the database's own triggers.
import { unwrap } from './data/unwrap.ts';
import type { Json } from './database.types.ts';
import { serviceClient } from './supabase-admin.ts';

export type AuditAction =
	| 'session.signed_in'
	| 'session.signed_out_everywhere'
	| 'password.changed'
	| 'password.reset'
	| 'password.reset_requested'
	| 'data.exported';

export async function audit(
	action: AuditAction,
	actorId: string,
	details: { [key: string]: Json | undefined } = {}
) {
	unwrap(
		await serviceClient()
			.from('audit_log')
			.insert({ actor_id: actorId, action, subject_type: 'user', subject_id: actorId, details })
	);
}
