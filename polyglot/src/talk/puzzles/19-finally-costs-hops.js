// finally() runs its callback one hop in, but passes the value on two hops later than a then() would.
const log = (s) => console.log(s);
Promise.resolve('value')
  .finally(() => log('finally runs'))
  .then((value) => log(`after finally: ${value}`));
Promise.resolve()
  .then(() => log('tick 1'))
  .then(() => log('tick 2'))
  .then(() => log('tick 3'))
  .then(() => log('tick 4'));
log('script done');
