// `npm run smoke -- https://tilts.example.org`: is a deployed portal serving? Asks for its health
// checks, a public page, the sign-in page, a calendar feed, an Atom feed and an open data set, the
// way a visitor's browser or a feed reader would, and says what failed. Exits 1 when anything did.
// It reads only public addresses and writes nothing, so it is safe against production.

export type Check = {
	path: string;
	what: string;
	expect(response: Response, body: string): string | null;
};

const html = (response: Response) =>
	/^text\/html/.test(response.headers.get('content-type') ?? '')
		? null
		: `not an HTML page (${response.headers.get('content-type')})`;

const healthy = (body: string) => {
	try {
		const answer = JSON.parse(body);
		return answer.status === 'ok' ? null : `status is ${JSON.stringify(answer.status)}`;
	} catch {
		return 'not the JSON of a health check';
	}
};

export const CHECKS: Check[] = [
	{ path: '/health/live', what: 'liveness', expect: (_, body) => healthy(body) },
	// 503 names the part that is down: PostgREST or the database.
	{
		path: '/health/ready',
		what: 'readiness (PostgREST and the database)',
		expect: (_, body) => healthy(body)
	},
	{
		path: '/en/projects',
		what: 'a public page (the project list)',
		expect: (response, body) =>
			html(response) ?? (/<html lang="en"/.test(body) ? null : 'no <html lang="en">')
	},
	{
		path: '/en/sign-in',
		what: 'the sign-in page',
		expect: (response, body) =>
			html(response) ?? (/type="password"/.test(body) ? null : 'no password field')
	},
	{
		path: '/en/calendar/events.ics',
		what: 'the calendar feed',
		expect: (_, body) => (body.startsWith('BEGIN:VCALENDAR') ? null : 'not an iCalendar file')
	},
	{
		path: '/en/practices/feed.atom',
		what: 'the Atom feed of practices',
		expect: (_, body) =>
			/<feed[^>]+xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/.test(body) ? null : 'not an Atom feed'
	},
	{
		path: '/open-data/v1/projects.json',
		what: 'open data (projects)',
		expect: (_, body) => {
			try {
				JSON.parse(body);
				return null;
			} catch {
				return 'not JSON';
			}
		}
	}
];

export type Result = { check: Check; problem: string | null };

/** Runs every check against `origin`, all at once, each within `timeoutMs`. */
export async function smoke(origin: string, timeoutMs = 10_000): Promise<Result[]> {
	const base = origin.replace(/\/+$/, '');
	// An address of its own each run: a copy the portal or a CDN shares for a few seconds would
	// answer for a part that is down (README: Caching).
	const fresh = `smoke=${Date.now()}`;
	return Promise.all(
		CHECKS.map(async (check) => {
			try {
				const response = await fetch(
					`${base}${check.path}${check.path.includes('?') ? '&' : '?'}${fresh}`,
					{ redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) }
				);
				const body = await response.text();
				if (response.status !== 200)
					return {
						check,
						problem: `answered ${response.status}${body ? `: ${body.slice(0, 200).replace(/\s+/g, ' ')}` : ''}`
					};
				return { check, problem: check.expect(response, body) };
			} catch (error) {
				const cause = (error as Error & { cause?: Error }).cause;
				return { check, problem: `no answer: ${cause?.message ?? (error as Error).message}` };
			}
		})
	);
}

if (import.meta.main) {
	const origin = process.argv[2];
	if (!origin || !URL.canParse(origin)) {
		console.error("Usage: npm run smoke -- https://tilts.example.org (the portal's address)");
		process.exit(2);
	}
	const results = await smoke(origin);
	for (const { check, problem } of results) {
		console.log(
			`${problem ? 'FAIL' : 'ok  '} ${check.path}  ${check.what}${problem ? `: ${problem}` : ''}`
		);
	}
	const failed = results.filter((result) => result.problem).length;
	console.log(
		failed
			? `${failed} of ${results.length} checks failed.`
			: `All ${results.length} checks passed.`
	);
	process.exit(failed ? 1 : 0);
}
