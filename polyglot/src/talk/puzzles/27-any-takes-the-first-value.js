// Promise.any skips rejections and takes the first value; when all reject, an AggregateError.
const log = (s) => console.log(s);
const later = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const fail = (ms, message) => new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));
Promise.any([fail(50, 'mirror 1 down'), later(200, 'mirror 2'), later(300, 'mirror 3')]).then((v) => log(`any: ${v}`));
Promise.any([fail(100, 'a'), fail(150, 'b')])
  .catch((e) => log(`${e.message}: ${e.errors.map((x) => x.message).join(',')}`));
log('script done');
