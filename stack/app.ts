// Runs the built portal as a child process pointed at a stack, the way `npm start` and the
// end-to-end tests both need it.
import path from 'node:path';
import { redact } from '../src/lib/server/log.ts';
import { startChild, type Child } from './child.ts';
import { PROJECT_ROOT } from './paths.ts';
import type { StackEnv } from './stack.ts';

/**
 * The heap the portal runs in, as production runs it (README). V8 sizes its young generation for a
 * machine with gigabytes: under 50 connections the process grew to 450 MB and more, run after run,
 * while what stayed alive between runs was about 50 MB. A small young generation (4 MB) and a cap
 * on the old one keep it near 200 MB and flat, at the same throughput. The cap leaves room for what
 * requests hold at once: a 20 MB document travels hex-encoded in JSON, about 130 MB, and two can be
 * uploaded at the same time.
 */
const HEAP_FLAGS = ['--max-old-space-size=320', '--max-semi-space-size=4'];

/**
 * The variables a portal on the stack gets: the stack's keys of the kind it runs with (the legacy
 * ones on a legacy stack, today's otherwise), never both, as an operator would set them.
 */
export function portalEnv(env: StackEnv): Record<string, string> {
	const {
		SUPABASE_PUBLISHABLE_KEY,
		SUPABASE_SECRET_KEY,
		SUPABASE_JWT_SIGNING_KEY,
		SUPABASE_ANON_KEY,
		SUPABASE_SERVICE_ROLE_KEY,
		SUPABASE_JWT_SECRET,
		...rest
	} = env;
	return env.TILTS_KEYS === 'legacy'
		? { ...rest, SUPABASE_ANON_KEY, SUPABASE_SERVICE_ROLE_KEY, SUPABASE_JWT_SECRET }
		: { ...rest, SUPABASE_PUBLISHABLE_KEY, SUPABASE_SECRET_KEY, SUPABASE_JWT_SIGNING_KEY };
}

/**
 * The built portal on `port`; `settings` override its variables (e.g. a PUBLIC_ORIGIN and the
 * proxy headers, for an instance behind a proxy).
 */
export async function startApp(
	env: StackEnv,
	port: number,
	onLog?: (line: string) => void,
	settings: Record<string, string> = {}
): Promise<{ child: Child; url: string }> {
	const child = await startChild(
		'Portal',
		process.execPath,
		[...HEAP_FLAGS, path.join(PROJECT_ROOT, 'stack/serve-app.ts')],
		{
			env: {
				...process.env,
				...portalEnv(env),
				PORT: String(port),
				PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
				...settings
			},
			readyWhen: /Listening on (http:\S+)/,
			scrub: redact,
			onLog
		}
	);
	return { child, url: child.ready[1] };
}

/** Vite's development server (hot reload) on the same stack, for `npm run dev`. */
export async function startDevServer(
	env: StackEnv,
	port: number,
	onLog?: (line: string) => void
): Promise<{ child: Child; url: string }> {
	const vite = path.join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js');
	const child = await startChild(
		'Vite',
		process.execPath,
		[vite, 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{
			env: {
				...process.env,
				...portalEnv(env),
				PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
				NO_COLOR: '1',
				FORCE_COLOR: '0'
			},
			readyWhen: /Local:\s+(http:\S+?)\/?$/,
			onLog
		}
	);
	return { child, url: child.ready[1] };
}
