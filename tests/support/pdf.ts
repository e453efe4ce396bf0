// PDFs the portal makes, read back by poppler as a person's viewer would: as text (pdftotext), or
// as a picture of each page (pdftoppm) to look at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function saved(pdf: Uint8Array): string {
	const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'document.pdf');
	fs.writeFileSync(file, pdf);
	return file;
}

/** The text of every page, laid out as on the page. */
export function pdfText(pdf: Uint8Array): string {
	return execFileSync('pdftotext', ['-layout', saved(pdf), '-'], { encoding: 'utf8' });
}

/** The number of pages. */
export function pdfPages(pdf: Uint8Array): number {
	const info = execFileSync('pdfinfo', [saved(pdf)], { encoding: 'utf8' });
	return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** The first page as a PNG at `prefix`.png (100 dpi), for a person to look at. */
export function pdfToPng(pdf: Uint8Array, prefix: string): string {
	fs.mkdirSync(path.dirname(prefix), { recursive: true });
	execFileSync('pdftoppm', ['-png', '-r', '100', '-singlefile', saved(pdf), prefix]);
	return `${prefix}.png`;
}
