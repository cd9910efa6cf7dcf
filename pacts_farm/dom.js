// In-page helpers for pacts-farm. Each entry point returns a JSON *string* (much cheaper to ship than objects).
(() => {
  if (window.__pactsDom) return;
  const IMPLICIT = {
    A: (el) => (el.hasAttribute("href") ? "link" : null),
    BUTTON: () => "button", SELECT: (el) => (el.multiple || el.size > 1 ? "listbox" : "combobox"),
    TEXTAREA: () => "textbox", H1: () => "heading", H2: () => "heading", H3: () => "heading",
    H4: () => "heading", H5: () => "heading", H6: () => "heading", IMG: (el) => (el.getAttribute("alt") === "" ? "presentation" : "img"),
    NAV: () => "navigation", DIALOG: () => "dialog", LI: () => "listitem", SUMMARY: () => "button",
    OPTION: () => "option", TABLE: () => "table", TR: () => "row", TD: () => "cell", FORM: () => null,
    INPUT: (el) => {
      const t = (el.getAttribute("type") || "text").toLowerCase();
      if (["submit", "button", "reset", "image"].includes(t)) return "button";
      if (t === "checkbox") return "checkbox";
      if (t === "radio") return "radio";
      if (t === "range") return "slider";
      if (t === "number") return "spinbutton";
      if (t === "search") return "searchbox";
      if (["text", "email", "tel", "url", ""].includes(t)) return "textbox";
      return null; // password, hidden, file...: no role
    },
  };
  const INTERACTIVE = new Set(["button", "link", "textbox", "searchbox", "combobox", "listbox", "checkbox", "radio",
    "slider", "spinbutton", "switch", "tab", "menuitem", "option", "treeitem"]);
  const clean = (s) => (s || "").replace(/\s+/g, " ").trim();
  const roleOf = (el) => el.getAttribute("role") || (IMPLICIT[el.tagName] ? IMPLICIT[el.tagName](el) : null);
  const textOf = (el) => clean(el.innerText !== undefined ? el.innerText : el.textContent);
  function labelOf(el) {
    if (el.labels && el.labels.length) return clean(Array.from(el.labels).map((l) => l.innerText).join(" "));
    return "";
  }
  function nameOf(el, role) {
    const by = el.getAttribute("aria-labelledby");
    if (by) {
      const text = by.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean).map(textOf).join(" ");
      if (clean(text)) return clean(text);
    }
    const aria = clean(el.getAttribute("aria-label"));
    if (aria) return aria;
    const tag = el.tagName;
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") {
      const t = (el.getAttribute("type") || "").toLowerCase();
      if (["submit", "button", "reset"].includes(t)) return clean(el.value) || (t === "submit" ? "Submit" : "");
      if (t === "image") return clean(el.getAttribute("alt"));
      return labelOf(el) || clean(el.getAttribute("title")) || clean(el.getAttribute("placeholder"));
    }
    if (tag === "IMG") return clean(el.getAttribute("alt")) || clean(el.getAttribute("title"));
    if (["button", "link", "heading", "tab", "menuitem", "option", "checkbox", "radio", "switch", "cell", "treeitem"].includes(role) || tag === "SUMMARY") {
      let text = textOf(el);
      if (!text) text = Array.from(el.querySelectorAll("img[alt]")).map((i) => i.getAttribute("alt")).join(" ");
      if (!text) {
        const svgTitle = el.querySelector("svg title");
        if (svgTitle) text = clean(svgTitle.textContent);
      }
      return clean(text) || clean(el.getAttribute("title"));
    }
    return clean(el.getAttribute("title"));
  }
  function hiddenByAria(el) {
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      if (n.getAttribute("aria-hidden") === "true" || n.hasAttribute("inert")) return true;
    }
    return false;
  }
  function visibleFacts(el) {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const reasons = [];
    if (r.width < 1 || r.height < 1) reasons.push("zero-size");
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) reasons.push("hidden by CSS");
    else if (style.visibility === "hidden" || style.display === "none" || Number(style.opacity) === 0) reasons.push("hidden by CSS");
    if (hiddenByAria(el)) reasons.push("aria-hidden or inert");
    const docW = Math.max(document.documentElement.scrollWidth, innerWidth);
    const docH = Math.max(document.documentElement.scrollHeight, innerHeight);
    const x = r.left + scrollX, y = r.top + scrollY;
    if (x + r.width <= 0 || y + r.height <= 0 || x >= docW || y >= docH) reasons.push("off-screen");
    return { rect: r, reasons };
  }
  function describe(el) {
    if (!el) return "nothing";
    let s = el.tagName.toLowerCase();
    if (el.id) s += "#" + el.id;
    const cls = (el.getAttribute("class") || "").trim().split(/\s+/).filter(Boolean).slice(0, 2);
    if (cls.length) s += "." + cls.join(".");
    return s;
  }
  function signature(el) {
    const cls = (el.getAttribute("class") || "").trim().split(/\s+/).filter(Boolean).sort().join(".");
    return el.tagName + "|" + cls + "|" + (el.getAttribute("data-test") || el.getAttribute("data-testid") || "");
  }
  function cssFor(el) {
    const test = el.getAttribute("data-test") || el.getAttribute("data-testid");
    if (test) return "[" + (el.hasAttribute("data-test") ? "data-test" : "data-testid") + '="' + test + '"]';
    const cls = (el.getAttribute("class") || "").trim().split(/\s+/).filter((c) => c && !/\d{3,}/.test(c));
    return el.tagName.toLowerCase() + cls.map((c) => "." + CSS.escape(c)).join("");
  }
  function containerOf(el, scope) {
    // the nearest ancestor repeated among its siblings (a card, a row, a list item);
    // without one, the nearest ancestor whose text names the scope (a lone cart row)
    let named = null;
    for (let n = el.parentElement; n && n !== document.body; n = n.parentElement) {
      const parent = n.parentElement;
      if (!parent) break;
      const sig = signature(n);
      let same = 0;
      for (const sib of parent.children) if (signature(sib) === sig) same++;
      if (same >= 2) return n;
      if (scope && !named && textOf(n).toLowerCase().includes(scope)) named = n;
    }
    return named;
  }
  function words(s) {
    return clean(s).toLowerCase().replace(/([a-z])([A-Z])/g, "$1 $2").split(/[^a-z0-9]+/).filter(Boolean);
  }

  window.__pactsDom = {
    scan(query) {
      // query: {tokens: [...], scope: "Blue Mug" | null}
      const tokens = new Set(query.tokens || []);
      const scope = (query.scope || "").toLowerCase();
      const found = [];
      const all = document.body ? document.body.querySelectorAll("*") : [];
      window.__pactsEls = [];
      for (const el of all) {
        if (["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "svg", "path", "circle", "HTML", "HEAD"].includes(el.tagName)) continue;
        const role = roleOf(el);
        const name = nameOf(el, role);
        const attrs = {};
        for (const a of ["id", "class", "name", "data-test", "data-testid", "data-qa", "aria-label", "title", "alt", "placeholder", "type", "href", "value"]) {
          const v = el.getAttribute(a);
          if (v !== null && v !== "") attrs[a] = a === "value" || a === "href" ? v.slice(0, 120) : v;
        }
        const interactive = INTERACTIVE.has(role) || el.isContentEditable || el.hasAttribute("onclick");
        const ownText = clean(Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join(" "));
        const hay = words([name, ownText, attrs.id, attrs.class, attrs.name, attrs["data-test"], attrs["data-testid"], attrs["data-qa"], attrs.title, attrs.alt, attrs.placeholder, labelOf(el)].join(" "));
        const hits = hay.filter((w) => tokens.has(w)).length;
        if (!hits && !(interactive && tokens.size === 0)) continue;
        const container = containerOf(el, scope);
        const containerText = container ? textOf(container).slice(0, 300) : "";
        if (scope && !containerText.toLowerCase().includes(scope)) continue;
        const facts = visibleFacts(el);
        window.__pactsEls.push(el);
        found.push({
          i: window.__pactsEls.length - 1,
          tag: el.tagName.toLowerCase(), role, name, text: textOf(el).slice(0, 160), own_text: ownText.slice(0, 160),
          label: labelOf(el), attrs, interactive,
          visible: facts.reasons.length === 0, hidden_because: facts.reasons.join(", "),
          enabled: !(el.disabled || el.getAttribute("aria-disabled") === "true"),
          container: container ? cssFor(container) : null, container_text: containerText.slice(0, 160),
          neighbourhood: clean((el.parentElement ? textOf(el.parentElement) : "")).slice(0, 80),
        });
        if (found.length >= 400) break;
      }
      return JSON.stringify(found);
    },
    same(el, i) {
      return !!window.__pactsEls && window.__pactsEls[i] === el;
    },
    fingerprint(el) {
      const role = roleOf(el);
      const attrs = {};
      for (const a of ["id", "name", "data-test", "data-testid", "type", "placeholder"]) {
        const v = el.getAttribute(a);
        if (v) attrs[a] = v;
      }
      return JSON.stringify({ tag: el.tagName.toLowerCase(), role, name: nameOf(el, role), attrs,
        neighbourhood: clean(el.parentElement ? textOf(el.parentElement) : "").slice(0, 80) });
    },
    inspect(els, withGate) {
      // one synchronous round trip for a cached locator: how many match, what the one looks like, can a user act on it
      if (els.length !== 1) return JSON.stringify({ count: els.length });
      const fingerprint = JSON.parse(window.__pactsDom.fingerprint(els[0]));
      const gate = withGate ? JSON.parse(window.__pactsDom.check(els[0], null)) : null;
      return JSON.stringify({ count: 1, fingerprint, gate });
    },
    ready(el, want) {
      // the warm path's whole check, strict: the same tag, role and name as cached, and (want.gate) usable now
      const fp = JSON.parse(window.__pactsDom.fingerprint(el));
      if (fp.tag !== want.tag || (fp.role || "") !== (want.role || "") || fp.name !== want.name) return false;
      return !want.gate || JSON.parse(window.__pactsDom.check(el, null)).reasons.length === 0;
    },
    async gate(el) {
      // the thorough gate: the element must also hold still over two animation frames
      const inView = () => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth; };
      if (!inView()) el.scrollIntoView({ block: "center", inline: "center", behavior: "instant" });
      const first = el.getBoundingClientRect();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));  // two frames, as Playwright does
      return window.__pactsDom.check(el, first);
    },
    check(el, before) {
      // visible, not covered (hit-test at its centre), enabled; stable only when an earlier rect is given
      if (!before) {
        const v = el.getBoundingClientRect();
        if (v.top < 0 || v.left < 0 || v.bottom > innerHeight || v.right > innerWidth) el.scrollIntoView({ block: "center", inline: "center", behavior: "instant" });
      }
      const facts = visibleFacts(el);
      const r = facts.rect;
      const stable = before ? Math.abs(r.x - before.x) < 1 && Math.abs(r.y - before.y) < 1 && Math.abs(r.width - before.width) < 1 && Math.abs(r.height - before.height) < 1 : null;
      const reasons = facts.reasons.slice();
      let coveredBy = null;
      if (!reasons.length) {
        const cx = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
        const cy = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
        const hit = document.elementFromPoint(cx, cy);
        const ok = hit && (hit === el || el.contains(hit) || (hit.control && hit.control === el) || (hit.tagName === "LABEL" && hit.contains(el)));
        if (!ok) { coveredBy = describe(hit); reasons.push("covered by " + coveredBy); }
      }
      if (stable === false) reasons.push("moving");
      const enabled = !(el.disabled || el.matches(":disabled") || el.getAttribute("aria-disabled") === "true");
      if (!enabled) reasons.push("disabled");
      return JSON.stringify({ visible: !facts.reasons.length, covered_by: coveredBy, stable, enabled, reasons });
    },
    overlays() {
      // fixed layers covering much of the viewport, each with the control that dismisses it
      const area = innerWidth * innerHeight;
      const dismiss = /accept|agree|allow|got it|^ok$|close|dismiss|continue|no thanks|\u00d7/i;
      window.__pactsOverlayButtons = [];
      const out = [];
      for (const el of document.body.querySelectorAll("*")) {
        const style = getComputedStyle(el);
        if (style.position !== "fixed" && style.position !== "sticky") continue;
        const r = el.getBoundingClientRect();
        if (r.width * r.height < area * 0.25 || style.display === "none" || style.visibility === "hidden") continue;
        const button = Array.from(el.querySelectorAll("button, [role=button], a, input[type=button], input[type=submit]"))
          .find((b) => dismiss.test(nameOf(b, roleOf(b)) || ""));
        if (!button) continue;
        window.__pactsOverlayButtons.push(button);
        out.push({ layer: describe(el), button: nameOf(button, roleOf(button)) });
      }
      return JSON.stringify(out);
    },
    excerpt(el, limit) {
      let node = el || document.body;
      while (node.parentElement && node.outerHTML.length < limit / 2 && node !== document.body) node = node.parentElement;
      return node.outerHTML.slice(0, limit);
    },
    group(query) {
      // the repeated elements a noun names ("products", "cart items", "links" in the footer): count and what they are
      const found = findGroup(query);
      return JSON.stringify(found.error ? found : { count: found.members.length, css: found.css, level: found.level,
        sample: found.members.slice(0, 3).map((el) => textOf(el).slice(0, 60)), others: found.others });
    },
    fieldValues(query) {
      // the visible values of a field (price, name) within the repeated elements a noun names, in page order
      return JSON.stringify(fieldValues(query));
    },
  };

  // --- repeated groups (counts and order): markup words name them, as a person names them ---
  const SYNONYMS = {
    product: ["item", "card", "tile", "listing"], item: ["product", "entry", "card", "row"], result: ["item", "hit", "row", "card"],
    entry: ["item", "row"], card: ["item", "tile"], row: [], user: ["row"], order: ["row", "item"], post: ["article", "entry", "card"],
    article: ["post", "entry", "card"], comment: ["reply"], review: ["comment"], task: ["todo", "item"], todo: ["task", "item"],
    message: ["item"], notification: ["item", "message"], photo: ["image", "img"], image: ["img", "photo"],
  };
  const PART_WORDS = new Set(["name", "title", "price", "desc", "description", "label", "img", "image", "icon", "link", "button", "btn",
    "count", "badge", "quantity", "qty", "list", "container", "wrapper", "grid", "header", "footer", "total", "summary", "pricebar",
    "details", "detail", "info", "body", "content", "inner", "text", "actions", "action", "remove", "add", "filter", "sort", "select"]);
  const stem = (w) => (w.length > 3 && /ies$/.test(w) ? w.slice(0, -3) + "y" : w.length > 3 && /(ss|x|ch|sh)es$/.test(w) ? w.slice(0, -2) : w.length > 3 && /s$/.test(w) && !/ss$/.test(w) ? w.slice(0, -1) : w);
  function markupWords(el) {
    const out = words([el.getAttribute("class"), el.id, el.getAttribute("data-test"), el.getAttribute("data-testid"),
      el.getAttribute("data-qa"), el.getAttribute("data-cy"), el.getAttribute("name"), el.getAttribute("role"),
      el.getAttribute("itemtype") ? el.getAttribute("itemtype").split("/").pop() : ""].join(" "));
    if (el.tagName === "TR") out.push("row");
    if (el.tagName === "ARTICLE") out.push("article");
    return out;
  }
  const REGION_TESTS = {
    header: (n) => n.tagName === "HEADER" || n.getAttribute("role") === "banner" || /\b(header|topbar|top-bar|app-bar|navbar)\b/i.test(n.className || ""),
    footer: (n) => n.tagName === "FOOTER" || n.getAttribute("role") === "contentinfo" || /\bfooter\b/i.test(n.className || "") || /footer/i.test(n.id || ""),
    sidebar: (n) => n.tagName === "ASIDE" || n.getAttribute("role") === "complementary" || /(sidebar|side-bar|sidenav|drawer|bm-menu)/i.test((n.className || "") + " " + (n.id || "")),
    navigation: (n) => n.tagName === "NAV" || n.getAttribute("role") === "navigation" || /\b(nav|navbar|menu)\b/i.test(String(n.className || "")),
    dialog: (n) => n.tagName === "DIALOG" || ["dialog", "alertdialog"].includes(n.getAttribute("role")) || n.getAttribute("aria-modal") === "true" || /\b(modal|dialog|popup)\b/i.test(String(n.className || "")),
    main: (n) => n.tagName === "MAIN" || n.getAttribute("role") === "main",
  };
  function inRegion(el, region) {
    if (!region) return true;
    const test = REGION_TESTS[region];
    if (test) {
      for (let n = el; n && n.nodeType === 1; n = n.parentElement) if (test(n)) return true;
      return false;
    }
    const r = el.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2 + scrollY;
    const docH = Math.max(document.documentElement.scrollHeight, innerHeight);
    const ok = { top: y < innerHeight * 0.25, bottom: y > docH - innerHeight * 0.25, left: x < innerWidth / 3, right: x > innerWidth * 2 / 3 };
    return region.split(" ").every((part) => ok[part] !== undefined ? ok[part] : true);
  }
  const isVisible = (el) => visibleFacts(el).reasons.filter((r) => r !== "off-screen").length === 0;
  function headerRow(el) {
    return el.tagName === "TR" && el.cells && el.cells.length > 0 && Array.from(el.cells).every((c) => c.tagName === "TH");
  }
  function findGroup(query) {
    const wanted = words(query.noun || "").map(stem);
    if (!wanted.length) return { error: "nothing named to count" };
    const all = document.body ? Array.from(document.body.querySelectorAll("*")) : [];
    if (query.role) {
      const members = all.filter((el) => roleOf(el) === query.role && !headerRow(el) && isVisible(el) && inRegion(el, query.region));
      return { members, css: "role=" + query.role, level: 3, others: [] };
    }
    const head = wanted[wanted.length - 1], qualifiers = wanted.slice(0, -1);
    const synonyms = SYNONYMS[head] || [];
    const groups = new Map();
    for (const el of all) {
      if (["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HTML", "HEAD", "BODY", "OPTION"].includes(el.tagName)) continue;
      const raw = markupWords(el);
      const own = raw.map(stem);
      // the word itself ranks first, then its synonyms in the order listed (a product is an item before a card)
      const rank = synonyms.findIndex((w) => own.includes(w));
      const level = own.includes(head) && !raw.includes(head + "s") ? 10 : rank >= 0 ? 9 - rank : 0;
      if (!level || own.some((w) => PART_WORDS.has(w) && w !== head && !qualifiers.includes(w))) continue;
      if (qualifiers.length) {
        const around = new Set();
        for (let n = el; n && n.nodeType === 1; n = n.parentElement) markupWords(n).forEach((w) => around.add(stem(w)));
        if (!qualifiers.every((w) => around.has(w))) continue;
      }
      if (headerRow(el) || !inRegion(el, query.region)) continue;
      const key = signature(el);
      if (!groups.has(key)) groups.set(key, { key, css: cssFor(el), level, all: [] });
      groups.get(key).all.push(el);
    }
    let candidates = Array.from(groups.values());
    const shown = candidates.filter((g) => g.all.some(isVisible));  // the best word among what a person can see
    const best = Math.max(0, ...(shown.length ? shown : candidates).map((g) => g.level));
    candidates = candidates.filter((g) => g.level === best);
    // a container holds two or more of another group's elements: it is the list, not an item of it
    candidates = candidates.filter((g) => !candidates.some((o) => o !== g && g.all.some((el) => o.all.filter((x) => el !== x && el.contains(x)).length >= 2)));
    // parts inside an item (its name, its price) are not items: keep the outermost groups
    candidates = candidates.filter((g) => !candidates.some((o) => o !== g && g.all.every((el) => o.all.some((x) => x !== el && x.contains(el)))));
    const counted = candidates.map((g) => ({ css: g.css, level: g.level, members: g.all.filter(isVisible) }));
    const distinct = new Set(counted.map((g) => g.members.length));
    const others = counted.map((g) => g.css + " (" + g.members.length + ")");
    if (distinct.size > 1) {
      // two lists a person could mean (a cart of 1 and a carousel of 4): only the one seen at all is taken, never a guess
      const nonEmpty = counted.filter((g) => g.members.length);
      if (nonEmpty.length === 1) return { ...nonEmpty[0], others };
      return { error: "ambiguous", others };
    }
    if (!counted.length) return { members: [], css: null, level: 0, others: [] };
    return { ...counted[0], others };
  }
  const FIELD_SYNONYMS = { price: ["price", "cost", "amount"], name: ["name", "title"], title: ["title", "name", "heading"], date: ["date", "time"] };
  const MONEY = /[$€£¥₹]\s?-?\d[\d,]*(?:\.\d+)?|-?\d[\d,]*(?:\.\d+)?\s?[$€£¥₹]/;
  function fieldOf(item, field) {
    const names = FIELD_SYNONYMS[field] || [field];
    for (const name of names) {
      const hit = [item, ...item.querySelectorAll("*")].find((el) => isVisible(el) && markupWords(el).map(stem).includes(name) && textOf(el));
      if (hit) return textOf(hit);
    }
    if (field === "name" || field === "title") {
      const heading = item.querySelector("h1, h2, h3, h4, h5, h6, [role=heading], a[href], strong, b");
      if (heading && textOf(heading)) return textOf(heading);
      const own = textOf(item);
      if (own && own.length <= 80 && !own.includes("\n")) return own;  // a plain list item is named by its text
    }
    if (field === "price") {
      const money = textOf(item).match(MONEY);
      if (money) return money[0];
    }
    return null;
  }
  function fieldValues(query) {
    const field = stem((words(query.field || "")[0]) || "");
    const noun = (query.noun || "").trim();
    if (noun && stem(words(noun).slice(-1)[0] || "") !== field) {
      const found = findGroup({ noun, region: query.region });
      if (found.error) return found;
      const values = found.members.map((el) => fieldOf(el, field));
      if (values.some((v) => v === null)) return { error: "no " + field + " in some of them", css: found.css, values: values.filter((v) => v !== null) };
      return { values, css: found.css };
    }
    const found = findGroup({ noun: field, region: query.region });
    if (found.error) return found;
    return { values: found.members.map(textOf), css: found.css };
  }
})();
