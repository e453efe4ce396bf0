import { csvResponse } from '#lib/server/csv.ts';
import { reportRows } from '#lib/server/report-files.ts';
import { requestedReport } from '#lib/server/report.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { report } = await requestedReport(event);
	return csvResponse(reportRows(report), `${report.fileName}.csv`);
};
