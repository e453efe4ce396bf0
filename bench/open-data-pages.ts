// How a deep page of each open-data file compares with its first page, at the size of a real
// network (bench/dataset.ts, 10,000 projects): each read alone, one request at a time, at an
// address of its own (README: Caching), so that it measures the reading and not the shared copy.
// Budget: the last page within 1.5× of the first (issue "speed at scale": no page grows with the data).
//   npm run build && node bench/open-data-pages.ts
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startApp } from '../stack/app.ts';
import { PROJECT_ROOT } from '../stack/paths.ts';
import { freePort } from '../stack/ports.ts';
import { startTestStack } from '../tests/support/stack.ts';
import { grow } from './dataset.ts';
import { alone, ms } from './http.ts';

const PROJECTS = Number(process.env.TILTS_OPEN_DATA_PROJECTS ?? 10_000);
const ROUNDS = 9;
const GROWTH = 1.5;

if (!fs.existsSync(path.join(PROJECT_ROOT, 'build/handler.js'))) {
	console.error('The portal is not built: run `npm run build` first.');
	process.exit(1);
}

const stack = await startTestStack();
const db = new pg.Client({ connectionString: stack.env.DATABASE_URL });
db.on('error', () => {});
await db.connect();
await grow(db, PROJECTS);
const app = await startApp(stack.env, await freePort());
let over = 0;
try {
	console.log(
		`\nOpen data at ${PROJECTS.toLocaleString('en')} projects: the first page and the last, each alone (median of ${ROUNDS})\n`
	);
	for (const dataset of ['projects', 'events', 'practices', 'indicators']) {
		const first = `${app.url}/open-data/v1/${dataset}.json`;
		const { last_page } = await lastPage(first);
		const [a, b] = [
			await alone(first, {}, ROUNDS, true),
			await alone(`${first}?page=${last_page}`, {}, ROUNDS, true)
		];
		const growth = b.median / a.median;
		if (growth > GROWTH || a.status !== 200 || b.status !== 200) over++;
		console.log(
			`  ${dataset.padEnd(11)} page 1 ${ms(a.median)}, page ${String(last_page).padEnd(4)} ${ms(b.median)}  ×${growth.toFixed(2)}${growth > GROWTH ? ' *' : ''}`
		);
	}
} finally {
	await app.child.stop();
	await db.end();
	await stack.dispose();
}
console.log(over ? `\n${over} over the budget (*).` : '\nEvery last page within the budget.');

async function lastPage(url: string): Promise<{ last_page: number }> {
	const { total, page_size } = (await (await fetch(url)).json()) as {
		total: number;
		page_size: number;
	};
	return { last_page: Math.max(1, Math.ceil(total / page_size)) };
}
