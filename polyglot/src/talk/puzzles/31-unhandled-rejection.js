// A rejection nobody handles ends the program once the microtasks have run: the timer never fires.
const log = (s) => console.log(s);
setTimeout(() => log('timer, never printed'), 0);
Promise.reject(new Error('nobody listens'));
Promise.resolve().then(() => log('microtask still runs'));
log('script done');
