// What every third-party check script shares: named checks that print PASS/FAIL, a summary line
// "N passed, N failed" with the exit code (1 when a check failed), and a promise deadline.
let passed = 0;
let failed = 0;

export async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`PASS ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error?.constructor?.name} ${error?.message ?? JSON.stringify(error)}`);
  }
}

export function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

export function within(promise, millis, what) {
  return Promise.race([promise, new Promise((_, reject) =>
    setTimeout(() => reject(new Error('no ' + what + ' within ' + millis + ' ms')), millis))]);
}

export function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
