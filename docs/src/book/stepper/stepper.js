// The book's stepper: steps through a trace the loop recorded (format workbook-trace/1, see
// workbook.eventloop.trace.TraceJson). No framework, no network: it reads the JSON the page carries.
(function () {
  'use strict';

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function box(title, className) {
    const section = element('section', 'stepper-box ' + className);
    section.appendChild(element('h4', null, title));
    const list = element('ol');
    section.appendChild(list);
    return { section: section, list: list };
  }

  function fill(list, items, emptyText) {
    list.textContent = '';
    if (items.length === 0) {
      list.appendChild(element('li', 'stepper-empty', emptyText));
      return;
    }
    items.forEach(function (item) { list.appendChild(element('li', null, item)); });
  }

  function button(label, action, title) {
    const b = element('button', 'stepper-' + action, label);
    b.type = 'button';
    b.title = title;
    return b;
  }

  function build(root) {
    const trace = JSON.parse(root.querySelector('script.stepper-trace').textContent);
    const frames = trace.frames;
    const asyncio = trace.rules === 'asyncio';
    let at = 0;

    const controls = element('div', 'stepper-controls');
    const first = button('⏮', 'first', 'back to the start (Home)');
    const back = button('◀', 'back', 'one step back (←)');
    const forward = button('▶', 'forward', 'one step forward (→)');
    const last = button('⏭', 'last', 'to the end (End)');
    const counter = element('span', 'stepper-counter');
    [first, back, forward, last, counter].forEach(function (node) { controls.appendChild(node); });

    const says = element('p', 'stepper-says');
    says.setAttribute('aria-live', 'polite');

    const source = element('pre', 'stepper-source');
    const lines = {};
    trace.source.lines.forEach(function (line, index) {
      if (index > 0 && line.n !== trace.source.lines[index - 1].n + 1) {
        source.appendChild(element('span', 'stepper-gap', '   …\n'));
      }
      const row = element('span', 'stepper-line', String(line.n).padStart(4, ' ') + '  ' + line.text + '\n');
      lines[line.n] = row;
      source.appendChild(row);
    });
    const sourceBox = element('section', 'stepper-box stepper-code');
    sourceBox.appendChild(element('h4', null, trace.source.file.split('/').pop()));
    sourceBox.appendChild(source);

    const stack = box('Call stack', 'stepper-stack');
    const timers = box(asyncio ? 'Timers (call_later)' : 'Timers waiting (web APIs)', 'stepper-timers');
    const tasks = box(asyncio ? 'Ready queue' : 'Task queue', 'stepper-tasks');
    const microtasks = box('Microtask queue', 'stepper-microtasks');
    const consoleBox = box('Console', 'stepper-console');

    const picture = element('div', 'stepper-picture');
    [stack, timers, tasks].forEach(function (b) { picture.appendChild(b.section); });
    if (!asyncio) picture.appendChild(microtasks.section);
    picture.appendChild(consoleBox.section);

    const body = element('div', 'stepper-body');
    body.appendChild(sourceBox);
    body.appendChild(picture);
    [controls, says, body].forEach(function (node) { root.appendChild(node); });

    function show(index) {
      at = Math.max(0, Math.min(frames.length - 1, index));
      const frame = frames[at];
      counter.textContent = 'step ' + frame.step + ' of ' + (frames.length - 1) + ' · ' + Number(frame.ms).toLocaleString('en') + ' ms';
      says.textContent = frame.says;
      fill(stack.list, frame.stack.slice().reverse(), '(empty)');
      fill(timers.list, frame.timers, '(none)');
      fill(tasks.list, asyncio ? frame.ready : frame.tasks, '(empty)');
      fill(microtasks.list, frame.microtasks, '(empty)');
      fill(consoleBox.list, frame.console, '');
      Object.keys(lines).forEach(function (n) { lines[n].classList.toggle('stepper-running', Number(n) === frame.line); });
      first.disabled = back.disabled = at === 0;
      forward.disabled = last.disabled = at === frames.length - 1;
      root.dataset.step = String(at);
    }

    first.addEventListener('click', function () { show(0); });
    back.addEventListener('click', function () { show(at - 1); });
    forward.addEventListener('click', function () { show(at + 1); });
    last.addEventListener('click', function () { show(frames.length - 1); });
    root.addEventListener('keydown', function (event) {
      const moves = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: frames.length - 1 };
      if (event.key in moves) {
        show(moves[event.key]);
        event.preventDefault();
      }
    });
    root.tabIndex = 0;
    root.dataset.steps = String(frames.length - 1);
    show(0);
  }

  function start() {
    document.querySelectorAll('div.stepper').forEach(build);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
