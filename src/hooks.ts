import type { Reroute } from '@sveltejs/kit/hooks';
import { withoutLocale } from '#lib/i18n.ts';

// /en/accessibility and /lv/accessibility are one route, src/routes/accessibility.
export const reroute: Reroute = ({ url }) => withoutLocale(url.pathname);
