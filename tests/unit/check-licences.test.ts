import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accepted, licenceProblems, productionPackages } from '../../scripts/check-licences.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** A project folder with the given packages installed: each `folder: package.json`. */
function project(packages: Record<string, object>) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilts-licences-'));
	for (const [folder, manifest] of Object.entries(packages)) {
		fs.mkdirSync(path.join(dir, folder), { recursive: true });
		fs.writeFileSync(path.join(dir, folder, 'package.json'), JSON.stringify(manifest));
	}
	return dir;
}

const TREE = {
	'.': {
		name: 'portal',
		license: 'EUPL-1.2',
		dependencies: { web: '1.0.0' },
		optionalDependencies: { 'other-platform': '1' },
		devDependencies: { 'test-tool': '1' }
	},
	'node_modules/web': {
		name: 'web',
		version: '1.0.0',
		license: 'MIT',
		dependencies: { parser: '2', shared: '1' }
	},
	// A second version, nested where only `web` finds it.
	'node_modules/web/node_modules/parser': { name: 'parser', version: '2.0.0', license: 'SSPL-1.0' },
	'node_modules/parser': { name: 'parser', version: '1.0.0', license: 'MIT' },
	'node_modules/shared': {
		name: 'shared',
		version: '1.0.0',
		licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }],
		dependencies: { quiet: '1' }
	},
	'node_modules/quiet': { name: 'quiet', version: '0.1.0' },
	'node_modules/test-tool': { name: 'test-tool', version: '1.0.0', license: 'BUSL-1.1' }
};

describe('the licence check', () => {
	it('walks the production tree as Node resolves it: nested versions, the old `licenses` list, no dev dependencies, no platform package that is not installed', () => {
		const dir = project(TREE);
		expect(
			productionPackages(dir).map(({ name, version, licence }) => `${name}@${version} ${licence}`)
		).toEqual([
			'parser@2.0.0 SSPL-1.0',
			'quiet@0.1.0 undefined',
			'shared@1.0.0 MIT OR Apache-2.0',
			'web@1.0.0 MIT'
		]);
	});

	it('names each package whose licence the EUPL cannot take in, or that states none', () => {
		const problems = licenceProblems(productionPackages(project(TREE)));
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(
			/^parser@2\.0\.0 \(.*node_modules\/web\/node_modules\/parser\) is under SSPL-1\.0, which is not compatible with EUPL-1\.2$/
		);
		expect(problems[1]).toMatch(/^quiet@0\.1\.0 \(.*\) states no licence$/);
	});

	it.each([
		['MIT', true],
		['Apache-2.0 WITH LLVM-exception', true],
		['(MIT OR GPL-3.0-or-later)', true],
		['(MIT AND Zlib)', true],
		['GPL-2.0+', true],
		['LGPL-3.0-or-later', true],
		['MPL-2.0', true],
		['EUPL-1.1', true],
		['SSPL-1.0', false],
		['MIT AND SSPL-1.0', false],
		['SSPL-1.0 OR BUSL-1.1', false],
		['UNLICENSED', false],
		['SEE LICENSE IN LICENSE.txt', false],
		['(MIT', false]
	])('reads %s as %s', (expression, expected) => {
		expect(accepted(expression)).toBe(expected);
	});

	it('passes for the project itself, and its command fails naming the package otherwise', () => {
		expect(licenceProblems(productionPackages(root))).toEqual([]);
		const script = path.join(root, 'scripts/check-licences.ts');
		const dir = project(TREE);
		fs.mkdirSync(path.join(dir, 'scripts'));
		fs.copyFileSync(script, path.join(dir, 'scripts/check-licences.ts'));
		const run = spawnSync(process.execPath, [path.join(dir, 'scripts/check-licences.ts')], {
			encoding: 'utf8'
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/parser@2\.0\.0 .* SSPL-1\.0/);
	});
});
