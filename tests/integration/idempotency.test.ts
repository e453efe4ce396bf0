// A form that creates a record acts once (supabase/migrations/20261207110000_idempotency_keys.sql,
// src/lib/server/idempotency.ts): the same insert sent twice with one Idempotency-Key, through the
// real PostgREST as a real user, stores one row; the second sending is refused with SQLSTATE IDEMP
// naming that row, and the portal's client turns the refusal into the first answer.
//
// Like outcomes.test.ts, these requests commit: the file works on people, an organisation and a
// project of its own, named with a random tag, and removes them afterwards.
import { randomBytes, randomUUID } from 'node:crypto';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { describe, expect, inject, it } from 'vitest';
import { mintUserJwt } from '../../src/lib/server/jwt.ts';
import { ALREADY_DONE, replaying } from '../../src/lib/server/idempotency.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const TAG = randomBytes(4).toString('hex');
const PREFIX = `ik-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;
const make = factories(PREFIX);
const ORG = make.organisation({ kind: 'municipality', city: 'Daugavpils' });
const USER = {
	coordinator: make.person({ adminOf: ORG }),
	colleague: make.person({ memberOf: ORG })
};
const PROJECT = make.project();
make.partner(PROJECT, ORG, 'lead_partner');
make.projectMember(PROJECT, USER.coordinator, ORG, 'coordinator');
make.projectMember(PROJECT, USER.colleague, ORG, 'coordinator');

const text = (en: string) => ({ en: { text: en, status: 'original' } });

const { peek } = useFixtures(stack.DATABASE_URL, {
	rows: make,
	cleanUp: `
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`,
	left: async () => {
		expect(
			await peek(`select 1 from private.idempotency_keys where user_id = any($1)`, [
				Object.values(USER)
			])
		).toEqual([]);
	}
});

/** The API as one of the people, sending `key` as the Idempotency-Key; with the portal's replaying fetch if asked. */
function as(
	who: keyof typeof USER,
	key: string | null,
	options: { replay?: boolean } = {}
): SupabaseClient {
	return createClient(stack.SUPABASE_URL, stack.SUPABASE_ANON_KEY, {
		accessToken: async () => mintUserJwt(USER[who], stack.SUPABASE_JWT_SECRET),
		global: {
			headers: key ? { 'Idempotency-Key': key } : {},
			...(options.replay ? { fetch: replaying } : {})
		}
	});
}

const newKey = () => randomBytes(32).toString('base64url');
const results = (statement: string) =>
	peek<{ id: string }>(
		`select id from public.project_results where project_id = $1 and statement ->'en'->>'text' = $2`,
		[PROJECT, statement]
	);
const addResult = (client: SupabaseClient, statement: string) =>
	client
		.from('project_results')
		.insert({ project_id: PROJECT, statement: text(statement), position: 1 })
		.select('id, statement')
		.single();

describe('a create sent twice with one key', () => {
	it('stores one row; the second sending is refused with IDEMP, naming it', async () => {
		const key = newKey();
		const first = await addResult(as('coordinator', key), 'Once (test)');
		expect(first.error).toBeNull();
		const second = await addResult(as('coordinator', key), 'Once (test)');
		expect({ code: second.error?.code, status: second.status }).toEqual({
			code: ALREADY_DONE,
			status: 400
		});
		expect(JSON.parse(second.error!.details)).toEqual({
			table: 'project_results',
			id: first.data!.id
		});
		expect(await results('Once (test)')).toEqual([{ id: first.data!.id }]);
	});

	it("answers the second sending, through the portal's client, with the row the first one made", async () => {
		const key = newKey();
		const first = await addResult(as('coordinator', key, { replay: true }), 'Replayed (test)');
		const second = await addResult(as('coordinator', key, { replay: true }), 'Replayed (test)');
		expect(second.error).toBeNull();
		expect(second.status).toBe(201);
		expect(second.data).toEqual(first.data);
		// Without a representation asked for, the second sending simply succeeds.
		const minimal = await as('coordinator', key, { replay: true })
			.from('project_results')
			.insert({ project_id: PROJECT, statement: text('Replayed (test)'), position: 1 });
		expect({ error: minimal.error, status: minimal.status }).toEqual({ error: null, status: 201 });
		expect(await results('Replayed (test)')).toEqual([{ id: first.data!.id }]);
	});

	it('creates a project once through its function, which answers the second sending with the same id', async () => {
		const key = newKey();
		const create = () =>
			as('coordinator', key, { replay: true }).rpc('create_project', {
				organisation: ORG,
				slug: `${PREFIX}-created`,
				title: text('Created (test)'),
				acronym: null
			});
		const first = await create();
		expect(first.error).toBeNull();
		// Not "slug taken": the key is checked before the row's own rules.
		const second = await create();
		expect(second).toMatchObject({ error: null, data: first.data });
		expect(
			await peek(`select id from public.projects where slug = $1`, [`${PREFIX}-created`])
		).toEqual([{ id: first.data }]);
		// The project's lead partner, inserted by the same request, did not count as a second sending.
		expect(
			await peek(`select role from public.project_partners where project_id = $1`, [first.data])
		).toEqual([{ role: 'lead_partner' }]);
	});
});

describe('different keys, or none', () => {
	it('two keys make two rows, and so do two sendings without a key', async () => {
		await addResult(as('coordinator', newKey()), 'Twice (test)');
		await addResult(as('coordinator', newKey()), 'Twice (test)');
		await addResult(as('coordinator', null), 'Twice (test)');
		await addResult(as('coordinator', null), 'Twice (test)');
		expect(await results('Twice (test)')).toHaveLength(4);
	});

	it("one key is each person's own: another person sending it creates their own row", async () => {
		const key = newKey();
		expect((await addResult(as('coordinator', key), 'Shared key (test)')).error).toBeNull();
		expect((await addResult(as('colleague', key), 'Shared key (test)')).error).toBeNull();
		expect(await results('Shared key (test)')).toHaveLength(2);
	});

	it('several rows in one request with one key are all stored', async () => {
		const key = newKey();
		const answer = await as('coordinator', key)
			.from('project_results')
			.insert(
				[1, 2].map((position) => ({
					project_id: PROJECT,
					statement: text('Many (test)'),
					position
				}))
			);
		expect(answer.error).toBeNull();
		expect(await results('Many (test)')).toHaveLength(2);
	});

	it('a refused create stores no key: sent again once allowed, it acts', async () => {
		const key = newKey();
		const refused = await as('coordinator', key)
			.from('project_results')
			.insert({ project_id: randomUUID(), statement: text('After refusal (test)'), position: 1 });
		expect(refused.error).not.toBeNull();
		expect((await addResult(as('coordinator', key), 'After refusal (test)')).error).toBeNull();
		expect(await results('After refusal (test)')).toHaveLength(1);
	});
});

describe('the keys', () => {
	it('cannot be read or written by the API roles', async () => {
		for (const role of ['anon', 'authenticated']) {
			await peek('begin');
			try {
				await peek(`set local role ${role}`);
				await expect(peek('select * from private.idempotency_keys')).rejects.toMatchObject({
					code: '42501'
				});
			} finally {
				await peek('rollback');
			}
		}
	});

	it("a person asks whether a form of theirs was acted on (form_acted_on), never about another's", async () => {
		const key = newKey();
		await addResult(as('coordinator', key), 'Asked about (test)');
		const asked = async (who: keyof typeof USER, about: string) =>
			(await as(who, null).rpc('form_acted_on', { key: about })).data;
		expect([
			await asked('coordinator', key),
			await asked('colleague', key),
			await asked('coordinator', newKey())
		]).toEqual([true, false, false]);
		const anon = createClient(stack.SUPABASE_URL, stack.SUPABASE_ANON_KEY, {
			auth: { persistSession: false }
		});
		expect((await anon.rpc('form_acted_on', { key })).error?.code).toBe('42501');
	});

	it('are purged after a week, by the service role only', async () => {
		const key = newKey();
		await addResult(as('coordinator', key), 'Purged (test)');
		await peek(
			`update private.idempotency_keys set created_at = now() - interval '8 days' where user_id = $1 and key = $2`,
			[USER.coordinator, key]
		);
		await peek('begin');
		try {
			await peek('set local role authenticated');
			await expect(peek('select public.purge_idempotency_keys()')).rejects.toMatchObject({
				code: '42501'
			});
		} finally {
			await peek('rollback');
		}
		await peek('begin');
		await peek('set local role service_role');
		const [{ removed }] = await peek<{ removed: number }>(
			'select public.purge_idempotency_keys() as removed'
		);
		await peek('commit');
		expect(removed).toBeGreaterThanOrEqual(1);
		expect(
			await peek(`select 1 from private.idempotency_keys where user_id = $1 and key = $2`, [
				USER.coordinator,
				key
			])
		).toEqual([]);
		// Sent again after that, the form acts again: nothing remembers it.
		await addResult(as('coordinator', key), 'Purged (test)');
		expect(await results('Purged (test)')).toHaveLength(2);
	});
});
