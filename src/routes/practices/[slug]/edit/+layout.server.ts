import { editablePractice } from './editable.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => editablePractice(event);
