// Lighthouse (mobile, its default) on one page of every public template, on a throw-away stack with
// the demo data and the built portal. Prints the four category scores per template and marks (*)
// each one under its target: performance 95; accessibility, best practices and SEO 100.
//   npm run bench   (or, after `npm run build`: node bench/lighthouse.ts)
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startApp } from '../stack/app.ts';
import { PROJECT_ROOT } from '../stack/paths.ts';
import { freePort } from '../stack/ports.ts';
import { PUBLIC_TEMPLATES } from '../tests/support/public-templates.ts';
import { startTestStack } from '../tests/support/stack.ts';

const CATEGORIES = [
	{ id: 'performance', label: 'performance', target: 95 },
	{ id: 'accessibility', label: 'accessibility', target: 100 },
	{ id: 'best-practices', label: 'best practices', target: 100 },
	{ id: 'seo', label: 'SEO', target: 100 }
] as const;
const LOCALE = process.env.TILTS_LIGHTHOUSE_LOCALE ?? 'en';

if (!fs.existsSync(path.join(PROJECT_ROOT, 'build/handler.js'))) {
	console.error('The portal is not built: `npm run bench` builds it first.');
	process.exit(1);
}

const stack = await startTestStack();
const app = await startApp(stack.env, await freePort());
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
});
let below = 0;
try {
	console.log(`\nLighthouse ${LOCALE === 'en' ? '' : `(${LOCALE}) `}mobile: targets performance ≥ 95, the others 100 (* under target)\n`);
	console.log(`  ${'template'.padEnd(26)}${CATEGORIES.map((c) => c.label.padStart(16)).join('')}`);
	for (const { name, path: page } of PUBLIC_TEMPLATES) {
		const lhr = await audit(`${app.url}/${LOCALE}${page}`);
		if (lhr.runtimeError) {
			// A page Lighthouse could not measure twice over: said, not scored 0.
			below++;
			console.log(`  ${name.padEnd(26)}  not measured: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
			continue;
		}
		const cells = CATEGORIES.map(({ id, target }) => {
			const score = Math.round((lhr.categories[id]?.score ?? 0) * 100);
			if (score < target) below++;
			return `${score}${score < target ? '*' : ' '}`.padStart(16);
		});
		console.log(`  ${name.padEnd(26)}${cells.join('')}`);
		for (const { id, target } of CATEGORIES) {
			if (Math.round((lhr.categories[id]?.score ?? 0) * 100) >= target) continue;
			// What costs the points: each audit of the category that did not pass, with its weight.
			const failed = lhr.categories[id].auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 0.9);
			for (const ref of failed) console.log(`      ${id}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`);
		}
	}
	console.log(`\n${below ? `${below} scores under target` : 'Every score on target'}`);
} finally {
	chrome.kill();
	await app.child.stop();
	await stack.dispose();
}

/** Lighthouse's report on a page; asked a second time when its trace failed (NO_NAVSTART, now and then). */
async function audit(url: string) {
	for (let attempt = 1; ; attempt++) {
		const lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES.map((c) => c.id) }))?.lhr;
		if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
		if (!lhr.runtimeError || attempt === 2) return lhr;
	}
}
