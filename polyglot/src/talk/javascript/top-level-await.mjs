// An ES module (.mjs, or "type": "module") may await at its top level: the module itself is asynchronous.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

console.log('before the top-level await');
const greeting = await sleep(100).then(() => 'Hello Guido van Rossum \u{1F44B}');
console.log(greeting);
console.log('after the top-level await');
