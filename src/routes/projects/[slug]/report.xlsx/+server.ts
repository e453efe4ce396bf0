import { contentDisposition } from '#lib/file-types.ts';
import { reportXlsx } from '#lib/server/report-files.ts';
import { requestedReport } from '#lib/server/report.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { report } = await requestedReport(event);
	return new Response(await reportXlsx(report), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': contentDisposition(`${report.fileName}.xlsx`)
		}
	});
};
