// Deleting an account erases or anonymises every row that names the person, in the same
// transaction (QUALITY.md item 28; supabase/migrations/20261207130200_erase_personal_data.sql).
// PERSONAL_DATA lists every (table, column) that can hold a person's data and what deletion does
// with it; a new column that looks personal and is on neither list fails the schema check, so the
// list stays true. The person deletes their own account through the real PostgREST.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { actingAs, outcome } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `er-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

/** What names the person who deletes their account. */
const ERIN = { id: randomUUID(), email: `erin@${EMAIL_DOMAIN}`, name: `Erin Erased ${TAG}` };
/** Someone Erin registered: stays named. */
const OTTO = { email: `otto@${EMAIL_DOMAIN}`, name: `Otto Other ${TAG}` };
/** Whose account a platform admin deletes. */
const FAY = { id: randomUUID(), email: `fay@${EMAIL_DOMAIN}`, name: `Fay Former ${TAG}` };
const USER = { erin: ERIN.id, fay: FAY.id, registrar: randomUUID(), platformAdmin: randomUUID() };
const ORG = randomUUID();
const PROJECT = randomUUID();
const EVENT = { one: randomUUID(), two: randomUUID() };
const PRACTICE = randomUUID();

type Handling =
	| 'the account row goes'
	| 'goes with the account (foreign key)'
	| 'set to null (foreign key)'
	| 'erased by the deletion'
	| `kept: ${string}`;

/** Every column that can hold a person's data, and what deleting their account does with it. */
const PERSONAL_DATA: Record<string, Handling> = {
	'users.id': 'the account row goes',
	'users.email': 'the account row goes',
	'users.display_name': 'the account row goes',
	'users.time_zone': 'the account row goes',
	'credentials.user_id': 'goes with the account (foreign key)',
	'sessions.user_id': 'goes with the account (foreign key)',
	'password_resets.user_id': 'goes with the account (foreign key)',
	'organisation_members.user_id': 'goes with the account (foreign key)',
	'project_members.user_id': 'goes with the account (foreign key)',
	'notification_preferences.user_id': 'goes with the account (foreign key)',
	'notification_digest_runs.user_id': 'goes with the account (foreign key)',
	'notifications.recipient_id': 'goes with the account (foreign key)',
	'invitations.accepted_by': 'goes with the account (foreign key)',
	'invitations.email': 'erased by the deletion',
	'invitations.invited_by': 'set to null (foreign key)',
	'notifications.actor_id': 'set to null (foreign key)',
	'notifications.email': 'erased by the deletion',
	'notifications.payload': 'erased by the deletion',
	'notification_opt_outs.email': 'erased by the deletion',
	'sign_in_failures.email': 'erased by the deletion',
	'sign_in_failures.client_address': 'erased by the deletion',
	'event_registrations.full_name': 'erased by the deletion',
	'event_registrations.email': 'erased by the deletion',
	'event_registrations.job_title': 'erased by the deletion',
	'event_registrations.arrival': 'erased by the deletion',
	'event_registrations.departure': 'erased by the deletion',
	'event_registrations.dietary_needs': 'erased by the deletion',
	'event_registrations.access_needs': 'erased by the deletion',
	'event_registrations.registered_by': 'set to null (foreign key)',
	'event_day_attendance.recorded_by': 'set to null (foreign key)',
	'event_day_attendance.walk_in_name':
		'kept: a walk-in as the host typed it at the door, tied to no account; the host removes it on request on the attendance page',
	'practices.contact_name': 'erased by the deletion',
	'practices.contact_email': 'erased by the deletion',
	'practices.created_by': 'set to null (foreign key)',
	'projects.contact_email': 'erased by the deletion',
	'organisation_proposals.proposed_by': 'set to null (foreign key)',
	'organisation_proposals.decided_by': 'set to null (foreign key)',
	'practice_texts.updated_by': 'set to null (foreign key)',
	'practice_publications.published_by': 'set to null (foreign key)',
	'practice_text_history.changed_by': 'set to null (foreign key)',
	'practice_transfers.created_by': 'set to null (foreign key)',
	'practice_transfer_stages.recorded_by': 'set to null (foreign key)',
	'documents.created_by': 'set to null (foreign key)',
	'document_files.created_by': 'set to null (foreign key)',
	'project_indicators.achieved_by': 'set to null (foreign key)',
	'audit_log.actor_id':
		'kept: the bare id of the account, which nothing links to a person once the account is gone (the log is append-only)',
	'audit_log.details': 'kept: ids only (the triggers never write names or addresses into it)',
	'event_sessions.speakers':
		'kept: the public programme as its editors typed it, not tied to any account'
};

/** Columns whose names look personal but hold none: organisations, places, files. */
const NOT_PERSONAL: Record<string, string> = {
	'organisations.name': 'an organisation',
	'organisations.name_lang': 'the language of an organisation’s name',
	'organisation_name_translations.name': 'an organisation’s name in another language',
	'organisation_proposals.name': 'an organisation, as proposed',
	'organisations.street_address': 'where an organisation is',
	'organisation_logos.name': 'a size of a logo',
	'projects.contact_role': 'the title of a role (the address beside it is personal data)',
	'project_indicators.name': 'what a project measures, in its own words',
	'content_locales.english_name': 'a language',
	'content_locales.native_name': 'a language',
	'events.venue_name': 'a place',
	'events.venue_address': 'a place',
	'document_files.file_name': 'a file',
	'document_file_renditions.name': 'a size of an image'
};

/** Names of columns that look like they hold a person's data. */
const LOOKS_PERSONAL =
	/(^|_)(e?mail|name|phone|mobile|address|surname|birth|speakers?|contact|person|people|passport|user_id|actor_id|recipient_id)(_|$)|_by$/;

const make = factories(PREFIX);
make.person({ id: ERIN.id, email: ERIN.email, display_name: ERIN.name, time_zone: 'Europe/Riga' });
make.person({ id: FAY.id, email: FAY.email, display_name: FAY.name });
make.person({ id: USER.registrar });
make.person({ id: USER.platformAdmin, is_platform_admin: true });
make.organisation({ id: ORG });
make.membership(ORG, USER.registrar, 'admin');
make.membership(ORG, ERIN.id);
make.project({ id: PROJECT, contact_email: ERIN.email });
make.partner(PROJECT, ORG, 'lead_partner');
make.projectMember(PROJECT, USER.registrar, ORG, 'coordinator');
make.projectMember(PROJECT, ERIN.id, ORG, 'partner_editor');
make.practice(ORG, { id: PRACTICE, contact_name: ERIN.name, contact_email: ERIN.email });
make.event({
	id: EVENT.one,
	projects: [PROJECT],
	host_organisation_id: ORG,
	starts_local: '2031-05-14 09:00',
	ends_local: '2031-05-15 17:00'
});
make.event({
	id: EVENT.two,
	projects: [PROJECT],
	host_organisation_id: ORG,
	starts_local: '2031-06-14 09:00',
	ends_local: '2031-06-15 17:00'
});
make.delegation(EVENT.one, ORG, 5);
make.delegation(EVENT.two, ORG, 5);

const FIXTURES = `
insert into public.credentials (user_id, password_hash) values ('${ERIN.id}', 'not-a-real-hash');
insert into public.sessions (id, user_id, expires_at, absolute_expires_at) values
  (encode(sha256('${TAG}'::bytea), 'hex'), '${ERIN.id}', now() + interval '1 day', now() + interval '30 days');
insert into public.password_resets (token_hash, user_id, expires_at) values (encode(sha256('reset-${TAG}'::bytea), 'hex'), '${ERIN.id}', now() + interval '1 hour');
insert into public.sign_in_failures (email, client_address) values ('${ERIN.email}', '192.0.2.${parseInt(TAG.slice(0, 2), 16)}');
insert into public.notification_opt_outs (email, kind) values ('${ERIN.email}', 'calendar_invitation');
insert into public.notification_preferences (user_id, kind, delivery) values ('${ERIN.id}', 'role_changed', 'off');
insert into public.notification_digest_runs (user_id, local_date) values ('${ERIN.id}', current_date);
insert into public.invitations (token_hash, email, organisation_id, invited_by, expires_at) values
  (encode(sha256('invitation-${TAG}'::bytea), 'hex'), '${ERIN.email}', '${ORG}', '${USER.registrar}', now() + interval '7 days');
insert into public.organisation_proposals (organisation_id, proposed_by, base_version, name, kind, country) values
  ('${ORG}', '${ERIN.id}', 1, 'Erasure organisation, renamed (test)', 'ngo', 'LV');
-- The registrar registers Erin with her address; Erin registers herself (no address) and Otto.
insert into public.event_registrations
  (event_id, organisation_id, full_name, job_title, email, arrival, departure, dietary_needs, access_needs, status, registered_by) values
  ('${EVENT.one}', '${ORG}', '${ERIN.name}', 'Youth worker', '${ERIN.email}', '2031-05-13', '2031-05-16', 'vegan', 'step-free access', 'registered', '${USER.registrar}'),
  ('${EVENT.two}', '${ORG}', '${ERIN.name}', null, null, null, null, null, null, 'registered', '${ERIN.id}'),
  ('${EVENT.one}', '${ORG}', '${OTTO.name}', null, '${OTTO.email}', null, null, null, null, 'registered', '${ERIN.id}'),
  ('${EVENT.two}', '${ORG}', '${FAY.name}', null, '${FAY.email}', null, null, 'none', null, 'registered', '${USER.registrar}');
-- What others were sent while Erin acted, as the triggers write it.
insert into public.notifications (recipient_id, kind, payload, delivery, actor_id) values
  ('${USER.registrar}', 'role_changed', jsonb_build_object('actor', '${ERIN.name}', 'place', 'Erasure organisation (test)'), 'immediate', '${ERIN.id}');
insert into public.audit_log (actor_id, action, subject_type, subject_id) values ('${ERIN.id}', 'session.signed_in', 'user', '${ERIN.id}');
`;

const CLEAN_UP = `
delete from public.practices where slug like '${PREFIX}-%';
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
delete from public.notifications where email like '%@${EMAIL_DOMAIN}';
delete from public.sign_in_failures where email like '%@${EMAIL_DOMAIN}';
delete from public.notification_opt_outs where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.DATABASE_URL, {
	rows: make,
	setUp: FIXTURES,
	cleanUp: CLEAN_UP
});
const as = actingAs(stack, USER);

/** The columns of the API's tables, as `table.column`, with their types. */
async function columns(): Promise<
	Array<{ column: string; type: string; references_users: boolean }>
> {
	return peek(
		`select c.table_name || '.' || c.column_name as column, c.data_type as type,
		   exists (
		     select 1 from pg_catalog.pg_constraint as k
		     join pg_catalog.pg_attribute as a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
		     where k.contype = 'f' and k.confrelid = 'public.users'::regclass
		       and k.conrelid = ('public.' || quote_ident(c.table_name))::regclass and a.attname = c.column_name
		   ) as references_users
		 from information_schema.columns as c
		 join information_schema.tables as t on t.table_schema = c.table_schema and t.table_name = c.table_name
		 where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
		 order by 1`
	);
}

/** The rows of `table.column` that still name Erin: her address, her name, or her account's id. */
async function namingErin(column: string): Promise<number> {
	const [table, name] = column.split('.');
	const [{ count }] = await peek<{ count: number }>(
		`select count(*)::int as count from public.${table}
		 where ${name}::text ilike '%' || $1 || '%' or ${name}::text ilike '%' || $2 || '%' or ${name}::text ilike '%' || $3 || '%'`,
		[ERIN.email, ERIN.name, ERIN.id]
	);
	return count;
}

describe('the list of personal data', () => {
	it('names every column that looks personal or refers to an account, and only columns that exist', async () => {
		const all = await columns();
		const unlisted = all
			.filter((c) => LOOKS_PERSONAL.test(c.column.split('.')[1]) || c.references_users)
			.map((c) => c.column)
			.filter((column) => !(column in PERSONAL_DATA) && !(column in NOT_PERSONAL));
		expect(
			unlisted,
			'add these to PERSONAL_DATA (and erase them on deletion) or to NOT_PERSONAL'
		).toEqual([]);
		const known = new Set(all.map((c) => c.column));
		expect(
			[...Object.keys(PERSONAL_DATA), ...Object.keys(NOT_PERSONAL)].filter(
				(column) => !known.has(column)
			)
		).toEqual([]);
	});
});

describe('deleting an account', () => {
	it('leaves no row that names the person in any listed column, and keeps only the bare id where the list says so', async () => {
		const before = await peek(
			`select id, status from public.event_registrations where event_id = any ($1) order by id`,
			[Object.values(EVENT)]
		);
		// The fixtures really name her in each place the deletion must reach.
		for (const column of [
			'event_registrations.full_name',
			'event_registrations.email',
			'notifications.payload',
			'practices.contact_email',
			'sign_in_failures.email'
		]) {
			expect(await namingErin(column), column).toBeGreaterThan(0);
		}

		expect(outcome(await as('erin').from('users').delete().eq('id', ERIN.id).select('id'))).toBe(1);

		const left: Record<string, number> = {};
		for (const [column, handling] of Object.entries(PERSONAL_DATA)) {
			const count = await namingErin(column);
			if (count && !handling.startsWith('kept')) left[column] = count;
		}
		expect(left).toEqual({});
		// The places stay taken: same registrations, same states.
		expect(
			await peek(
				`select id, status from public.event_registrations where event_id = any ($1) order by id`,
				[Object.values(EVENT)]
			)
		).toEqual(before);
	});

	it('nothing anywhere in the database holds her address or name any more', async () => {
		const left: string[] = [];
		for (const { column, type } of await columns()) {
			if (!['text', 'jsonb', 'character varying', 'USER-DEFINED', 'ARRAY'].includes(type)) continue;
			const [table, name] = column.split('.');
			const [{ count }] = await peek<{ count: number }>(
				`select count(*)::int as count from public.${table} where ${name}::text ilike '%' || $1 || '%' or ${name}::text ilike '%' || $2 || '%'`,
				[ERIN.email, ERIN.name]
			);
			if (count) left.push(column);
		}
		expect(left).toEqual([]);
	});

	it('her registrations say they were erased; the one she made of someone else keeps that person', async () => {
		const rows = await peek<{
			full_name: string;
			email: string | null;
			erased: boolean;
			job_title: string | null;
			dietary_needs: string | null;
		}>(
			`select full_name, email, erased_at is not null as erased, job_title, dietary_needs from public.event_registrations
			 where event_id = any ($1) and full_name <> $2 order by full_name`,
			[Object.values(EVENT), FAY.name]
		);
		expect(rows).toEqual([
			{
				full_name: OTTO.name,
				email: OTTO.email,
				erased: false,
				job_title: null,
				dietary_needs: null
			},
			{ full_name: '—', email: null, erased: true, job_title: null, dietary_needs: null },
			{ full_name: '—', email: null, erased: true, job_title: null, dietary_needs: null }
		]);
	});

	it('erases the same when a platform admin deletes the account', async () => {
		expect(
			outcome(await as('platformAdmin').from('users').delete().eq('id', FAY.id).select('id'))
		).toBe(1);
		expect(
			await peek(
				`select full_name, email, dietary_needs, erased_at is not null as erased from public.event_registrations where event_id = $1 and registered_by = $2`,
				[EVENT.two, USER.registrar]
			)
		).toEqual([{ full_name: '—', email: null, dietary_needs: null, erased: true }]);
	});
});
