import { paraglideVitePlugin } from '@inlang/paraglide-js';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './i18n.config.ts';
import { checkMessages } from './scripts/check-messages.ts';

export default defineConfig({
	plugins: [
		{
			// Paraglide builds an app without messages when the inlang project fails to load
			// (it only warns): refuse to build instead.
			name: 'tilts:check-messages',
			async buildStart() {
				await checkMessages();
			}
		},
		paraglideVitePlugin(paraglideOptions),
		// SvelteKit 3 takes its configuration here (there is no svelte.config.js any more).
		sveltekit({
			adapter: adapter(),
			// Cross-site form posts are refused by our own handle (handleCsrf in hooks.server.ts), which
			// lets the one-click unsubscribe of RFC 8058 through: mail programs post it from elsewhere.
			csrf: { trustedOrigins: ['*'] },
			// Scripts and styles only from our own origin; SvelteKit hashes its own inline start-up script.
			csp: {
				mode: 'hash',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					// ...and the one inline style SvelteKit writes itself, on its route announcer
					// (sveltejs/kit#11993): allowed by its hash alone. app.css hides it too, should the
					// hash change with a SvelteKit release.
					'style-src': [
						'self',
						'unsafe-hashes',
						'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
					],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none'],
					'base-uri': ['self'],
					'object-src': ['none']
				}
			}
		})
	],
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					// One throw-away stack on free ports for the run; files that break parts start their own.
					globalSetup: ['tests/integration/global-setup.ts'],
					// The files share that one database, and some count what is in it: one file at a time,
					// on any number of CPUs.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
