import { defineConfig } from '@playwright/test';

// The global setup starts a throw-away stack and the built portal, and puts its address in
// TILTS_APP_URL; the workers read this file again after that, so baseURL is set for them.
export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: true,
	workers: 2,
	// A journey with an accessibility scan took over 30 s on CI's two cores under load; a test
	// that waits longer than a minute is stuck, not slow.
	timeout: 60_000,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	use: {
		baseURL: process.env.TILTS_APP_URL,
		browserName: 'chromium',
		launchOptions: {
			// Debian's headless shell of Chromium: Playwright cannot download its own browser here.
			// It is the build Playwright itself runs headless; the full browser in headless mode
			// took twice as long on two cores.
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		},
		trace: 'retain-on-failure'
	}
});
