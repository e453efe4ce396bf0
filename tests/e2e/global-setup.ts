import fs from 'node:fs';
import path from 'node:path';
import { startApp } from '../../stack/app.ts';
import { PROJECT_ROOT } from '../../stack/paths.ts';
import { freePort } from '../../stack/ports.ts';
import { startTestStack } from '../support/stack.ts';

export default async function globalSetup() {
	if (!fs.existsSync(path.join(PROJECT_ROOT, 'build/handler.js'))) {
		throw new Error('The app is not built: run `npm run build` first (npm test does).');
	}
	const stack = await startTestStack();
	const app = await startApp(stack.env, await freePort());
	process.env.TILTS_APP_URL = app.url;
	process.env.TILTS_INBOX_URL = stack.env.INBOX_URL;
	// For test-data factories only (tests/e2e/factories.ts); the portal itself never sees it.
	process.env.TILTS_TEST_DATABASE_URL = stack.env.DATABASE_URL;
	return async () => {
		await app.child.stop();
		await stack.dispose();
	};
}
