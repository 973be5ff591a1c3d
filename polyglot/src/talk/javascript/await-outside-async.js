// await outside an async function: node refuses the whole file before running a line of it.
console.log('never printed: the file does not compile');

function greet() {
  const promise = Promise.resolve('Hello Guido van Rossum \u{1F44B}');
  const greeting = await promise; // SyntaxError: await is only valid in async functions
  console.log(greeting);
}

greet();
