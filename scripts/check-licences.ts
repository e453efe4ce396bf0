// Every package the portal runs with (the production dependency tree under node_modules) is under
// a licence that the EUPL-1.2, the project's own, can take in: a permissive one, or one of the
// EUPL's "Compatible Licences" (its appendix). Fails naming each package that is not, or that
// states no licence the check can read. Run by `npm run check`, and so by `npm test`.
import fs from 'node:fs';
import path from 'node:path';

/** Permissive licences: their code may be part of an EUPL work as it is. */
const PERMISSIVE = [
	'0BSD',
	'MIT',
	'MIT-0',
	'ISC',
	'BSD-2-Clause',
	'BSD-3-Clause',
	'Apache-2.0',
	'Zlib',
	'Unlicense',
	'CC0-1.0',
	'BlueOak-1.0.0',
	'PSF-2.0',
	'Python-2.0',
	'CC-BY-3.0',
	'CC-BY-4.0'
];

/** The appendix of the EUPL-1.2: "Compatible Licences" according to its Article 5. */
const EUPL_COMPATIBLE = [
	// The plain identifiers are SPDX's older names of the "-only" ones.
	'GPL-2.0',
	'GPL-3.0',
	'AGPL-3.0',
	'LGPL-2.1',
	'LGPL-3.0',
	'GPL-2.0-only',
	'GPL-2.0-or-later',
	'GPL-3.0-only',
	'GPL-3.0-or-later',
	'AGPL-3.0-only',
	'AGPL-3.0-or-later',
	'OSL-2.1',
	'OSL-3.0',
	'EPL-1.0',
	'CECILL-2.0',
	'CECILL-2.1',
	'MPL-2.0',
	'LGPL-2.1-only',
	'LGPL-2.1-or-later',
	'LGPL-3.0-only',
	'LGPL-3.0-or-later',
	'EUPL-1.1',
	'EUPL-1.2',
	'LiLiQ-R-1.1',
	'LiLiQ-Rplus-1.1'
];

export const ACCEPTED = new Set([...PERMISSIVE, ...EUPL_COMPATIBLE]);

/**
 * Packages whose package.json states no SPDX licence, read by hand from their own repository.
 * Keyed by name@version, so that a new version is read again.
 */
export const READ_BY_HAND: Record<string, string> = {
	// No licence field; github.com/substack/node-buffers/blob/master/LICENSE is the MIT licence.
	'buffers@0.1.1': 'MIT',
	// "MIT/X11", which is the MIT licence under its older name.
	'chainsaw@0.1.0': 'MIT'
};

export type Found = { name: string; version: string; licence: string | undefined; path: string };

/** Every package in the production dependency tree of the project at `root`, each once. */
export function productionPackages(root: string): Found[] {
	const found = new Map<string, Found>();
	const visit = (dir: string) => {
		const manifest = readJson(path.join(dir, 'package.json'));
		const names = Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies });
		for (const name of names) {
			const file = resolvePackage(dir, name);
			// An optional dependency for another platform is not installed: nothing of it runs.
			if (!file || found.has(file)) continue;
			const pkg = readJson(file);
			found.set(file, {
				name: pkg.name ?? name,
				version: pkg.version,
				licence: declaredLicence(pkg),
				path: path.dirname(file)
			});
			visit(path.dirname(file));
		}
	};
	visit(root);
	return [...found.values()].sort(
		(a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version)
	);
}

/** What is wrong with each package's licence, one line per package; none when all are accepted. */
export function licenceProblems(packages: Found[]): string[] {
	const problems: string[] = [];
	for (const pkg of packages) {
		const id = `${pkg.name}@${pkg.version}`;
		const licence = READ_BY_HAND[id] ?? pkg.licence;
		if (!licence) problems.push(`${id} (${pkg.path}) states no licence`);
		else if (!accepted(licence))
			problems.push(
				`${id} (${pkg.path}) is under ${licence}, which is not compatible with EUPL-1.2`
			);
	}
	return problems;
}

/**
 * Whether an SPDX expression can be taken in: one accepted side of an OR is enough, both sides of
 * an AND must be; an exception (`WITH`) only adds permissions, so the licence before it decides.
 */
export function accepted(expression: string): boolean {
	const tokens = expression.replace(/[()]/g, ' $& ').trim().split(/\s+/);
	let at = 0;
	const parseOr = (): boolean => {
		let result = parseAnd();
		while (tokens[at]?.toUpperCase() === 'OR') {
			at++;
			result = parseAnd() || result;
		}
		return result;
	};
	const parseAnd = (): boolean => {
		let result = parseTerm();
		while (tokens[at]?.toUpperCase() === 'AND') {
			at++;
			result = parseTerm() && result;
		}
		return result;
	};
	const parseTerm = (): boolean => {
		const token = tokens[at++];
		if (token === '(') {
			const result = parseOr();
			if (tokens[at++] !== ')') return false;
			return result;
		}
		if (tokens[at]?.toUpperCase() === 'WITH') at += 2;
		return (
			token !== undefined &&
			ACCEPTED.has(token.replace(/\+$/, '-or-later').replace(/-or-later-or-later$/, '-or-later'))
		);
	};
	const result = parseOr();
	return at === tokens.length && result;
}

function declaredLicence(pkg: { license?: unknown; licenses?: unknown }): string | undefined {
	if (typeof pkg.license === 'string') return pkg.license;
	if (pkg.license && typeof pkg.license === 'object' && 'type' in pkg.license)
		return String(pkg.license.type);
	// The old form: a list of licences, any of which may be chosen.
	if (Array.isArray(pkg.licenses) && pkg.licenses.length) {
		return pkg.licenses.map((each) => (typeof each === 'string' ? each : each?.type)).join(' OR ');
	}
	return undefined;
}

/** Node's own lookup: node_modules/<name> in the package's folder, then in each folder above it. */
function resolvePackage(from: string, name: string): string | undefined {
	for (let dir = from; ; dir = path.dirname(dir)) {
		const file = path.join(dir, 'node_modules', name, 'package.json');
		if (fs.existsSync(file)) return file;
		if (path.dirname(dir) === dir) return undefined;
	}
}

function readJson(file: string) {
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

if (import.meta.main) {
	const root = path.resolve(import.meta.dirname, '..');
	const packages = productionPackages(root);
	const problems = licenceProblems(packages);
	if (problems.length) {
		console.error(
			`Production dependencies under a licence the EUPL-1.2 cannot take in:\n  ${problems.join('\n  ')}`
		);
		process.exit(1);
	}
	console.log(
		`The licences of ${packages.length} production packages are compatible with EUPL-1.2.`
	);
}
