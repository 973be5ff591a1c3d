// Promise.allSettled waits for every input and reports each outcome in input order.
const log = (s) => console.log(s);
const fail = (ms, message) => new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));
const later = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
Promise.allSettled([later(20, 'late value'), fail(10, 'early failure'), Promise.resolve('now')])
  .then((outcomes) => outcomes.forEach((o) => log(o.status === 'fulfilled' ? `fulfilled: ${o.value}` : `rejected: ${o.reason.message}`)));
log('script done');
