// Promise.any skips rejections and takes the first value; when all reject, an AggregateError.
const log = (s) => console.log(s);
const later = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const fail = (ms, message) => new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));
Promise.any([fail(5, 'mirror 1 down'), later(20, 'mirror 2'), later(30, 'mirror 3')]).then((v) => log(`any: ${v}`));
Promise.any([fail(10, 'a'), fail(15, 'b')])
  .catch((e) => log(`${e.message}: ${e.errors.map((x) => x.message).join(',')}`));
log('script done');
