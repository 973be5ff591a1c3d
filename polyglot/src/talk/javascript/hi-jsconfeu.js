// Hi and JSConfEU at once; there after the timer (5 s, or 5 s x scale).
const scale = Number(process.argv[2] ?? 1);
console.log('Hi');
setTimeout(function cb() {
  console.log('there');
}, 5000 * scale);
console.log('JSConfEU');
