// `npm run smoke` against the built portal on a stack of its own: everything passes while all
// runs; a wrong address and a stopped PostgREST are reported by name, with a non-zero exit.
// Needs the built app (`npm test` builds first).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../stack/app.ts';
import type { Child } from '../../stack/child.ts';
import { PROJECT_ROOT } from '../../stack/paths.ts';
import { freePort } from '../../stack/ports.ts';
import { startTestStack } from '../support/stack.ts';

let stack: Awaited<ReturnType<typeof startTestStack>>;
let app: { child: Child; url: string };

/**
 * The command as an operator runs it, with its output and exit status. Not spawnSync: the stack's
 * gateway runs in this process and must go on answering meanwhile.
 */
function smoke(origin: string): Promise<{ status: number; lines: string[] }> {
	return new Promise((resolve) => {
		execFile(
			'npm',
			['run', '--silent', 'smoke', '--', origin],
			{ cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 },
			(error, stdout) => {
				resolve({ status: error ? Number(error.code) : 0, lines: stdout.trim().split('\n') });
			}
		);
	});
}

beforeAll(async () => {
	if (!fs.existsSync(path.join(PROJECT_ROOT, 'build/handler.js'))) {
		throw new Error('The app is not built: run `npm run build` (npm test does it first).');
	}
	stack = await startTestStack();
	app = await startApp(stack.env, await freePort());
}, 60_000);

afterAll(async () => {
	await app?.child.stop();
	await stack?.dispose();
});

describe('the settings of a deployment reach the built portal', () => {
	it('the privacy notice names the controller and the address PRIVACY_CONTROLLER and PRIVACY_EMAIL set', async () => {
		const named = await startApp(stack.env, await freePort(), undefined, {
			PRIVACY_CONTROLLER: 'Daugavpils City Council',
			PRIVACY_EMAIL: 'dpo@daugavpils.example'
		});
		try {
			const page = await (await fetch(`${named.url}/en/privacy`)).text();
			expect(page).toContain('Daugavpils City Council');
			expect(page).toContain('mailto:dpo@daugavpils.example');
		} finally {
			await named.child.stop();
		}
	});
});

describe('npm run smoke', () => {
	it('passes a portal that serves everything', async () => {
		const { status, lines } = await smoke(app.url);
		expect(lines.filter((line) => line.startsWith('FAIL'))).toEqual([]);
		expect(lines.at(-1)).toBe('All 7 checks passed.');
		expect(status).toBe(0);
	});

	it('fails every check at an address where no portal answers', async () => {
		const { status, lines } = await smoke(`http://127.0.0.1:${await freePort()}`);
		expect(lines.filter((line) => /^FAIL \S+ .*: no answer/.test(line))).toHaveLength(7);
		expect(lines.at(-1)).toBe('7 of 7 checks failed.');
		expect(status).toBe(1);
	});

	it('names readiness and the pages that need data when PostgREST is stopped, and keeps liveness', async () => {
		await stack.postgrest.stop();
		const { status, lines } = await smoke(app.url);
		expect(lines).toContain('ok   /health/live  liveness');
		expect(lines.find((line) => line.startsWith('FAIL /health/ready'))).toMatch(
			/answered 503: .*"postgrest":"down"/
		);
		expect(lines.find((line) => line.includes('/en/projects'))).toMatch(/^FAIL .*answered 503/);
		expect(status).toBe(1);
	});
});
