// Today's Supabase keys and the legacy ones, through the local stack and the built portal:
// - the gateway takes publishable and secret keys (in `apikey`, never as a bearer) for the anon
//   and service_role roles, and the legacy JWT keys while they are enabled;
// - PostgREST verifies ES256 user tokens through the JWKS, and refuses a token signed with a key
//   not in it, or with the legacy secret once that is revoked;
// - the portal runs on either kind of key, and stops at start-up on a key that is missing, of the
//   wrong kind, or refused by the project, or when the project's JWKS cannot be read.
// Needs the built app (`npm test` builds first).
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { portalEnv, startApp } from '../../stack/app.ts';
import { PROJECT_ROOT } from '../../stack/paths.ts';
import { freePort, listen } from '../../stack/ports.ts';
import type { StackEnv } from '../../stack/stack.ts';
import {
	generateSigningJwk,
	mintUserJwt,
	parseSigningKey,
	signEs256,
	userClaims
} from '../../src/lib/server/jwt.ts';
import { withClient } from '../support/db.ts';
import { startTestStack } from '../support/stack.ts';

const stack = inject('stack');
const COORDINATOR_EMAIL = 'coordinator@daugavpils.example';
/** The coordinator's organisation, read through RLS as the coordinator on /account. */
const COORDINATOR_ORGANISATION = '/en/organisations/daugavpils-city-council';

function rest(
	env: { SUPABASE_URL: string },
	pathAndQuery: string,
	headers: Record<string, string>
) {
	return fetch(`${env.SUPABASE_URL}/rest/v1/${pathAndQuery}`, { headers });
}

/** Sessions of the portal's users, as the service role reads them: none for anon. */
async function sessionsSeen(env: { SUPABASE_URL: string }, headers: Record<string, string>) {
	const answer = await rest(env, 'sessions?select=id&limit=1', headers);
	return { status: answer.status, body: await answer.json() };
}

async function coordinatorId(env: { DATABASE_URL: string }): Promise<string> {
	return withClient(
		env.DATABASE_URL,
		async (db) =>
			(await db.query(`select id from public.users where email = $1`, [COORDINATOR_EMAIL])).rows[0]
				.id
	);
}

/** What the user reads of themselves through PostgREST: their own row, by RLS. */
async function ownRow(env: StackEnv, headers: Record<string, string>, userId: string) {
	const answer = await rest(env, `users?select=email&id=eq.${userId}`, headers);
	return { status: answer.status, body: await answer.json() };
}

describe("the gateway, on a stack with today's keys", () => {
	it('takes the publishable key in `apikey` alone, as the anon role', async () => {
		const answer = await rest(stack, 'content_locales?select=code&code=eq.lv', {
			apikey: stack.SUPABASE_PUBLISHABLE_KEY
		});
		expect(answer.status).toBe(200);
		expect(await answer.json()).toEqual([{ code: 'lv' }]);
		expect(await sessionsSeen(stack, { apikey: stack.SUPABASE_PUBLISHABLE_KEY })).not.toMatchObject(
			{ status: 200, body: [{}] }
		);
	});

	it('takes the secret key in `apikey` alone, as the service_role, which bypasses RLS', async () => {
		const userId = await coordinatorId(stack);
		const id = randomBytes(32).toString('hex');
		await withClient(stack.DATABASE_URL, (db) =>
			db.query(
				`insert into public.sessions (id, user_id, expires_at, absolute_expires_at) values ($1, $2, now() + interval '1 hour', now() + interval '1 hour')`,
				[id, userId]
			)
		);
		try {
			const seen = await sessionsSeen(stack, { apikey: stack.SUPABASE_SECRET_KEY });
			expect(seen.status).toBe(200);
			expect(seen.body).toHaveLength(1);
		} finally {
			// The stack is shared: a demo person's session left behind changes what roles.test sees.
			await withClient(stack.DATABASE_URL, (db) =>
				db.query(`delete from public.sessions where id = $1`, [id])
			);
		}
	});

	it('refuses an unknown publishable or secret key', async () => {
		for (const apikey of ['sb_publishable_unknown', 'sb_secret_unknown']) {
			const answer = await rest(stack, 'content_locales?select=code', { apikey });
			expect(answer.status).toBe(401);
			expect(await answer.json()).toEqual({ message: 'Invalid API key' });
		}
	});

	it('still takes the legacy anon key and HS256 user tokens until the legacy secret is revoked', async () => {
		const userId = await coordinatorId(stack);
		const legacy = {
			apikey: stack.SUPABASE_ANON_KEY,
			authorization: `Bearer ${mintUserJwt(userId, stack.SUPABASE_JWT_SECRET)}`
		};
		expect(await ownRow(stack, legacy, userId)).toEqual({
			status: 200,
			body: [{ email: COORDINATOR_EMAIL }]
		});
	});

	it('publishes the public signing key, without its private part, at /auth/v1/.well-known/jwks.json', async () => {
		const answer = await fetch(`${stack.SUPABASE_URL}/auth/v1/.well-known/jwks.json`);
		expect(answer.status).toBe(200);
		const { keys } = await answer.json();
		const { publicJwk } = parseSigningKey(stack.SUPABASE_JWT_SIGNING_KEY);
		expect(keys).toEqual([publicJwk]);
		expect(keys[0].d).toBeUndefined();
	});
});

describe('ES256 user tokens, verified through the JWKS', () => {
	it('a token signed with the signing key reads as the user', async () => {
		const userId = await coordinatorId(stack);
		const token = await signEs256(
			userClaims(userId),
			parseSigningKey(stack.SUPABASE_JWT_SIGNING_KEY)
		);
		const headers = { apikey: stack.SUPABASE_PUBLISHABLE_KEY, authorization: `Bearer ${token}` };
		expect(await ownRow(stack, headers, userId)).toEqual({
			status: 200,
			body: [{ email: COORDINATOR_EMAIL }]
		});
	});

	it('a token signed with a key not in the JWKS, even under its kid, gets 401 and no data', async () => {
		const userId = await coordinatorId(stack);
		const kid = parseSigningKey(stack.SUPABASE_JWT_SIGNING_KEY).kid;
		for (const stranger of [generateSigningJwk(), { ...generateSigningJwk(), kid }]) {
			const token = await signEs256(userClaims(userId), parseSigningKey(JSON.stringify(stranger)));
			const seen = await ownRow(
				stack,
				{ apikey: stack.SUPABASE_PUBLISHABLE_KEY, authorization: `Bearer ${token}` },
				userId
			);
			expect(seen.status).toBe(401);
			expect(Array.isArray(seen.body)).toBe(false);
		}
	});
});

describe('a stack whose legacy keys are revoked', () => {
	let revoked: Awaited<ReturnType<typeof startTestStack>>;
	beforeAll(async () => {
		revoked = await startTestStack({ keys: 'new-only' });
	});
	afterAll(async () => {
		await revoked?.dispose();
	});

	it('gives no data for a token signed with the legacy secret, and refuses the legacy keys', async () => {
		const userId = await coordinatorId(revoked.env);
		const hs256 = await ownRow(
			revoked.env,
			{
				apikey: revoked.env.SUPABASE_PUBLISHABLE_KEY,
				authorization: `Bearer ${mintUserJwt(userId, revoked.env.SUPABASE_JWT_SECRET)}`
			},
			userId
		);
		expect(hs256.status).toBe(401);
		expect(Array.isArray(hs256.body)).toBe(false);
		const legacyKey = await rest(revoked.env, 'content_locales?select=code', {
			apikey: revoked.env.SUPABASE_ANON_KEY
		});
		expect(legacyKey.status).toBe(401);
		expect(await legacyKey.json()).toEqual({ message: 'Legacy API keys are disabled' });
	});

	it('still reads a user token signed with the signing key', async () => {
		const userId = await coordinatorId(revoked.env);
		const token = await signEs256(
			userClaims(userId),
			parseSigningKey(revoked.env.SUPABASE_JWT_SIGNING_KEY)
		);
		expect(
			await ownRow(
				revoked.env,
				{ apikey: revoked.env.SUPABASE_PUBLISHABLE_KEY, authorization: `Bearer ${token}` },
				userId
			)
		).toEqual({
			status: 200,
			body: [{ email: COORDINATOR_EMAIL }]
		});
	});
});

/** A page of the built portal as a signed-in person: a session put in place as sign-in does. */
async function pageAs(env: StackEnv, appUrl: string, page: string): Promise<string> {
	const token = Array.from(
		randomBytes(32),
		(byte) => 'abcdefghijklmnopqrstuvwxyz234567'[byte % 32]
	).join('');
	await withClient(env.DATABASE_URL, async (db) =>
		db.query(
			`insert into public.sessions (id, user_id, expires_at, absolute_expires_at) values ($1, $2, now() + interval '1 hour', now() + interval '1 day')`,
			[createHash('sha256').update(token).digest('hex'), await coordinatorId(env)]
		)
	);
	const answer = await fetch(appUrl + page, {
		headers: { cookie: `tilts_session=${token}` },
		redirect: 'manual'
	});
	expect(answer.status).toBe(200);
	return answer.text();
}

describe.each([['new'], ['legacy']] as const)('the portal on %s keys', (keys) => {
	let own: Awaited<ReturnType<typeof startTestStack>> | undefined;
	let env: StackEnv;
	let app: Awaited<ReturnType<typeof startApp>>;
	beforeAll(async () => {
		if (!fs.existsSync(path.join(PROJECT_ROOT, 'build/handler.js')))
			throw new Error('The app is not built: run `npm run build` first.');
		if (keys === 'legacy') own = await startTestStack({ keys: 'legacy' });
		env = own?.env ?? stack;
		app = await startApp(env, await freePort());
	});
	afterAll(async () => {
		await app?.child.stop();
		await own?.dispose();
	});

	it('is given only the variables of its kind of key', () => {
		const given = Object.keys(portalEnv(env));
		const [used, unused] =
			keys === 'legacy'
				? [
						['SUPABASE_ANON_KEY', 'SUPABASE_JWT_SECRET'],
						['SUPABASE_PUBLISHABLE_KEY', 'SUPABASE_JWT_SIGNING_KEY']
					]
				: [
						['SUPABASE_PUBLISHABLE_KEY', 'SUPABASE_JWT_SIGNING_KEY'],
						['SUPABASE_ANON_KEY', 'SUPABASE_JWT_SECRET']
					];
		expect(given).toEqual(expect.arrayContaining(used));
		for (const name of unused) expect(given).not.toContain(name);
	});

	it('serves public pages as anon, and a signed-in person their own organisations', async () => {
		const health = await fetch(`${app.url}/health/ready`);
		expect(health.status).toBe(200);
		const projects = await fetch(`${app.url}/en/projects`);
		expect(projects.status).toBe(200);
		expect((await projects.text()).includes('Young NEETs')).toBe(true);
		expect((await pageAs(env, app.url, '/en/account')).includes(COORDINATOR_ORGANISATION)).toBe(
			true
		);
	});
});

/** Starts the built portal with `change` to the stack's variables: its exit code and output once it stops, or has started. */
async function startPortal(
	env: StackEnv,
	change: Record<string, string | undefined>
): Promise<{ code: number | null; output: string }> {
	const vars: Record<string, string | undefined> = {
		...process.env,
		...portalEnv(env),
		PORT: String(await freePort()),
		PUBLIC_ORIGIN: 'http://127.0.0.1',
		...change
	};
	for (const [name, value] of Object.entries(vars)) if (value === undefined) delete vars[name];
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'stack/serve-app.ts')], {
			env: vars as NodeJS.ProcessEnv
		});
		let output = '';
		const timer = setTimeout(() => child.kill('SIGTERM'), 20_000);
		for (const stream of [child.stdout, child.stderr]) {
			stream.on('data', (chunk) => {
				output += chunk;
				// Started after all: stopped here, its output tells the test.
				if (/Listening on/.test(output)) child.kill('SIGTERM');
			});
		}
		child.on('exit', (code) => {
			clearTimeout(timer);
			resolve({ code, output });
		});
	});
}

describe('the portal stops at start-up, naming the variable', () => {
	const cases: Array<[string, () => Record<string, string | undefined>, RegExp]> = [
		[
			'a missing secret key',
			() => ({ SUPABASE_SECRET_KEY: undefined }),
			/SUPABASE_SECRET_KEY is not set/
		],
		[
			'a secret key as the publishable key',
			() => ({ SUPABASE_PUBLISHABLE_KEY: stack.SUPABASE_SECRET_KEY }),
			/SUPABASE_PUBLISHABLE_KEY holds a secret key/
		],
		[
			'a legacy key as the secret key',
			() => ({ SUPABASE_SECRET_KEY: stack.SUPABASE_SERVICE_ROLE_KEY }),
			/SUPABASE_SECRET_KEY holds a service_role key/
		],
		[
			'an HS256 secret as the signing key',
			() => ({ SUPABASE_JWT_SIGNING_KEY: stack.SUPABASE_JWT_SECRET }),
			/SUPABASE_JWT_SIGNING_KEY must be a private JSON Web Key/
		],
		[
			'the public key only as the signing key',
			() => ({
				SUPABASE_JWT_SIGNING_KEY: JSON.stringify(
					parseSigningKey(stack.SUPABASE_JWT_SIGNING_KEY).publicJwk
				)
			}),
			/SUPABASE_JWT_SIGNING_KEY holds only the public key/
		],
		[
			'both kinds of key at once',
			() => ({ SUPABASE_JWT_SECRET: stack.SUPABASE_JWT_SECRET }),
			/SUPABASE_JWT_SECRET is set as well as SUPABASE_JWT_SIGNING_KEY/
		],
		[
			'a publishable key the project does not know',
			() => ({ SUPABASE_PUBLISHABLE_KEY: 'sb_publishable_wrong' }),
			/SUPABASE_PUBLISHABLE_KEY is not a key of the project/
		],
		[
			'a secret key the project does not know',
			() => ({ SUPABASE_SECRET_KEY: 'sb_secret_wrong' }),
			/SUPABASE_SECRET_KEY is not a key of the project/
		],
		[
			'a signing key the project does not hold',
			() => ({ SUPABASE_JWT_SIGNING_KEY: JSON.stringify(generateSigningJwk()) }),
			/SUPABASE_JWT_SIGNING_KEY \(kid [^)]+\) is not among the project's signing keys/
		],
		[
			'a legacy JWT secret the project does not take',
			() => ({ ...legacyVariables(), SUPABASE_JWT_SECRET: 'x'.repeat(40) }),
			/SUPABASE_JWT_SECRET: the project at SUPABASE_URL refuses the tokens signed with it/
		]
	];

	function legacyVariables() {
		return {
			SUPABASE_PUBLISHABLE_KEY: undefined,
			SUPABASE_SECRET_KEY: undefined,
			SUPABASE_JWT_SIGNING_KEY: undefined,
			SUPABASE_ANON_KEY: stack.SUPABASE_ANON_KEY,
			SUPABASE_SERVICE_ROLE_KEY: stack.SUPABASE_SERVICE_ROLE_KEY
		};
	}

	it.each(cases)('on %s', async (_, change, message) => {
		const { code, output } = await startPortal(stack, change());
		expect(output).toMatch(message);
		expect(code).not.toBe(0);
		expect(output).not.toMatch(/Listening on/);
	});

	it("when the project's JWKS cannot be read", async () => {
		// The project's API as it is, but for a JWKS that answers with an error page.
		const upstream = new URL(stack.SUPABASE_URL);
		const broken = http.createServer((req, res) => {
			if (req.url?.startsWith('/auth/v1/.well-known/jwks.json')) {
				res.writeHead(502, { 'content-type': 'text/html' });
				return res.end('<html>Bad gateway</html>');
			}
			req.pipe(
				http.request(
					{
						host: upstream.hostname,
						port: upstream.port,
						path: req.url,
						method: req.method,
						headers: req.headers
					},
					(answer) => {
						res.writeHead(answer.statusCode ?? 502, answer.headers);
						answer.pipe(res);
					}
				)
			);
		});
		const port = await listen(broken, 0, 'broken JWKS');
		try {
			const { code, output } = await startPortal(stack, {
				SUPABASE_URL: `http://127.0.0.1:${port}`
			});
			expect(output).toMatch(/SUPABASE_URL: the project's JWKS \(\S+\) cannot be read \(HTTP 502/);
			expect(code).not.toBe(0);
		} finally {
			broken.close();
		}
	});

	it('and starts with the keys as the stack gives them (the checks above are not always failing)', async () => {
		const { output } = await startPortal(stack, {});
		expect(output).toMatch(/Listening on/);
	});
});
