// The environment variables the server reads, declared for SvelteKit ($app/env/private).
// SvelteKit also runs these schemas while it analyses the build, when the values are not there yet,
// so they accept anything; src/lib/server/config.ts checks the values when the server starts.
import { defineEnvVars } from '@sveltejs/kit/env';

const readAtStartup = { schema: (value: string | undefined) => value };

export const variables = defineEnvVars({
	SUPABASE_URL: readAtStartup,
	SUPABASE_PUBLISHABLE_KEY: readAtStartup,
	SUPABASE_SECRET_KEY: readAtStartup,
	SUPABASE_JWT_SIGNING_KEY: readAtStartup,
	SUPABASE_ANON_KEY: readAtStartup,
	SUPABASE_SERVICE_ROLE_KEY: readAtStartup,
	SUPABASE_JWT_SECRET: readAtStartup,
	PUBLIC_ORIGIN: readAtStartup,
	SMTP_URL: readAtStartup,
	MAIL_FROM: readAtStartup,
	PRIVACY_CONTROLLER: readAtStartup,
	PRIVACY_EMAIL: readAtStartup,
	// adapter-node reads these itself; declared so that the start-up check can see them.
	ADDRESS_HEADER: readAtStartup,
	XFF_DEPTH: readAtStartup
});
