// Where the build scripts print progress. Under npm's `prepack`, stdout belongs to `npm pack --json`
// (tools parse it as JSON), so progress and child tools' output go to stderr there (PACK4).
const toStderr = process.env.npm_lifecycle_event === 'prepack';

/** Prints a progress line. */
export const info = toStderr ? console.error : console.log;

/** `stdio` for a child tool run by the build. */
export const childStdio = toStderr ? ['inherit', 2, 'inherit'] : 'inherit';
