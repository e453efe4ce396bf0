import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp } from '../../stack/app.ts';
import { PROJECT_ROOT } from '../../stack/paths.ts';
import { freePort } from '../../stack/ports.ts';
import { startTestStack } from '../support/stack.ts';

export default async function globalSetup() {
	if (!fs.existsSync(path.join(PROJECT_ROOT, 'build/handler.js'))) {
		throw new Error('The app is not built: run `npm run build` first (npm test does).');
	}
	// What PostgreSQL, PostgREST and the portal write, as `npm start` keeps it, for tests of the log.
	const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-e2e-log-')), 'stack.log');
	const log = (line: string) => fs.appendFileSync(logFile, line + '\n');
	const stack = await startTestStack({ log });
	const app = await startApp(stack.env, await freePort(), (line) => log(`portal: ${line}`));
	process.env.TILTS_STACK_LOG = logFile;
	process.env.TILTS_APP_URL = app.url;
	process.env.TILTS_INBOX_URL = stack.env.INBOX_URL;
	// For test-data factories only (tests/e2e/factories.ts); the portal itself never sees it.
	process.env.TILTS_TEST_DATABASE_URL = stack.env.DATABASE_URL;
	return async () => {
		await app.child.stop();
		await stack.dispose();
		fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
	};
}
