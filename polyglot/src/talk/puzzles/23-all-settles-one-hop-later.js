// Promise.all settles one hop after its last input: its own reaction does the counting.
const log = (s) => console.log(s);
const a = Promise.resolve('a');
const b = Promise.resolve('b');
Promise.all([a, b]).then((values) => log(`all: ${values.join(',')}`));
b.then(() => log('b reaction'));
Promise.resolve()
  .then(() => log('tick 1'))
  .then(() => log('tick 2'));
log('script done');
