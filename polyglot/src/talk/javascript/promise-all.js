// Three promises on one thread, awaited together: 3 s in all, results in the order asked.
const scale = Number(process.argv[2] ?? 1);
const clock = () => new Date().toTimeString().slice(0, 8);
const sleep = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

async function greetAfter(delay, person) {
  await sleep(delay); // hands the thread back to the event loop
  const message = `Hello ${person} \u{1F44B}`;
  console.log(message);
  return message;
}

async function main() {
  const results = await Promise.all([
    greetAfter(3 * scale, 'Guido van Rossum'),
    greetAfter(2 * scale, 'Sebastián Ramírez'),
    greetAfter(1 * scale, 'Luciano Ramalho'),
  ]);
  console.log(`Finished at ${clock()}`);
  console.log(`gather returned, in the order asked: ${results.join(', ')}`);
}

const began = performance.now();
console.log(`Started at ${clock()}`);
main().then(() => console.error(`elapsed: ${((performance.now() - began) / 1000).toFixed(3)} s`));
