// Installed into every document before the page's own scripts (settled.py): keeps a record of what could
// still change the page — DOM changes, requests in flight, timers, animation frames, open connections — so
// a failing check can tell a settled page (nothing can change it any more) from one that is still working.
// It only counts; every wrapped function behaves as before.
(() => {
  const W = window;
  if (W.__pactsSettled) return;
  const now = () => performance.now();
  const s = {
    changed: now(), // the last DOM change or asynchronous callback
    timers: new Map(), // setTimeout id -> when it is due
    strings: new Set(), // timeouts with a string handler (not wrapped: dropped once well past due)
    intervals: new Map(), // setInterval id -> [delay, when it is first due (Infinity once it has run)]
    frames: new Set(), // pending animation-frame and idle callbacks
    fetches: 0, // fetch() calls and response bodies being read
    xhrs: 0,
    tasks: 0, // scheduler.postTask callbacks not run yet
    storage: 0, // IndexedDB opens and transactions not finished
    connections: 0, // open WebSockets, EventSources; workers and broadcast channels (never closed for us)
    leaving: false, // a navigation away from this document has begun
  };
  Object.defineProperty(W, "__pactsSettled", { value: s, enumerable: false });
  const work = () => { s.changed = now(); };
  const wrap = (owner, name, make) => {
    const original = owner && owner[name];
    if (typeof original === "function") owner[name] = make(original);
  };
  // A string handler is passed on as it is (it runs as the page's CSP allows); its timer counts until it is due.
  const callback = (handler, done) => (typeof handler === "function"
    ? function () { done(); work(); return handler.apply(this, arguments); }
    : handler);

  wrap(W, "setTimeout", (original) => function (handler, delay, ...rest) {
    let id;
    id = original.call(W, callback(handler, () => s.timers.delete(id)), delay, ...rest);
    s.timers.set(id, now() + Math.max(0, Number(delay) || 0));
    if (typeof handler !== "function") s.strings.add(id);
    return id;
  });
  wrap(W, "setInterval", (original) => function (handler, delay, ...rest) {
    const every = Math.max(0, Number(delay) || 0);
    let id;
    // once it has run, an interval is the page's own heartbeat (a session keep-alive, a clock): what it changes in the
    // DOM counts, as any change does, but its running alone and its next turn are no change to wait for
    const ticked = () => { if (s.intervals.has(id)) s.intervals.set(id, [every, Infinity]); };
    id = original.call(W, typeof handler === "function" ? function () { ticked(); return handler.apply(this, arguments); } : handler,
      delay, ...rest);
    s.intervals.set(id, [every, now() + every]);
    if (typeof handler !== "function") s.intervals.set(id, [every, -Infinity]);  // a string interval: always due
    return id;
  });
  for (const name of ["clearTimeout", "clearInterval"]) {  // either clears either kind of timer
    wrap(W, name, (original) => function (id) { s.timers.delete(id); s.intervals.delete(id); return original.call(W, id); });
  }
  for (const [ask, cancel, tag] of [["requestAnimationFrame", "cancelAnimationFrame", "f"], ["requestIdleCallback", "cancelIdleCallback", "i"]]) {
    wrap(W, ask, (original) => function (handler, ...rest) {
      let id;
      id = original.call(W, callback(handler, () => s.frames.delete(tag + id)), ...rest);
      s.frames.add(tag + id);
      return id;
    });
    wrap(W, cancel, (original) => function (id) { s.frames.delete(tag + id); return original.call(W, id); });
  }

  // Counts a pending promise; the page gets a promise that settles with it, so its own rejection handling
  // (or an unhandled rejection report) is unchanged.
  const settle = (promise, key) => {
    s[key]++;
    let open = true;
    const done = () => { if (open) { open = false; s[key]--; work(); } };
    return promise.then((value) => { done(); return value; }, (error) => { done(); throw error; });
  };
  wrap(W, "fetch", (original) => function () { return settle(original.apply(W, arguments), "fetches"); });
  if (W.Response) {
    for (const name of ["json", "text", "arrayBuffer", "blob", "formData", "bytes"]) {
      wrap(W.Response.prototype, name, (original) => function () { return settle(original.apply(this, arguments), "fetches"); });
    }
  }
  if (W.XMLHttpRequest) {
    wrap(W.XMLHttpRequest.prototype, "send", (original) => function () {
      s.xhrs++;
      let open = true;
      const done = () => { if (open) { open = false; s.xhrs--; work(); } };
      this.addEventListener("loadend", done);
      try { return original.apply(this, arguments); } catch (error) { done(); throw error; }
    });
  }
  if (W.scheduler) {
    wrap(W.scheduler, "postTask", (original) => function () { return settle(original.apply(W.scheduler, arguments), "tasks"); });
  }
  if (W.IDBFactory) {
    wrap(W.IDBFactory.prototype, "open", (original) => function () {
      const request = original.apply(this, arguments);
      s.storage++;
      let open = true;
      const done = () => { if (open) { open = false; s.storage--; work(); } };
      request.addEventListener("success", done);
      request.addEventListener("error", done);
      return request;
    });
  }
  if (W.IDBDatabase) {
    wrap(W.IDBDatabase.prototype, "transaction", (original) => function () {
      const transaction = original.apply(this, arguments);
      s.storage++;
      let open = true;
      const done = () => { if (open) { open = false; s.storage--; work(); } };
      for (const end of ["complete", "abort", "error"]) transaction.addEventListener(end, done);
      return transaction;
    });
  }
  const connection = (name, closes) => {
    const original = W[name];
    if (typeof original !== "function") return;
    W[name] = new Proxy(original, {
      construct(target, args, newTarget) {
        const made = Reflect.construct(target, args, newTarget);
        s.connections++;
        if (closes) {
          let open = true;
          closes(made, () => { if (open) { open = false; s.connections--; work(); } });
        }
        return made;
      },
    });
  };
  connection("WebSocket", (socket, done) => socket.addEventListener("close", done));
  connection("EventSource", (source, done) => {
    const close = source.close;
    source.close = function () { done(); return close.apply(this, arguments); };
    source.addEventListener("error", () => { if (source.readyState === 2) done(); });
  });
  for (const name of ["Worker", "SharedWorker", "BroadcastChannel"]) connection(name, null);
  if (W.MessagePort) wrap(W.MessagePort.prototype, "postMessage", (original) => function () { work(); return original.apply(this, arguments); });
  W.addEventListener("message", work, true);
  W.addEventListener("beforeunload", () => { s.leaving = true; }, true);
  W.addEventListener("pageshow", () => { s.leaving = false; work(); }, true);

  try {  // a long task (the main thread blocked) is work too
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) s.changed = Math.max(s.changed, task.startTime + task.duration);
    }).observe({ type: "longtask" });
  } catch (error) { /* no long-task timing here */ }
  for (const input of ["pointerdown", "pointerup", "click", "keydown", "keyup", "input", "change", "submit", "focusin", "pointerover"]) {
    W.addEventListener(input, work, true);  // what the test just did may start work a moment later
  }

  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  const observer = new MutationObserver(work);
  observer.observe(document, options);
  if (W.Element && Element.prototype.attachShadow) {
    wrap(Element.prototype, "attachShadow", (original) => function () {
      const root = original.apply(this, arguments);
      observer.observe(root, options);
      return root;
    });
  }

  // What is still pending that could change the page within `horizonMs` (a list of reasons), and how long
  // the page has been without change.
  s.report = (horizonMs) => {
    const at = now();
    const until = at + horizonMs;
    const pending = [];
    if (document.readyState !== "complete") pending.push("the page is still loading");
    if (s.leaving) pending.push("the page is navigating away");
    if (s.fetches + s.xhrs) pending.push(`${s.fetches + s.xhrs} request(s) in flight`);
    for (const id of s.strings) {
      if (!s.timers.has(id) || s.timers.get(id) < at - 100) { s.timers.delete(id); s.strings.delete(id); }
    }
    let due = Infinity;
    for (const when of s.timers.values()) due = Math.min(due, when);
    for (const [, when] of s.intervals.values()) due = Math.min(due, when);
    if (due <= until) pending.push(`a timer due in ${Math.max(0, due - at).toFixed(0)} ms`);
    if (s.frames.size) pending.push("an animation frame or idle callback");
    if (s.tasks) pending.push("a scheduled task");
    if (s.storage) pending.push("an IndexedDB request");
    if (s.connections) pending.push("an open connection or worker");
    if (document.getAnimations && document.getAnimations().some((a) => a.playState === "running" || a.pending)) pending.push("an animation running");
    if (document.fonts && document.fonts.status === "loading") pending.push("a font loading");
    if (document.querySelector('meta[http-equiv="refresh" i]')) pending.push("a meta refresh");
    if (Array.prototype.some.call(document.querySelectorAll("video,audio"), (m) => !m.paused && !m.ended)) pending.push("media playing");
    return { quiet_ms: Math.max(0, at - s.changed), pending };
  };
})();
