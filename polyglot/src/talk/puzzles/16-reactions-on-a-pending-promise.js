// Three reactions on one pending promise run in the order they were registered.
const log = (s) => console.log(s);
let open;
const door = new Promise((resolve) => { open = resolve; });
door.then(() => log('first'));
door.then(() => log('second'));
door.then(() => log('third'));
setTimeout(() => open(), 0);
log('script done');
