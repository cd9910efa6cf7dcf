// Closed menus, in the page: the hidden box an element sits in (a dropdown, a burger's collapsed nav, a <details>, a
// hover submenu) and the visible controls that open it, as a person finds them. Installed with dom.js; reads the
// elements of its last scan (window.__pactsEls). Each entry point returns plain JSON or an element.
(() => {
  if (window.__pactsMenus) return;
  const clean = (s) => (s || "").replace(/\s+/g, " ").trim();
  const words = (s) => clean(s).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  function closed(n) {
    // not drawn: display none, visibility hidden, opacity 0, inside a closed <details>, or folded to no height
    if (n.checkVisibility && !n.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
    const r = n.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) {
      const st = getComputedStyle(n);
      return st.overflow !== "visible" || st.display === "none" || n.childElementCount === 0;
    }
    return false;
  }
  const shown = (n) => !closed(n) && !n.closest("[aria-hidden=true], [inert]");
  function describe(n) {
    let s = n.tagName.toLowerCase();
    if (n.id) s += "#" + n.id;
    const cls = (n.getAttribute("class") || "").trim().split(/\s+/).filter(Boolean).slice(0, 2);
    if (cls.length) s += "." + cls.join(".");
    const text = clean(n.innerText || n.textContent).slice(0, 30);
    return text && n.tagName !== "UL" && n.tagName !== "DIV" ? s + ' "' + text + '"' : s;
  }
  const TOGGLE = "button, summary, [role=button], [aria-haspopup], [aria-expanded], [data-toggle], [data-bs-toggle], label[for], a";
  function clickable(t) {
    // a control whose click opens rather than leaves: a button, a summary, a toggle, a link to nowhere or to "#…"
    if (t.tagName !== "A") return true;
    const href = t.getAttribute("href");
    return href === null || href === "" || href.startsWith("#") || href.startsWith("javascript:")
      || t.hasAttribute("data-toggle") || t.hasAttribute("data-bs-toggle") || t.hasAttribute("aria-haspopup") || t.hasAttribute("aria-expanded");
  }
  function outermostClosed(el) {
    let box = null;
    for (let n = el; n && n !== document.body && n.nodeType === 1; n = n.parentElement) if (closed(n)) box = n;
    return box;
  }
  function idsUpTo(el, box) {
    const ids = [];
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      if (n.id) ids.push(n.id);
      if (n === box) break;
    }
    return ids;
  }
  function togglesOf(box, el) {
    // the controls that open ``box``, strongest link first: named by id (aria-controls, data-target, href="#id",
    // popovertarget; never a tab), labelling it, its <details>' summary, a data-target selector; else, for a box
    // that looks like a menu, the nearest toggle beside it (up to three wrappers out), and the box it hangs from
    // (hovered)
    const out = [], seen = new Set();
    const add = (t, link) => {
      if (!t || seen.has(t) || box.contains(t) || t.contains(box) && link !== "hover" || !shown(t)) return;
      seen.add(t);
      out.push({ el: t, link, click: link !== "hover" && clickable(t) });
    };
    for (const id of idsUpTo(el || box, box)) {
      const q = CSS.escape(id);
      const css = `[aria-controls~="${q}"], [aria-owns~="${q}"], [data-target="#${q}"], [data-bs-target="#${q}"], a[href="#${q}"], [popovertarget="${q}"]`;
      for (const t of document.querySelectorAll(css)) add(t, "controls");
    }
    for (const id of (box.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean)) add(document.getElementById(id), "labelled");
    if (box.parentElement && box.parentElement.tagName === "DETAILS") add(box.parentElement.querySelector(":scope > summary"), "details");
    for (const t of document.querySelectorAll("[data-target], [data-bs-target]")) {
      const sel = t.getAttribute("data-target") || t.getAttribute("data-bs-target");
      try { if (sel && !sel.startsWith("#") && box.matches(sel)) add(t, "controls"); } catch (e) { /* not a selector */ }
    }
    if (out.length) return out.filter((t) => t.el.getAttribute("role") !== "tab");  // a tab shows a panel, not a menu
    // a box hidden for other reasons (a step of a form) is opened only by a toggle beside it that says what it is:
    // Vendure's "Search and filter this list" button over its div.filter-row-wrapper
    const menu = looksLikeMenu(box), boxWords = new Set(words((box.getAttribute("class") || "") + " " + (box.id || "")).filter((w) => !BOX_WORDS.has(w)));
    for (let n = box, depth = 0; n.parentElement && (n.parentElement !== document.body || !menu) && depth < 3; n = n.parentElement, depth++) {
      for (const sib of n.parentElement.children) {
        if (sib === n) continue;
        const t = sib.matches(TOGGLE) ? sib : sib.querySelectorAll(TOGGLE).length === 1 ? sib.querySelector(TOGGLE) : null;
        if (t && (menu || ownWords(t).some((w) => boxWords.has(w)))) add(t, "beside");
      }
      if (out.length) break;
    }
    if (!menu) return out;
    if (box.parentElement && box.parentElement !== document.body) add(box.parentElement, "hover");
    return out;
  }
  function ownWords(t) {
    // what a person may call a toggle: its text, labels, markup words and the names of the icons it holds
    const parts = [clean(t.innerText || "").slice(0, 60), t.getAttribute("aria-label"), t.getAttribute("title"), t.id,
      t.getAttribute("class"), ...["data-test", "data-testid", "data-test-id", "data-cy", "data-qa"].map((a) => t.getAttribute(a)), t.getAttribute("name")];
    for (const i of t.querySelectorAll("i, svg, span[class], img, use, [data-icon]")) {
      parts.push(i.getAttribute("class"), i.getAttribute("alt"), i.getAttribute("data-icon"),
        (i.getAttribute("href") || i.getAttribute("xlink:href") || "").split("#").pop());
    }
    const by = t.getAttribute("aria-labelledby");
    if (by) for (const id of by.split(/\s+/)) { const n = document.getElementById(id); if (n) parts.push(n.textContent); }
    return words(parts.filter(Boolean).join(" "));
  }
  // words every box's class may have: they say nothing of what it holds
  const BOX_WORDS = new Set(["wrapper", "wrap", "row", "col", "container", "hidden", "box", "panel", "div", "section", "content", "inner",
    "outer", "block", "area", "d", "none", "is", "show", "collapse", "collapsed", "open", "closed", "active", "flex", "grid"]);
  const MENU_WORDS = /\b(menu|dropdown|submenu|popover|popup|flyout|collapse|offcanvas|drawer|burger|listbox)\b/i;
  function looksLikeMenu(n) {
    // a box a person opens to pick from: called a menu, dropdown, popover…, a <details>' content, or a list nested
    // under an entry of a list (a submenu); a box hidden for other reasons (a step of a form) is not opened
    const role = n.getAttribute("role") || "";
    return MENU_WORDS.test(role + " " + (n.getAttribute("class") || "") + " " + (n.id || "")) || n.hasAttribute("popover")
      || (n.parentElement && n.parentElement.tagName === "DETAILS" && n.tagName !== "SUMMARY")
      || (/^(UL|OL|DIV|NAV)$/.test(n.tagName) && n.parentElement && n.parentElement.tagName === "LI"
        && !!n.parentElement.querySelector(":scope > a, :scope > button"));
  }
  const known = new WeakMap();
  function menuWords(n) {
    // the words of the controls that open n, when n is a menu's box (what "the user menu" names it by); [] otherwise
    if (known.has(n)) return known.get(n);
    let out = [];
    if (looksLikeMenu(n)) for (const t of togglesOf(n, null).filter((t) => t.link !== "hover")) out = out.concat(ownWords(t.el));
    known.set(n, out);
    return out;
  }
  let toggles = [];
  window.__pactsMenus = {
    menuWords,
    menuOf(i) {
      // the closed box around scanned element i and the controls that open it, or null when i is not in one
      const el = window.__pactsEls && window.__pactsEls[i];
      if (!el || !el.isConnected) return JSON.stringify(null);
      const box = outermostClosed(el);
      if (!box) return JSON.stringify(null);
      toggles = togglesOf(box, el);
      return JSON.stringify({
        box: describe(box), box_words: words((box.getAttribute("class") || "") + " " + (box.id || "") + " " + (box.getAttribute("aria-label") || "")),
        toggles: toggles.map((t) => ({ what: describe(t.el), words: ownWords(t.el), link: t.link, click: t.click })),
      });
    },
    toggle(k) {
      return toggles[k] ? toggles[k].el : null;
    },
    state(i) {
      const el = window.__pactsEls && window.__pactsEls[i];
      if (!el || !el.isConnected) return "gone";
      return shown(el) && !outermostClosed(el) ? "shown" : "hidden";
    },
  };
})();
