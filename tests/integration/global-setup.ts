import type { TestProject } from 'vitest/node';
import type { StackEnv } from '../../stack/stack.ts';
import { startTestStack } from '../support/stack.ts';

export default async function setup(project: TestProject) {
	const stack = await startTestStack();
	project.provide('stack', { ...stack.env, superuserUrl: stack.superuserUrl });
	return () => stack.dispose();
}

declare module 'vitest' {
	export interface ProvidedContext {
		stack: StackEnv & { superuserUrl: string };
	}
}
