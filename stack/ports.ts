// Ports of the local stack: fixed ones for `npm start` (with a clear message when one is taken),
// free ones for tests (port 0: the system picks), always on 127.0.0.1 only.
import net from 'node:net';

export class PortInUseError extends Error {}

export function listen(server: net.Server, port: number, what: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const onError = (error: NodeJS.ErrnoException) => {
			reject(error.code === 'EADDRINUSE' ? portInUse(port, what) : error);
		};
		server.once('error', onError);
		server.listen(port, '127.0.0.1', () => {
			server.off('error', onError);
			resolve((server.address() as net.AddressInfo).port);
		});
	});
}

/** Fails early, before anything starts, when a port we need is taken. */
export async function assertPortFree(port: number, what: string): Promise<void> {
	if (port === 0) return;
	const probe = net.createServer();
	await listen(probe, port, what);
	await new Promise((resolve) => probe.close(resolve));
}

/** A port that was free a moment ago, for programs that cannot be told to pick one themselves. */
export async function freePort(): Promise<number> {
	const probe = net.createServer();
	const port = await listen(probe, 0, 'probe');
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

export function portInUse(port: number, what: string): PortInUseError {
	return new PortInUseError(
		`Port ${port} (${what}) is already in use on 127.0.0.1. ` +
			`Stop the program that uses it, or choose other ports (see "Ports" in the README).`
	);
}
