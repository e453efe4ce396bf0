import { editableProject } from './editable.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => ({ project: await editableProject(event) });
