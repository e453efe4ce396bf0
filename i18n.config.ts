// Paraglide's options, shared by the Vite build and `npm run check` (which compiles the messages
// before type-checking, so that both see the same runtime).
import fs from 'node:fs';
import type { CompilerOptions } from '@inlang/paraglide-js';

const { locales }: { locales: string[] } = JSON.parse(
	fs.readFileSync(new URL('./project.inlang/settings.json', import.meta.url), 'utf8')
);

export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// The locale is in the path (/en/..., /lv/..., for every locale); `/` goes to the browser's
	// preferred one.
	strategy: ['url', 'preferredLanguage', 'baseLocale'],
	urlPatterns: [
		{
			pattern: '/:path(.*)?',
			localized: locales.map((locale) => [locale, `/${locale}/:path(.*)?`] as [string, string])
		}
	],
	// Machine-readable endpoints have no language.
	routeStrategies: [
		{ match: '/health', exclude: true },
		{ match: '/health/*', exclude: true },
		{ match: '/open-data/v1/*', exclude: true },
		// Crawlers' files name every language's pages themselves.
		{ match: '/robots.txt', exclude: true },
		{ match: '/sitemap.xml', exclude: true },
		{ match: '/sitemaps/*', exclude: true }
	],
	// Our own registry.js, whose formatters for counts are made once per locale, not per message.
	additionalFiles: {
		'registry.js': fs.readFileSync(
			new URL('./src/lib/message-registry.js', import.meta.url),
			'utf8'
		)
	}
} satisfies CompilerOptions;
