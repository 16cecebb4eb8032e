// The pass/fail bookkeeping every node test here shares: check() counts,
// prints what failed, and finish() prints the tally and sets the exit
// status; need() imports a test dependency or fails, naming the fix.
let passed = 0, failed = 0;

export function check(cond, what) {
  if (cond) { passed++; return; }
  failed++;
  console.log('FAIL ' + what);
}

export function finish(name) {
  console.log(`${name ? name + ': ' : ''}${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

export async function need(...specifiers) {
  try {
    return await Promise.all(specifiers.map(async (s) => (await import(s)).default));
  } catch (e) {
    console.log('FAIL the validator is not installed (run scripts/install-deps): ' + e.message);
    process.exit(1);
  }
}
