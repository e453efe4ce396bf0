// A bounded load test of the built portal on a throw-away stack, in one run on one machine:
// 50 connections for 10 s on each of a handful of pages, signed out and signed in, three times over.
// Counts errors (anything but 200, or no answer), prints requests per second and p50/p95 per page,
// and the portal's memory (RSS) after each run: the budgets (docs: QUALITY 19) are no errors,
// p95 ≤ 50 ms, and memory flat across the three runs. First, the compressed JavaScript each public
// page loads in English and in German: the budget is 40 KB, the same within 5% in every language.
//   npm run bench   (TILTS_LOAD_SECONDS=60 for QUALITY's full minute per page)
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startApp } from '../stack/app.ts';
import { PROJECT_ROOT } from '../stack/paths.ts';
import { freePort } from '../stack/ports.ts';
import { startTestStack } from '../tests/support/stack.ts';
import { BROWSER, load, ms, residentMemory, signIn } from './http.ts';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.TILTS_LOAD_SECONDS ?? 10);
const RUNS = 3;
const P95_BUDGET_MS = 50;
const SCRIPT_BUDGET_BYTES = 40 * 1024;
/** Memory counts as flat when the last run ends within this of the first. */
const MEMORY_BUDGET = 1.2;
const PUBLIC_PAGES = [
	'/en',
	'/en/projects',
	'/en/projects/young-neets',
	'/lv/practices',
	'/en/events'
];
const SIGNED_IN_PAGES = ['/en/my-work', '/en/account'];

if (!fs.existsSync(path.join(PROJECT_ROOT, 'build/handler.js'))) {
	console.error('The portal is not built: `npm run bench` builds it first.');
	process.exit(1);
}

const stack = await startTestStack();
const app = await startApp(stack.env, await freePort());
try {
	await scriptWeights();
	const cookie = await signIn(app.url, 'coordinator@daugavpils.example', 'tilts-demo-2026');
	const pages = [
		...PUBLIC_PAGES.map((page) => ({ page, headers: BROWSER })),
		...SIGNED_IN_PAGES.map((page) => ({
			page: `${page} (signed in)`,
			headers: { ...BROWSER, cookie }
		}))
	];
	const memory: number[] = [];
	let errors = 0;
	let overBudget = false;
	for (let run = 1; run <= RUNS; run++) {
		console.log(`\nRun ${run} of ${RUNS}: ${CONNECTIONS} connections × ${SECONDS} s per page\n`);
		console.log(
			`  ${'page'.padEnd(32)} ${'requests/s'.padStart(10)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'errors'.padStart(7)}`
		);
		for (const { page, headers } of pages) {
			const result = await load(
				app.url + page.replace(' (signed in)', ''),
				headers,
				CONNECTIONS,
				SECONDS
			);
			errors += result.errors;
			overBudget ||= result.p95 > P95_BUDGET_MS;
			console.log(
				`  ${page.padEnd(32)} ${result.perSecond.toFixed(0).padStart(10)} ${ms(result.p50)} ${ms(result.p95)}${result.p95 > P95_BUDGET_MS ? '*' : ' '}${String(result.errors).padStart(6)}${result.kinds ? ` (${result.kinds})` : ''}`
			);
		}
		memory.push(residentMemory(app.child.pid));
		console.log(
			`\n  portal memory after run ${run}: ${(memory.at(-1)! / 1024).toFixed(0)} MiB (RSS)`
		);
	}
	const growth = memory.at(-1)! / memory[0];
	console.log(`\nErrors: ${errors}${errors ? '  (the budget is none)' : ''}`);
	console.log(
		`p95: ${overBudget ? `some pages over the ${P95_BUDGET_MS} ms budget (marked *)` : `every page within ${P95_BUDGET_MS} ms`}`
	);
	console.log(
		`Memory: ${memory.map((kib) => `${(kib / 1024).toFixed(0)} MiB`).join(' → ')}, ×${growth.toFixed(2)} from the first run to the last${growth > MEMORY_BUDGET ? `  (over the ${MEMORY_BUDGET}× budget: growing)` : ' (flat)'}`
	);
} finally {
	await app.child.stop();
	await stack.dispose();
}

/** The compressed bytes of the scripts each public page loads, in English and in German. */
async function scriptWeights() {
	console.log(
		`\nJavaScript per page, compressed (budget ${SCRIPT_BUDGET_BYTES / 1024} KB, the same in every language)\n`
	);
	for (const page of PUBLIC_PAGES) {
		const [english, german] = [
			await scriptBytes(page.replace(/^\/\w\w/, '/en')),
			await scriptBytes(page.replace(/^\/\w\w/, '/de'))
		];
		const ratio = english ? german / english : 1;
		console.log(
			`  ${page.padEnd(32)} en ${kb(english)}  de ${kb(german)}  de/en ×${ratio.toFixed(2)}${english > SCRIPT_BUDGET_BYTES || Math.abs(ratio - 1) > 0.05 ? '  (over budget)' : ''}`
		);
	}
}

async function scriptBytes(page: string): Promise<number> {
	const html = await (await fetch(app.url + page, { headers: BROWSER })).text();
	const sources = [
		...html.matchAll(
			/<script\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g
		)
	].map((match) => match[1] ?? match[2]);
	let bytes = 0;
	for (const source of new Set(sources))
		bytes += gzipSync(
			Buffer.from(await (await fetch(new URL(source, app.url + page))).arrayBuffer()),
			{ level: 9 }
		).length;
	return bytes;
}

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`.padStart(8);
}
