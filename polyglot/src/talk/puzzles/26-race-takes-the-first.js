// Promise.race settles like the first input to settle, rejection or not, one hop after it.
const log = (s) => console.log(s);
const later = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const fail = (ms, message) => new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));
Promise.race([later(200, 'tortoise'), later(100, 'hare')]).then((v) => log(`race won by ${v}`));
Promise.race([later(200, 'value'), fail(100, 'timeout')]).catch((e) => log(`race lost: ${e.message}`));
Promise.race([Promise.resolve('settled'), 'plain']).then((v) => log(`race of settled: ${v}`));
log('script done');
