// The `test` every end-to-end spec uses: it fails any test whose page asked anything of
// another origin (fonts, scripts, trackers): every request stays on the portal.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { FRESH_SECONDS } from '../../src/lib/server/page-cache.ts';

export const test = base.extend<{ firstPartyOnly: void }>({
	firstPartyOnly: [
		async ({ page, baseURL }, use) => {
			const foreign: string[] = [];
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.protocol === 'data:' || url.protocol === 'blob:') return;
				if (url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
			});
			await use();
			expect(foreign, 'requests to other origins').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * How long a change written straight into the database (not through the portal, which empties its
 * shared copies at once) may take to reach an anonymous reader: the copy's freshness, and time to
 * render the page again on a busy machine.
 */
export const SHARED_COPY_MS = FRESH_SECONDS * 1000 + 10_000;

/** Every public page of the portal, in every locale, for checks that must hold everywhere. */
export const PUBLIC_PATHS = [
	'',
	'/accessibility',
	'/privacy',
	'/open-data',
	'/sign-in',
	'/password-reset',
	'/organisations',
	'/organisations/comune-di-faenza',
	'/organisations/daugavpils-education-board',
	'/organisations/daugavpils-city-council/overview',
	'/map',
	'/projects',
	// The filters by name: the names that match offered; one chosen, and a name that matches nothing.
	'/projects?organisation_name=daugavpils',
	'/practices?organisation=daugavpils-education-board&project_name=zzz',
	'/projects/wir',
	'/projects/wir/report',
	'/projects/solid/report',
	'/projects/young-neets',
	'/projects/solid/events',
	'/events',
	'/events/demo-partner-meeting-daugavpils-2024',
	'/events/solid-kick-off-jette-2018',
	'/practices',
	'/practices/leszno-volunteer-centre',
	'/practices/young-neets-dialogue-with-the-council',
	'/collections',
	'/collections/volunteering-in-european-cities',
	'/invitations/not-a-real-token'
];

/** Pages for signed-in people, with who sees them. */
export const SIGNED_IN_PATHS: Array<{ path: string; as: 'coordinator' | 'admin' }> = [
	{ path: '/account', as: 'coordinator' },
	{ path: '/my-work', as: 'coordinator' },
	{ path: '/organisations/daugavpils-city-council/members', as: 'coordinator' },
	{ path: '/projects/young-neets/people', as: 'coordinator' },
	{ path: '/organisations/daugavpils-city-council/edit', as: 'coordinator' },
	// As a platform admin: with the choice of the organisation it is a unit of.
	{ path: '/organisations/daugavpils-education-board/edit', as: 'admin' },
	{ path: '/admin', as: 'admin' },
	{ path: '/admin/mail', as: 'admin' },
	{ path: '/projects/new', as: 'coordinator' },
	{ path: '/collections/new', as: 'coordinator' },
	{ path: '/projects/solid/edit', as: 'coordinator' },
	{ path: '/projects/solid/edit/partners', as: 'coordinator' },
	{ path: '/projects/solid/edit/budget', as: 'coordinator' },
	{ path: '/projects/wir/edit/outcomes', as: 'coordinator' },
	{ path: '/projects/young-neets/events/new', as: 'coordinator' },
	{ path: '/events/demo-partner-meeting-daugavpils-2024', as: 'coordinator' },
	{ path: '/events/demo-partner-meeting-daugavpils-2024/edit', as: 'coordinator' },
	{ path: '/events/demo-partner-meeting-daugavpils-2024/delegations', as: 'coordinator' },
	{ path: '/events/demo-partner-meeting-daugavpils-2024/attendance', as: 'coordinator' },
	{ path: '/projects/wir/documents', as: 'coordinator' },
	{ path: '/events/demo-partner-meeting-daugavpils-2024/documents', as: 'coordinator' },
	{ path: '/practices/leszno-volunteer-centre/documents', as: 'coordinator' }
];
export const LOCALES = ['en', 'lv'] as const;

/** WCAG 2.0 and 2.1 A and AA, and axe's best practices beyond them. */
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** What axe-core finds on the page as it is now, one line per rule with the elements it failed on. */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(RULES).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/** WCAG 2.1 A and AA and axe's best practices, as axe-core checks them, on the page as it is now. */
export async function expectNoViolations(page: Page, locale: string) {
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	expect(await axeViolations(page)).toEqual([]);
}
