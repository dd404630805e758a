// What the build gives for `import … from 'zod'`: zod itself, set up first to run without eval.
import './jitless';

export * from 'zod/v4';
