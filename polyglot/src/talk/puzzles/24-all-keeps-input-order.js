// Promise.all gives the values in input order, whatever order they arrive in; the first rejection wins.
const log = (s) => console.log(s);
const sleep = (ms, value) => new Promise((resolve) => setTimeout(() => { log(`${value} arrives`); resolve(value); }, ms));
Promise.all([sleep(300, 'slow'), sleep(100, 'fast'), sleep(200, 'middle')])
  .then((values) => log(`all: ${values.join(',')}`));
Promise.all([sleep(50, 'quick'), Promise.reject(new Error('broken'))])
  .catch((error) => log(`all rejected: ${error.message}`));
log('script done');
