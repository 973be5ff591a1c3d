// Calling an async function runs it at once, up to its first await.
const log = (s) => console.log(s);
async function greet(name) {
  log(`${name} starts`);
  await null;
  log(`${name} resumes`);
}
async function main() {
  greet('a');
  greet('b');
  log('main goes on');
}
main();
