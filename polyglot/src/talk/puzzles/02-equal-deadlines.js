// Timers with the same delay fire in the order they were set.
const log = (s) => console.log(s);
for (const name of ['first', 'second', 'third']) {
  setTimeout(() => log(name), 10);
}
log('script done');
