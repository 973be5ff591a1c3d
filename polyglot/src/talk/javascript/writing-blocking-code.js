// The pitfall: 10, 2 and 3 s awaited one by one take 15 s; with Promise.all, 10 s.
// Usage: node writing-blocking-code.js [scale] [one-by-one or gather]
const scale = Number(process.argv[2] ?? 1);
const mode = process.argv[3] ?? 'one-by-one';
const clock = () => new Date().toTimeString().slice(0, 8);
const sleep = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

async function greetAfter(delay, person) {
  await sleep(delay);
  console.log(`Hello ${person} \u{1F44B}`);
}

const greetings = [[10, 'Guido van Rossum'], [2, 'Sebastián Ramírez'], [3, 'Luciano Ramalho']];

async function main() {
  if (mode === 'one-by-one') {
    for (const [delay, person] of greetings) {
      await greetAfter(delay * scale, person); // the next one starts only when this one is done
    }
  } else {
    await Promise.all(greetings.map(([delay, person]) => greetAfter(delay * scale, person)));
  }
}

const began = performance.now();
console.log(`Started at ${clock()}`);
main().then(() => {
  console.log(`Finished at ${clock()}`);
  console.error(`elapsed: ${((performance.now() - began) / 1000).toFixed(3)} s`);
});
