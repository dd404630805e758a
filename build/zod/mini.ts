// What the build gives for `import … from 'zod/mini'`: zod/mini itself, set up first to run without eval.
import './jitless';

export * from 'zod/v4/mini';
