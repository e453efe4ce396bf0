// public.claim_sign_in_attempt: before a password is checked, the server (service_role) claims the
// attempt. Under both limits it is recorded as a failure straight away and {"attempt": id} comes
// back; at the limit for the account or for the client address, {"retry_after": seconds} does.
//
// Most cases run in their own transaction, rolled back at the end, with failures written first as
// `postgres` (now() is the transaction's start, so "recent" is measured from there). The
// concurrency cases must commit, since the advisory locks only serialise committed work: they use
// an e-mail address and a client address of their own and delete their rows afterwards.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const stack = inject('stack');

const DENIED = '42501';
const WINDOW = 600;

let db: pg.Client;

beforeAll(async () => {
	db = new pg.Client({ connectionString: stack.DATABASE_URL });
	await db.connect();
});

afterAll(async () => {
	await db?.end();
});

type Actor = 'anon' | 'authenticated' | 'service_role';
const STRANGER = '0c000000-0000-4000-8000-000000000004';

async function become(client: pg.Client, actor: Actor | 'postgres'): Promise<void> {
	if (actor === 'postgres') {
		await client.query(
			`select set_config('role', 'postgres', true), set_config('request.jwt.claims', '', true)`
		);
		return;
	}
	const claims = actor === 'authenticated' ? { role: actor, sub: STRANGER } : { role: actor };
	await client.query(
		`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`,
		[actor, JSON.stringify(claims)]
	);
}

/** A transaction acting as `actor` (service_role unless told), always rolled back. */
async function scenario<T>(work: () => Promise<T>, actor: Actor = 'service_role'): Promise<T> {
	await db.query('begin');
	try {
		await become(db, actor);
		return await work();
	} finally {
		await db.query('rollback');
	}
}

/** Failures written as the owner, `secondsAgo` each, without leaving the actor's transaction. */
async function addFailures(
	rows: { email: string; address: string; secondsAgo: number }[]
): Promise<void> {
	const saved = (await db.query(`select current_setting('role') as role`)).rows[0].role as string;
	await db.query(`select set_config('role', 'postgres', true)`);
	try {
		for (const r of rows) {
			await db.query(
				`insert into public.sign_in_failures (email, client_address, failed_at) values ($1, $2, now() - make_interval(secs => $3))`,
				[r.email, r.address, r.secondsAgo]
			);
		}
	} finally {
		await db.query(`select set_config('role', $1, true)`, [saved]);
	}
}

async function failures(where: { email?: string; address?: string }): Promise<number> {
	const { rows } = await db.query(
		`select count(*)::int as n from public.sign_in_failures where ($1::text is null or email = $1) and ($2::text is null or client_address = $2)`,
		[where.email ?? null, where.address ?? null]
	);
	return rows[0].n;
}

type Claimed = { attempt: number } | { retry_after: number };

async function claim(
	email: string,
	address: string,
	limits: { perAccount?: number; perAddress?: number; window?: number } = {},
	client: pg.Client = db
): Promise<Claimed> {
	const { rows } = await client.query(
		`select public.claim_sign_in_attempt($1, $2, $3, $4, $5) as claimed`,
		[email, address, limits.perAccount ?? 5, limits.perAddress ?? 20, limits.window ?? WINDOW]
	);
	return rows[0].claimed;
}

const EMAIL = 'someone@claim.example';
const ADDRESS = '203.0.113.7';
const times = <T>(n: number, make: (i: number) => T): T[] =>
	Array.from({ length: n }, (_, i) => make(i));

describe('claim_sign_in_attempt: limits', () => {
	it('under both limits, records the attempt as a failure and returns its id', async () => {
		await scenario(async () => {
			const claimed = await claim(EMAIL, ADDRESS);
			expect(claimed).toEqual({ attempt: expect.any(Number) });
			const { rows } = await db.query(
				`select email, client_address, failed_at = now() as now from public.sign_in_failures where id = $1`,
				[(claimed as { attempt: number }).attempt]
			);
			expect(rows).toEqual([{ email: EMAIL, client_address: ADDRESS, now: true }]);
		});
	});

	it('allows max_per_account attempts for an account, then returns retry_after and records nothing', async () => {
		await scenario(async () => {
			const outcomes = [];
			for (let i = 0; i < 7; i++)
				outcomes.push(await claim(EMAIL, `198.51.100.${i}`, { perAccount: 5 }));
			expect(outcomes.map((o) => Object.keys(o)[0])).toEqual([
				'attempt',
				'attempt',
				'attempt',
				'attempt',
				'attempt',
				'retry_after',
				'retry_after'
			]);
			expect(await failures({ email: EMAIL })).toBe(5);
		});
	});

	it('counts the failures already recorded for the account', async () => {
		await scenario(async () => {
			await addFailures(
				times(4, (i) => ({ email: EMAIL, address: `198.51.100.${i}`, secondsAgo: 10 * (i + 1) }))
			);
			expect(await claim(EMAIL, ADDRESS, { perAccount: 5 })).toEqual({
				attempt: expect.any(Number)
			});
			expect(await claim(EMAIL, ADDRESS, { perAccount: 5 })).toEqual({
				retry_after: expect.any(Number)
			});
			// Another account from the same address is not held back by this one's limit.
			expect(await claim('other@claim.example', ADDRESS, { perAccount: 5 })).toEqual({
				attempt: expect.any(Number)
			});
		});
	});

	it('allows max_per_address attempts from an address, whatever the accounts, then returns retry_after', async () => {
		await scenario(async () => {
			await addFailures(
				times(3, (i) => ({ email: `guess${i}@claim.example`, address: ADDRESS, secondsAgo: 30 }))
			);
			expect(await claim(EMAIL, ADDRESS, { perAccount: 5, perAddress: 3 })).toEqual({
				retry_after: expect.any(Number)
			});
			expect(await failures({ email: EMAIL })).toBe(0);
			// The same account from another address is not held back by that address's limit.
			expect(await claim(EMAIL, '203.0.113.8', { perAccount: 5, perAddress: 3 })).toEqual({
				attempt: expect.any(Number)
			});
		});
	});

	it('does not count failures older than the window (nor one exactly window_seconds old)', async () => {
		await scenario(async () => {
			await addFailures([
				...times(5, () => ({ email: EMAIL, address: ADDRESS, secondsAgo: WINDOW + 1 })),
				{ email: EMAIL, address: ADDRESS, secondsAgo: WINDOW }
			]);
			expect(await claim(EMAIL, ADDRESS, { perAccount: 5, perAddress: 5 })).toEqual({
				attempt: expect.any(Number)
			});
			await addFailures(
				times(3, () => ({ email: EMAIL, address: ADDRESS, secondsAgo: WINDOW - 1 }))
			);
			expect(await claim(EMAIL, ADDRESS, { perAccount: 5, perAddress: 5 })).toEqual({
				attempt: expect.any(Number)
			});
			expect(await claim(EMAIL, ADDRESS, { perAccount: 5, perAddress: 5 })).toEqual({
				retry_after: 1
			});
		});
	});

	it('retry_after is when the oldest of the blocking failures leaves the window', async () => {
		await scenario(async () => {
			// Within the window: 100, 200, 300 and 400 seconds ago. With 3 allowed, the attempt is free
			// again once the third most recent (300 s ago) is out: in 600 − 300 seconds.
			await addFailures(
				[100, 200, 300, 400].map((secondsAgo) => ({
					email: EMAIL,
					address: `198.51.100.${secondsAgo / 100}`,
					secondsAgo
				}))
			);
			expect(await claim(EMAIL, ADDRESS, { perAccount: 3 })).toEqual({ retry_after: 300 });
			expect(await claim(EMAIL, ADDRESS, { perAccount: 4 })).toEqual({ retry_after: 200 });
			expect(await claim(EMAIL, ADDRESS, { perAccount: 1 })).toEqual({ retry_after: 500 });
		});
	});

	it('when both limits are reached, retry_after waits for the later of the two', async () => {
		await scenario(async () => {
			await addFailures([
				{ email: EMAIL, address: '198.51.100.1', secondsAgo: 500 }, // frees the account in 100 s
				{ email: 'guess@claim.example', address: ADDRESS, secondsAgo: 50 } // frees the address in 550 s
			]);
			expect(await claim(EMAIL, ADDRESS, { perAccount: 1, perAddress: 1 })).toEqual({
				retry_after: 550
			});
			expect(await claim(EMAIL, '198.51.100.9', { perAccount: 1, perAddress: 1 })).toEqual({
				retry_after: 100
			});
			expect(
				await claim('guess2@claim.example', ADDRESS, { perAccount: 1, perAddress: 1 })
			).toEqual({ retry_after: 550 });
		});
	});

	it('retry_after is at least 1 and never more than the window', async () => {
		await scenario(async () => {
			await addFailures(times(5, () => ({ email: EMAIL, address: ADDRESS, secondsAgo: 0 })));
			expect(await claim(EMAIL, ADDRESS, { perAccount: 5 })).toEqual({ retry_after: WINDOW });
		});
		await scenario(async () => {
			// 0.4 s before leaving the window: rounded up, never 0.
			await addFailures(
				times(5, () => ({ email: EMAIL, address: ADDRESS, secondsAgo: WINDOW - 0.4 }))
			);
			expect(await claim(EMAIL, ADDRESS, { perAccount: 5 })).toEqual({ retry_after: 1 });
		});
	});
});

describe('claim_sign_in_attempt: who may call it', () => {
	it.each(['anon', 'authenticated'] as const)(
		'%s is denied (42501) and records nothing',
		async (actor) => {
			await scenario(async () => {
				await db.query('savepoint call');
				await expect(claim(EMAIL, ADDRESS)).rejects.toMatchObject({ code: DENIED });
				await db.query('rollback to savepoint call');
				await become(db, 'postgres');
				expect(await failures({ email: EMAIL })).toBe(0);
			}, actor);
		}
	);

	it('only service_role (and the owner) may execute it', async () => {
		const { rows } = await db.query(
			`select array_agg(r.rolname::text order by r.rolname) as roles from pg_roles r
			 where r.rolname in ('anon', 'authenticated', 'service_role', 'authenticator')
			   and has_function_privilege(r.oid, 'public.claim_sign_in_attempt(text, text, integer, integer, integer)'::regprocedure, 'execute')`
		);
		expect(rows[0].roles).toEqual(['service_role']);
	});
});

describe('claim_sign_in_attempt: parallel claims (committed)', () => {
	const PARALLEL = 12;

	/** Claims from `PARALLEL` connections at once, each in its own transaction, committed. */
	async function claimInParallel(
		args: (i: number) => [string, string],
		limits: { perAccount: number; perAddress: number }
	): Promise<Claimed[]> {
		const clients = times(PARALLEL, () => new pg.Client({ connectionString: stack.DATABASE_URL }));
		try {
			await Promise.all(clients.map((c) => c.connect()));
			// Every transaction is open before the first claim is sent.
			await Promise.all(
				clients.map(async (c) => {
					await c.query('begin');
					await become(c, 'service_role');
				})
			);
			return await Promise.all(
				clients.map(async (c, i) => {
					const claimed = await claim(...args(i), { ...limits, window: WINDOW }, c);
					await c.query('commit');
					return claimed;
				})
			);
		} finally {
			await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
		}
	}

	/** Every row the case wrote: its e-mail addresses and client address all contain `id`. */
	async function cleanUp(id: string): Promise<void> {
		await db.query(
			`delete from public.sign_in_failures where strpos(email, $1) > 0 or strpos(client_address, $1) > 0`,
			[id]
		);
	}

	it(`${PARALLEL} parallel claims for one account with max_per_account = 5: exactly 5 attempts`, async () => {
		const id = randomUUID();
		const email = `race-${id}@claim.example`;
		const address = `race-${id}`;
		try {
			const outcomes = await claimInParallel(() => [email, address], {
				perAccount: 5,
				perAddress: 1000
			});
			expect(outcomes.filter((o) => 'attempt' in o)).toHaveLength(5);
			expect(outcomes.filter((o) => 'retry_after' in o)).toHaveLength(PARALLEL - 5);
			for (const o of outcomes) if ('retry_after' in o) expect(o.retry_after).toBeGreaterThan(0);
			expect(
				new Set(
					outcomes.filter((o) => 'attempt' in o).map((o) => (o as { attempt: number }).attempt)
				).size
			).toBe(5);
			expect(await failures({ email })).toBe(5);
		} finally {
			await cleanUp(id);
		}
		expect(await failures({ email })).toBe(0);
	});

	it(`${PARALLEL} parallel claims from one address for different accounts with max_per_address = 3: exactly 3 attempts`, async () => {
		const id = randomUUID();
		const address = `race-${id}`;
		try {
			const outcomes = await claimInParallel((i) => [`race-${i}-${id}@claim.example`, address], {
				perAccount: 5,
				perAddress: 3
			});
			expect(outcomes.filter((o) => 'attempt' in o)).toHaveLength(3);
			expect(outcomes.filter((o) => 'retry_after' in o)).toHaveLength(PARALLEL - 3);
			expect(await failures({ address })).toBe(3);
		} finally {
			await cleanUp(id);
		}
		expect(await failures({ address })).toBe(0);
	});
});
