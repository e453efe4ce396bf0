// What the API roles may do to each table in `public`, before row level security narrows it.
// A new table must be added here on purpose: the test fails on any grant not listed.
export const API_GRANTS: Record<string, { anon: string[]; authenticated: string[] }> = {
	content_locales: { anon: ['SELECT'], authenticated: ['SELECT'] }
};

/** Functions in `public` that the API roles may call. */
export const API_FUNCTIONS: Record<string, string[]> = {
	health_check: ['anon', 'authenticated']
};
