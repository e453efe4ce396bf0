// Paraglide's options, shared by the Vite build and `npm run check` (which compiles the messages
// before type-checking, so that both see the same runtime).
import type { CompilerOptions } from '@inlang/paraglide-js';

export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// The locale is in the path (/en/..., /lv/...); `/` goes to the browser's preferred one.
	strategy: ['url', 'preferredLanguage', 'baseLocale'],
	urlPatterns: [
		{
			pattern: '/:path(.*)?',
			localized: [
				['en', '/en/:path(.*)?'],
				['lv', '/lv/:path(.*)?']
			]
		}
	],
	// Machine-readable endpoints have no language.
	routeStrategies: [
		{ match: '/health', exclude: true },
		{ match: '/health/*', exclude: true },
		{ match: '/open-data/v1/*', exclude: true }
	]
} satisfies CompilerOptions;
