// A rejection is thrown at the await, where try/catch takes it; the async function's promise is fine.
const log = (s) => console.log(s);
async function fetchUser() {
  await null;
  throw new Error('user not found');
}
async function main() {
  try {
    await fetchUser();
    log('never');
  } catch (error) {
    log(`caught at await: ${error.message}`);
  }
  return 'recovered';
}
main().then((v) => log(`main: ${v}`));
log('script done');
