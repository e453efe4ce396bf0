// Runs the built portal as a child process pointed at a stack, the way `npm start` and the
// end-to-end tests both need it.
import path from 'node:path';
import { startChild, type Child } from './child.ts';
import { PROJECT_ROOT } from './paths.ts';
import type { StackEnv } from './stack.ts';

export async function startApp(
	env: StackEnv,
	port: number,
	onLog?: (line: string) => void
): Promise<{ child: Child; url: string }> {
	const child = await startChild('Portal', process.execPath, [path.join(PROJECT_ROOT, 'stack/serve-app.ts')], {
		env: { ...process.env, ...env, PORT: String(port) },
		readyWhen: /Listening on (http:\S+)/,
		onLog
	});
	return { child, url: child.ready[1] };
}
