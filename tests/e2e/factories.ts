// Test data for end-to-end tests: accounts made straight in the test database (as the seed makes
// them), e-mail read from the local inbox, and signing in through the real form.
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Page } from '@playwright/test';
import pg from 'pg';
import { RETENTION } from '../../src/lib/retention.ts';
import { hashToken, newToken } from '../../src/lib/server/tokens.ts';

export const DEMO_PASSWORD = 'tilts-demo-2026';
export const DEMO = {
	admin: 'admin@tilts.example',
	coordinator: 'coordinator@daugavpils.example',
	faenzaEditor: 'editor@faenza.example',
	lesznoEditor: 'editor@leszno.example'
};

export function uniqueEmail(name: string): string {
	return `${name}-${randomUUID().slice(0, 8)}@test.example`;
}

export async function sql<T = Record<string, unknown>>(
	text: string,
	values: unknown[] = []
): Promise<T[]> {
	const client = new pg.Client({ connectionString: process.env.TILTS_TEST_DATABASE_URL });
	await client.connect();
	try {
		return (await client.query(text, values)).rows as T[];
	} finally {
		await client.end();
	}
}

/** A person with a password, optionally a member of an organisation (by slug). */
export async function createAccount(
	options: {
		email?: string;
		password?: string;
		name?: string;
		organisation?: string;
		role?: 'admin' | 'member';
	} = {}
) {
	const email = options.email ?? uniqueEmail('person');
	const password = options.password ?? 'a long test passphrase 42';
	const [user] = await sql<{ id: string }>(
		`insert into public.users (email, display_name) values ($1, $2) returning id`,
		[email, options.name ?? 'Test Person']
	);
	await sql(`insert into public.credentials (user_id, password_hash) values ($1, $2)`, [
		user.id,
		await hash(password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 })
	]);
	if (options.organisation) {
		await sql(
			`insert into public.organisation_members (organisation_id, user_id, role)
			 select id, $2, $3 from public.organisations where slug = $1`,
			[options.organisation, user.id, options.role ?? 'member']
		);
	}
	return { id: user.id, email, password };
}

export async function auditActions(actorId: string): Promise<string[]> {
	return (
		await sql<{ action: string }>(
			`select action from public.audit_log where actor_id = $1 order by id`,
			[actorId]
		)
	).map((r) => r.action);
}

/** A draft project of the Daugavpils coordinator, with indirect participants planned (100). */
export async function projectWithIndicator(prefix = 'outcomes'): Promise<string> {
	const slug = `${prefix}-${randomUUID().slice(0, 8)}`;
	await sql(
		`insert into public.projects (slug, title) values ($1, '{"en": {"text": "Outcomes test", "status": "original"}}')`,
		[slug]
	);
	await sql(
		`insert into public.project_partners (project_id, organisation_id, role) select id, '0a000000-0000-4000-8000-000000000001', 'lead_partner' from public.projects where slug = $1`,
		[slug]
	);
	await sql(
		`insert into public.project_members (project_id, user_id, organisation_id, role)
		 select id, '0c000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 'coordinator' from public.projects where slug = $1`,
		[slug]
	);
	await sql(
		`insert into public.project_indicators (project_id, code, planned) select id, 'indirect_participants', 100 from public.projects where slug = $1`,
		[slug]
	);
	return slug;
}

/** A draft project with the Daugavpils council as lead and the demo coordinator, titled in one language. */
export async function draftProject(prefix: string, title: string, locale = 'en'): Promise<string> {
	const slug = `${prefix}-${randomUUID().slice(0, 8)}`;
	await sql(
		`insert into public.projects (slug, title) values ($1, jsonb_build_object($3::text, jsonb_build_object('text', $2::text, 'status', 'original')))`,
		[slug, title, locale]
	);
	await sql(
		`insert into public.project_partners (project_id, organisation_id, role) select id, '0a000000-0000-4000-8000-000000000001', 'lead_partner' from public.projects where slug = $1`,
		[slug]
	);
	await sql(
		`insert into public.project_members (project_id, user_id, organisation_id, role)
		 select id, '0c000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 'coordinator' from public.projects where slug = $1`,
		[slug]
	);
	return slug;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, locale = 'en') {
	await page.goto(`/${locale}/sign-in`);
	await page.getByLabel(locale === 'lv' ? 'E-pasta adrese' : 'E-mail address').fill(email);
	await page.getByLabel(locale === 'lv' ? 'Parole' : 'Password', { exact: true }).fill(password);
	await page
		.getByRole('main')
		.getByRole('button', { name: locale === 'lv' ? 'Pieteikties' : 'Sign in' })
		.click();
	await page.waitForURL(/\/account|\/people|\/organisations|\/admin/);
}

/**
 * Signs a person in without the form, for tests of pages rather than of signing in: a session
 * made in the database as the sign-in makes it (a random token, its SHA-256 as the id), its
 * cookie given to the browser. It spares argon2id and two page loads, which on two cores made
 * the tests that look at one page each spend most of their time signing in.
 */
export async function useSession(page: Page, email: string) {
	const token = newToken();
	const [session] = await sql(
		`insert into public.sessions (id, user_id, expires_at, absolute_expires_at)
		 select $1, id, now() + make_interval(days => $3), now() + make_interval(days => $4)
		 from public.users where email = $2
		 returning id`,
		[hashToken(token), email, RETENTION.sessionIdleDays, RETENTION.sessionAbsoluteDays]
	);
	if (!session) throw new Error(`No account ${email} to sign in.`);
	// sessionCookieName(false): the test portal is served over plain http. (sessions.ts itself
	// cannot be imported here: it reads the server's environment through SvelteKit.)
	const name = 'tilts_session';
	await page
		.context()
		.addCookies([{ name, value: token, url: process.env.TILTS_APP_URL, httpOnly: true }]);
}

type Mail = { id: string; to: string[]; subject: string; text: string };

/** The newest e-mail to an address, waiting a little for it to arrive. */
export async function mailTo(address: string, timeoutMs = 5000): Promise<Mail> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const mails: Mail[] = await (await fetch(`${process.env.TILTS_INBOX_URL}/api/messages`)).json();
		const found = mails.filter((mail) => mail.to.includes(address)).at(-1);
		if (found) return found;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`No e-mail to ${address} arrived.`);
}

/** A CSV file as rows of cells (quoted cells, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	for (const line of text
		.replace(/^\ufeff/, '')
		.split('\r\n')
		.slice(0, -1)) {
		rows.push(
			line === ''
				? []
				: [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => m[1].replaceAll('""', '"'))
		);
	}
	return rows;
}

export function linkIn(mail: Mail): string {
	const link = mail.text.match(/https?:\/\/\S+/)?.[0];
	if (!link) throw new Error(`No link in the e-mail "${mail.subject}".`);
	return link;
}

/** Moves an invitation's last sending a few minutes into the past (the resend cooldown is a minute). */
export async function ageInvitation(email: string): Promise<void> {
	await sql(
		`update public.invitations set last_sent_at = now() - interval '5 minutes' where email = $1`,
		[email]
	);
}

/** A notification to `recipientId` that failed for good (as the worker leaves one after 8 attempts). */
export async function failedNotification(recipientId: string, lastError: string): Promise<string> {
	const [row] = await sql<{ id: string }>(
		`insert into public.notifications (recipient_id, kind, delivery, status, attempts, last_error)
		 values ($1, 'role_changed', 'immediate', 'failed', 8, $2) returning id`,
		[recipientId, lastError]
	);
	return row.id;
}

/**
 * Forgets the failed sign-ins of these addresses. A test that fails sign-ins on purpose calls it
 * when done: the failures also count against the one client address every test signs in from, and
 * left there they would lock other tests out ("Too many attempts") depending on the order they run in.
 */
export async function forgetFailedSignIns(emails: string[]): Promise<void> {
	if (emails.length)
		await sql(`delete from public.sign_in_failures where email = any($1)`, [emails]);
}
