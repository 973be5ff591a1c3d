// A value passing a catch() costs one hop too.
const log = (s) => console.log(s);
Promise.resolve('ok')
  .catch(() => log('never'))
  .then((value) => log(`then got ${value}`));
Promise.resolve()
  .then(() => log('tick 1'))
  .then(() => log('tick 2'));
log('script done');
