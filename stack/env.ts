// `npm run stack:env`: the variables that point a tool (or a second app) at the running local
// stack, in .env format. Local values only; nothing here is used against a real project.
import fs from 'node:fs';
import path from 'node:path';
import { mintApiKey } from '../src/lib/server/jwt.ts';
import { PROJECT_ROOT } from './paths.ts';
import { DEFAULT_PORTS } from './stack.ts';

const dataDir = path.resolve(process.env.TILTS_DATA_DIR ?? path.join(PROJECT_ROOT, '.data'));
const secretsFile = path.join(dataDir, 'secrets.json');
if (!fs.existsSync(secretsFile)) {
	console.error('There is no local stack yet: run `npm start` once first.');
	process.exit(1);
}
const secrets = JSON.parse(fs.readFileSync(secretsFile, 'utf8'));
const api = process.env.TILTS_API_PORT || DEFAULT_PORTS.api;
const db = process.env.TILTS_DB_PORT || DEFAULT_PORTS.db;
console.log(`SUPABASE_URL=http://127.0.0.1:${api}
SUPABASE_PUBLISHABLE_KEY=${secrets.publishableKey}
SUPABASE_SECRET_KEY=${secrets.secretKey}
SUPABASE_JWT_SIGNING_KEY='${JSON.stringify(secrets.signingKey)}'
# The legacy keys, which the stack still takes: a portal is given these three instead of the three above.
# SUPABASE_ANON_KEY=${mintApiKey('anon', secrets.jwtSecret)}
# SUPABASE_SERVICE_ROLE_KEY=${mintApiKey('service_role', secrets.jwtSecret)}
# SUPABASE_JWT_SECRET=${secrets.jwtSecret}
DATABASE_URL=postgres://postgres:${encodeURIComponent(secrets.postgres)}@127.0.0.1:${db}/postgres`);
