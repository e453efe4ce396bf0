// `npm run db:reset`: throws away the local database, its secrets and caught e-mail, so that the
// next `npm start` begins with fresh demo data. Refuses while the stack is running.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './paths.ts';
import { clusterPath, removeStackData } from './postgres.ts';

const dataDir = path.resolve(process.env.TILTS_DATA_DIR ?? path.join(PROJECT_ROOT, '.data'));
const pidFile = path.join(clusterPath(dataDir), 'postmaster.pid');
if (fs.existsSync(pidFile)) {
	const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
	let running = true;
	try {
		process.kill(pid, 0); // signal 0 only asks whether the process is there
	} catch {
		running = false; // a pid file left behind by a stack that did not stop cleanly
	}
	if (running) {
		console.error(`The local stack is running (PostgreSQL pid ${pid}): stop it with Ctrl-C first.`);
		process.exit(1);
	}
}
removeStackData(dataDir);
console.log(
	`Removed ${path.relative(process.cwd(), dataDir) || dataDir}. The next \`npm start\` creates a fresh database with demo data.`
);
