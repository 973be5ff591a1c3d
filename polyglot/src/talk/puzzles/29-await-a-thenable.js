// Awaiting a thenable (not a promise) costs two more hops than awaiting a promise.
const log = (s) => console.log(s);
const thenable = { then(resolve) { log('then called'); resolve('from thenable'); } };
(async () => log(`awaited ${await thenable}`))();
(async () => log(`awaited ${await Promise.resolve('from promise')}`))();
Promise.resolve()
  .then(() => log('tick 1'))
  .then(() => log('tick 2'))
  .then(() => log('tick 3'));
log('script done');
