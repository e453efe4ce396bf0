// Checking an Atom document as a feed validator would: against the normative schema of RFC 4287
// (Appendix B), in RELAX NG's XML syntax, with libxml2 compiled to WebAssembly.
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

const SCHEMA = readFileSync(new URL('../fixtures/atom.rng', import.meta.url), 'utf8');

/** Valid or not, with libxml2's messages. A document that is not XML at all is invalid too. */
export async function validate(xml: string): Promise<{ valid: boolean; errors: string[] }> {
	const result = await validateXML({
		xml: { fileName: 'feed.xml', contents: xml },
		schema: { fileName: 'atom.rng', contents: SCHEMA },
		extension: 'relaxng'
	});
	return { valid: result.valid, errors: result.errors.map(({ message }) => message) };
}
