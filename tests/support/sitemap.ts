// Checking sitemaps as a search engine's validator would: against sitemaps.org's own XML schemas
// (sitemap.xsd for a page, siteindex.xsd for the index), with the XHTML link element of the
// languages declared beside them, by libxml2 compiled to WebAssembly (xmllint --schema).
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

const fixture = (name: string) => ({
	fileName: name,
	contents: readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
});

// sitemap.xsd checks elements of other namespaces strictly: one schema of its namespace that
// includes it and imports the XHTML link element.
const PAGE_SCHEMA = {
	fileName: 'sitemap-page.xsd',
	contents: `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9" elementFormDefault="qualified">
	<xsd:include schemaLocation="sitemap.xsd"/>
	<xsd:import namespace="http://www.w3.org/1999/xhtml" schemaLocation="xhtml-link.xsd"/>
</xsd:schema>`
};

/** Valid or not, with libxml2's messages; an index is checked as an index, anything else as a page. */
export async function validateSitemap(xml: string): Promise<{ valid: boolean; errors: string[] }> {
	const index = /<sitemapindex[\s>]/.test(xml);
	const result = await validateXML({
		xml: { fileName: index ? 'sitemap-index.xml' : 'sitemap.xml', contents: xml },
		schema: index ? fixture('siteindex.xsd') : PAGE_SCHEMA,
		preload: index ? [] : [fixture('sitemap.xsd'), fixture('xhtml-link.xsd')],
		extension: 'schema'
	});
	return { valid: result.valid, errors: result.errors.map(({ message }) => message) };
}
