// A then() callback that returns a promise: the next step waits two extra hops for the adoption.
const log = (s) => console.log(s);
Promise.resolve()
  .then(() => Promise.resolve('inner'))
  .then((value) => log(`adopted ${value}`));
Promise.resolve()
  .then(() => log('tick 1'))
  .then(() => log('tick 2'))
  .then(() => log('tick 3'))
  .then(() => log('tick 4'));
log('script done');
