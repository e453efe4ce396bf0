// What crawlers may read (RFC 9309): everything public, not the pages of signed-in people and
// partnerships (sign-in, My work, account, editors, delegations, members, an event's gallery and
// certificates...), which only answer them with a sign-in form or a refusal; and where the sitemap is.
import { locales } from '#lib/paraglide/runtime.js';
import { serverConfig } from '#lib/server/config.ts';
import { xmlResponse } from '#lib/server/xml-response.ts';
import type { RequestHandler } from './$types';

/** Paths under each locale (`/lv/account`, `/lv/account/export`), and without one (they redirect). */
const SIGNED_IN = [
	'account',
	'admin',
	'my-work',
	'sign-in',
	'sign-out',
	'password-reset',
	'invitations/',
	'unsubscribe/',
	'projects/new',
	'practices/new',
	'collections/new'
];
/** A record's own pages for its partnership or editors, at any depth (`/lv/events/x/delegations`). */
const PARTNERS_ONLY = [
	'edit',
	'new',
	'delegations',
	'delegations.csv',
	'attendance',
	'photos',
	'certificates',
	'certificates.pdf',
	'participants.pdf',
	'documents',
	'people',
	'members',
	'propose'
];

export const GET: RequestHandler = () => {
	const lines = [
		'User-agent: *',
		'Allow: /',
		...SIGNED_IN.flatMap((path) =>
			['', ...locales].map((locale) => `Disallow: ${locale ? `/${locale}` : ''}/${path}`)
		),
		// `$` ends the path, `/` goes on below it: a record whose slug begins with the same word stays open.
		...PARTNERS_ONLY.flatMap((segment) => [`Disallow: /*/${segment}$`, `Disallow: /*/${segment}/`]),
		'',
		`Sitemap: ${serverConfig().publicOrigin}/sitemap.xml`
	];
	return xmlResponse('text/plain', lines.join('\n') + '\n');
};
