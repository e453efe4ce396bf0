// Compiles the UI messages the way the Vite build does, after checking they are complete.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../i18n.config.ts';
import { checkMessages } from './check-messages.ts';

await checkMessages(paraglideOptions.project);
await compile(paraglideOptions);
