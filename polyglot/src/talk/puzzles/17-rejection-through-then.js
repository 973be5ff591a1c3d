// A rejection passing a then() without a rejection handler still costs one hop.
const log = (s) => console.log(s);
Promise.reject(new Error('no luck'))
  .then(() => log('never'))
  .catch((error) => log(`caught: ${error.message}`));
Promise.resolve()
  .then(() => log('tick 1'))
  .then(() => log('tick 2'))
  .then(() => log('tick 3'));
log('script done');
