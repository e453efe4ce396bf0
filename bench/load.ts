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

const CONNECTIONS = 50;
const SECONDS = Number(process.env.TILTS_LOAD_SECONDS ?? 10);
const RUNS = 3;
const P95_BUDGET_MS = 50;
const SCRIPT_BUDGET_BYTES = 40 * 1024;
/** Memory counts as flat when the last run ends within this of the first. */
const MEMORY_BUDGET = 1.2;
const PUBLIC_PAGES = ['/en', '/en/projects', '/en/projects/young-neets', '/lv/practices', '/en/events'];
const SIGNED_IN_PAGES = ['/en/my-work', '/en/account'];
/** What a browser asks for: pages, and the page (not JSON) after a form. */
const BROWSER = { accept: 'text/html' };

if (!fs.existsSync(path.join(PROJECT_ROOT, 'build/handler.js'))) {
	console.error('The portal is not built: `npm run bench` builds it first.');
	process.exit(1);
}

const stack = await startTestStack();
const app = await startApp(stack.env, await freePort());
try {
	await scriptWeights();
	const cookie = await signIn('coordinator@daugavpils.example', 'tilts-demo-2026');
	const pages = [
		...PUBLIC_PAGES.map((page) => ({ page, headers: BROWSER })),
		...SIGNED_IN_PAGES.map((page) => ({ page: `${page} (signed in)`, headers: { ...BROWSER, cookie } }))
	];
	const memory: number[] = [];
	let errors = 0;
	let overBudget = false;
	for (let run = 1; run <= RUNS; run++) {
		console.log(`\nRun ${run} of ${RUNS}: ${CONNECTIONS} connections × ${SECONDS} s per page\n`);
		console.log(`  ${'page'.padEnd(32)} ${'requests/s'.padStart(10)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'errors'.padStart(7)}`);
		for (const { page, headers } of pages) {
			const result = await load(app.url + page.replace(' (signed in)', ''), headers);
			errors += result.errors;
			overBudget ||= result.p95 > P95_BUDGET_MS;
			console.log(
				`  ${page.padEnd(32)} ${result.perSecond.toFixed(0).padStart(10)} ${ms(result.p50)} ${ms(result.p95)}${result.p95 > P95_BUDGET_MS ? '*' : ' '}${String(result.errors).padStart(6)}${result.kinds ? ` (${result.kinds})` : ''}`
			);
		}
		memory.push(residentMemory(app.child.pid));
		console.log(`\n  portal memory after run ${run}: ${(memory.at(-1)! / 1024).toFixed(0)} MiB (RSS)`);
	}
	const growth = memory.at(-1)! / memory[0];
	console.log(`\nErrors: ${errors}${errors ? '  (the budget is none)' : ''}`);
	console.log(`p95: ${overBudget ? `some pages over the ${P95_BUDGET_MS} ms budget (marked *)` : `every page within ${P95_BUDGET_MS} ms`}`);
	console.log(`Memory: ${memory.map((kib) => `${(kib / 1024).toFixed(0)} MiB`).join(' → ')}, ×${growth.toFixed(2)} from the first run to the last${growth > MEMORY_BUDGET ? `  (over the ${MEMORY_BUDGET}× budget: growing)` : ' (flat)'}`);
} finally {
	await app.child.stop();
	await stack.dispose();
}

/** The compressed bytes of the scripts each public page loads, in English and in German. */
async function scriptWeights() {
	console.log(`\nJavaScript per page, compressed (budget ${SCRIPT_BUDGET_BYTES / 1024} KB, the same in every language)\n`);
	for (const page of PUBLIC_PAGES) {
		const [english, german] = [await scriptBytes(page.replace(/^\/\w\w/, '/en')), await scriptBytes(page.replace(/^\/\w\w/, '/de'))];
		const ratio = english ? german / english : 1;
		console.log(
			`  ${page.padEnd(32)} en ${kb(english)}  de ${kb(german)}  de/en ×${ratio.toFixed(2)}${english > SCRIPT_BUDGET_BYTES || Math.abs(ratio - 1) > 0.05 ? '  (over budget)' : ''}`
		);
	}
}

async function scriptBytes(page: string): Promise<number> {
	const html = await (await fetch(app.url + page, { headers: BROWSER })).text();
	const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((match) => match[1] ?? match[2]);
	let bytes = 0;
	for (const source of new Set(sources)) bytes += gzipSync(Buffer.from(await (await fetch(new URL(source, app.url + page))).arrayBuffer()), { level: 9 }).length;
	return bytes;
}

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`.padStart(8);
}

/** `CONNECTIONS` workers, each sending its next request as soon as the last one is answered. */
async function load(url: string, headers: Record<string, string>) {
	const times: number[] = [];
	/** What went wrong, counted: a status, or `no answer`. */
	const failures = new Map<string, number>();
	const failed = (what: string) => failures.set(what, (failures.get(what) ?? 0) + 1);
	const end = Date.now() + SECONDS * 1000;
	const worker = async () => {
		while (Date.now() < end) {
			const start = performance.now();
			try {
				// Node's fetch keeps connections open and opens one per request in flight: 50 in all.
				const response = await fetch(url, { headers, redirect: 'manual' });
				await response.arrayBuffer();
				if (response.status !== 200) failed(String(response.status));
			} catch {
				failed('no answer');
			}
			times.push(performance.now() - start);
		}
	};
	await Promise.all(Array.from({ length: CONNECTIONS }, worker));
	times.sort((a, b) => a - b);
	const at = (share: number) => times[Math.min(times.length - 1, Math.floor(times.length * share))];
	const errors = [...failures.values()].reduce((sum, count) => sum + count, 0);
	const kinds = [...failures].map(([what, count]) => `${what} ×${count}`).join(', ');
	return { perSecond: times.length / SECONDS, p50: at(0.5), p95: at(0.95), errors, kinds };
}

/** Signs in through the form, as a browser without JavaScript does; returns the session cookie. */
async function signIn(email: string, password: string): Promise<string> {
	const response = await fetch(`${app.url}/en/sign-in`, {
		method: 'POST',
		headers: { ...BROWSER, origin: app.url, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password }),
		redirect: 'manual'
	});
	const session = response.headers.getSetCookie().find((line) => line.includes('session'));
	if (response.status !== 303 || !session) throw new Error(`Signing in failed (${response.status}).`);
	return session.split(';')[0];
}

/** Resident memory of a process, in KiB. */
function residentMemory(pid: number): number {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(status.match(/^VmRSS:\s+(\d+) kB$/m)![1]);
}

function ms(value: number): string {
	return `${value.toFixed(1)} ms`.padStart(8);
}
