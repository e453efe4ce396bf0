import { reportCsv } from '#lib/server/report-files.ts';
import { requestedReport } from '#lib/server/report.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { report } = await requestedReport(event);
	return new Response(reportCsv(report), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${report.fileName}.csv"`
		}
	});
};
