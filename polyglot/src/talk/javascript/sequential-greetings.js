// Three greetings, one after another: 3 + 2 + 1 = 6 s (pass a scale, e.g. 0.1, to wait less).
const scale = Number(process.argv[2] ?? 1);
const clock = () => new Date().toTimeString().slice(0, 8);

function sleepBlocking(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms); // blocks the one thread, like time.sleep
}

function greetAfter(delay, person) {
  sleepBlocking(delay * 1000);
  console.log(`Hello ${person} \u{1F44B}`);
}

const began = performance.now();
console.log(`Started at ${clock()}`);
greetAfter(3 * scale, 'Guido van Rossum');
greetAfter(2 * scale, 'Sebastián Ramírez');
greetAfter(1 * scale, 'Luciano Ramalho');
console.log(`Finished at ${clock()}`);
console.error(`elapsed: ${((performance.now() - began) / 1000).toFixed(3)} s`);
