import type { Reroute } from '@sveltejs/kit/hooks';
import { deLocalizeUrl } from '#lib/paraglide/runtime.js';

// /en/accessibility and /lv/accessibility are one route, src/routes/accessibility.
export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname;
