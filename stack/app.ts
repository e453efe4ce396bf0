// Runs the built portal as a child process pointed at a stack, the way `npm start` and the
// end-to-end tests both need it.
import path from 'node:path';
import { redact } from '../src/lib/server/log.ts';
import { startChild, type Child } from './child.ts';
import { PROJECT_ROOT } from './paths.ts';
import type { StackEnv } from './stack.ts';

export async function startApp(
	env: StackEnv,
	port: number,
	onLog?: (line: string) => void
): Promise<{ child: Child; url: string }> {
	const child = await startChild('Portal', process.execPath, [path.join(PROJECT_ROOT, 'stack/serve-app.ts')], {
		env: { ...process.env, ...env, PORT: String(port), PUBLIC_ORIGIN: `http://127.0.0.1:${port}` },
		readyWhen: /Listening on (http:\S+)/,
		scrub: redact,
		onLog
	});
	return { child, url: child.ready[1] };
}

/** Vite's development server (hot reload) on the same stack, for `npm run dev`. */
export async function startDevServer(
	env: StackEnv,
	port: number,
	onLog?: (line: string) => void
): Promise<{ child: Child; url: string }> {
	const vite = path.join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js');
	const child = await startChild('Vite', process.execPath, [vite, 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
		env: { ...process.env, ...env, PUBLIC_ORIGIN: `http://127.0.0.1:${port}`, NO_COLOR: '1', FORCE_COLOR: '0' },
		readyWhen: /Local:\s+(http:\S+?)\/?$/,
		onLog
	});
	return { child, url: child.ready[1] };
}
