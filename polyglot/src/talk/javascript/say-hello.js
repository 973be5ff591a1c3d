// The talk's say_hello / print_warmup: an async function runs at once, up to its first await.
const scale = Number(process.argv[2] ?? 1);

function wait() {
  return new Promise((resolve) => {
    setTimeout(() => {
      console.log('Thanks for waiting');
      resolve();
    }, 4000 * scale);
  });
}

async function sayHello() {
  console.log('Hello');
  console.log('Hello');
  await wait();
  console.log('World');
}

function printWarmup() {
  console.log('Pythonistas');
}

sayHello();
printWarmup();
