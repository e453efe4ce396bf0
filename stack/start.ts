// `npm start`: the local stack with demo data, and the built portal on top of it.
// `npm run dev`: the same stack with Vite's development server instead of the built portal.
// Ctrl-C (or SIGTERM) stops every part, in order. A part that dies is restarted (the portal answers
// 503 meanwhile); one that cannot be brought back stops the rest, with a message.
import fs from 'node:fs';
import path from 'node:path';
import { startApp, startDevServer } from './app.ts';
import { PROJECT_ROOT } from './paths.ts';
import { DEFAULT_PORTS, startStack, type Stack, type StackPorts } from './stack.ts';
import { supervise, type Part } from './supervise.ts';

const dataDir = path.resolve(process.env.TILTS_DATA_DIR ?? path.join(PROJECT_ROOT, '.data'));
let stack: Stack | undefined;
let app: Part | undefined;
let stopping: Promise<void> | undefined;

const starting = (async () => {
	const ports = portsFromEnv();
	fs.mkdirSync(dataDir, { recursive: true });
	const logFile = path.join(dataDir, 'stack.log');
	const log = fs.createWriteStream(logFile, { flags: 'a' });
	console.log(
		`Starting the local Supabase stack (data in ${path.relative(process.cwd(), dataDir) || '.'}, log in ${path.relative(process.cwd(), logFile)})…`
	);
	const notice = (message: string) => console.error(`\n${message}`);
	stack = await startStack({ dataDir, ports, log: (line) => log.write(line + '\n'), notice });
	stack.onUnexpectedExit((message) => stop(1, message));

	// The portal's own messages (errors with their ids) go to the terminal once it is running.
	let running = false;
	const start = process.argv.includes('--dev') ? startDevServer : startApp;
	const launch = () =>
		start(stack!.env, ports.app, (line) => running && console.error(`portal: ${line}`));
	const portal = await launch();
	running = true;
	app = supervise(portal.child, async () => (await launch()).child, {
		notice,
		onGiveUp: (message) => stop(1, message)
	});

	console.log(`
  Tilts is running.

  Portal         ${portal.url}
  E-mail inbox   ${stack.env.INBOX_URL}
  Supabase API   ${stack.env.SUPABASE_URL}  (keys: npm run stack:env)
  Database       postgres://127.0.0.1:${ports.db}/postgres

  Press Ctrl-C to stop.
`);
})();

starting.catch((error) =>
	stop(1, `Tilts could not start: ${error instanceof Error ? error.message : error}`)
);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => stop(0));
}

function stop(code: number, message?: string) {
	stopping ??= (async () => {
		if (message) console.error(`\n${message}`);
		else console.log('\nStopping Tilts…');
		await starting.catch(() => {});
		await app?.stop();
		await stack?.stop();
		if (!message) console.log('Stopped.');
		process.exit(code);
	})();
	return stopping;
}

function portsFromEnv(): StackPorts & { app: number } {
	const read = (name: string, fallback: number) => {
		const raw = process.env[name];
		if (raw === undefined || raw === '') return fallback;
		const port = Number(raw);
		if (!Number.isInteger(port) || port < 0 || port > 65535) {
			throw new Error(`${name}="${raw}" is not a port number (0-65535).`);
		}
		return port;
	};
	return {
		app: read('PORT', 3000),
		api: read('TILTS_API_PORT', DEFAULT_PORTS.api),
		db: read('TILTS_DB_PORT', DEFAULT_PORTS.db),
		smtp: read('TILTS_SMTP_PORT', DEFAULT_PORTS.smtp),
		inbox: read('TILTS_INBOX_PORT', DEFAULT_PORTS.inbox)
	};
}
