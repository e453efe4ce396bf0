// Lighthouse (mobile, its default) on one page of every public template, on a throw-away stack with
// the built portal: first on the demo data, then on the generated network at 10,000 projects
// (bench/dataset.ts), where each template shows one of the generated records. Prints the four
// category scores per template and marks (*) each one under its target: performance 95;
// accessibility, best practices and SEO 100.
//   npm run bench   (or, after `npm run build`: node bench/lighthouse.ts;
//   TILTS_LIGHTHOUSE_LOCALE=lv for another locale, TILTS_LIGHTHOUSE_SIZES=demo for the demo data only,
//   TILTS_LIGHTHOUSE_TEMPLATES=event,practices for only the templates of those names)
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import pg from 'pg';
import { startApp } from '../stack/app.ts';
import { PROJECT_ROOT } from '../stack/paths.ts';
import { freePort } from '../stack/ports.ts';
import { PUBLIC_TEMPLATES } from '../tests/support/public-templates.ts';
import { startTestStack } from '../tests/support/stack.ts';
import { grow, size } from './dataset.ts';

const CATEGORIES = [
	{ id: 'performance', label: 'performance', target: 95 },
	{ id: 'accessibility', label: 'accessibility', target: 100 },
	{ id: 'best-practices', label: 'best practices', target: 100 },
	{ id: 'seo', label: 'SEO', target: 100 }
] as const;
const LOCALE = process.env.TILTS_LIGHTHOUSE_LOCALE ?? 'en';
const LARGE = 10_000;
/** The same templates on the generated network: records that exist from 100 projects on (as in bench/pages.ts). */
const GENERATED: Record<string, string> = {
	project: '/projects/gen-50',
	'project report': '/projects/gen-50/report',
	event: '/events/gen-event-51',
	practice: '/practices/gen-practice-100',
	collection: '/collections/gen-collection-1',
	organisation: '/organisations/gen-org-10',
	'organisation overview': '/organisations/gen-org-10/overview'
};
const SIZES = (process.env.TILTS_LIGHTHOUSE_SIZES ?? `demo,${LARGE}`).split(',');
const ONLY = process.env.TILTS_LIGHTHOUSE_TEMPLATES?.split(',');
const TEMPLATES = ONLY
	? PUBLIC_TEMPLATES.filter(({ name }) => ONLY.includes(name))
	: PUBLIC_TEMPLATES;

if (!fs.existsSync(path.join(PROJECT_ROOT, 'build/handler.js'))) {
	console.error('The portal is not built: `npm run bench` builds it first.');
	process.exit(1);
}

const stack = await startTestStack();
const app = await startApp(stack.env, await freePort());
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
});
const db = new pg.Client({ connectionString: stack.env.DATABASE_URL });
// The stack stopping at the end ends this connection too: not an error.
db.on('error', () => {});
await db.connect();
let below = 0;
try {
	console.log(
		`\nLighthouse ${LOCALE === 'en' ? '' : `(${LOCALE}) `}mobile: targets performance ≥ 95, the others 100 (* under target)`
	);
	for (const at of SIZES) {
		if (at !== 'demo') await grow(db, Number(at));
		const held = Object.entries(await size(db))
			.map(([what, n]) => `${n.toLocaleString('en')} ${what}`)
			.join(', ');
		console.log(
			`\n${at === 'demo' ? 'Demo data' : `${Number(at).toLocaleString('en')} projects`}: ${held}\n`
		);
		console.log(
			`  ${'template'.padEnd(26)}${CATEGORIES.map((c) => c.label.padStart(16)).join('')}`
		);
		for (const { name, path: demoPage } of TEMPLATES)
			below += await score(name, at === 'demo' ? demoPage : (GENERATED[name] ?? demoPage));
	}
	console.log(`\n${below ? `${below} scores under target` : 'Every score on target'}`);
} finally {
	chrome.kill();
	await app.child.stop();
	await db.end();
	await stack.dispose();
}

/** Prints one template's scores and the audits that cost points; returns how many scores are under target. */
async function score(name: string, page: string): Promise<number> {
	const lhr = await audit(`${app.url}/${LOCALE}${page}`);
	if (lhr.runtimeError) {
		// A page Lighthouse could not measure twice over: said, not scored 0.
		console.log(
			`  ${name.padEnd(26)}  not measured: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`
		);
		return 1;
	}
	const under = CATEGORIES.filter(
		({ id, target }) => Math.round((lhr.categories[id]?.score ?? 0) * 100) < target
	);
	const cells = CATEGORIES.map(({ id, target }) => {
		const value = Math.round((lhr.categories[id]?.score ?? 0) * 100);
		return `${value}${value < target ? '*' : ' '}`.padStart(16);
	});
	console.log(`  ${name.padEnd(26)}${cells.join('')}`);
	for (const { id } of under) {
		// What costs the points: each audit of the category that did not pass, with its weight.
		const failed = lhr.categories[id].auditRefs.filter(
			(ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 0.9
		);
		for (const ref of failed)
			console.log(
				`      ${id}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`
			);
	}
	return under.length;
}

/** Lighthouse's report on a page; asked a second time when its trace failed (NO_NAVSTART, now and then). */
async function audit(url: string) {
	for (let attempt = 1; ; attempt++) {
		const lhr = (
			await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: CATEGORIES.map((c) => c.id)
			})
		)?.lhr;
		if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
		if (!lhr.runtimeError || attempt === 2) return lhr;
	}
}
