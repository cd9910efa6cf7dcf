// In-page helpers for pacts-farm. Each entry point returns a JSON *string* (much cheaper to ship than objects).
(() => {
  if (window.__pactsDom) return;
  const IMPLICIT = {
    // an <a> with no href that its classes call a control (Bulma's <a class="button">, <a class="navbar-link"> that opens
    // its dropdown): clicked through a script handler, a button to a person
    A: (el) => (el.hasAttribute("href") ? "link"
      : /(?:^|[\s_-])(?:button|btn|link|toggle|toggler|trigger)(?:$|[\s_-])/i.test(el.getAttribute("class") || "") ? "button" : null),
    BUTTON: () => "button", SELECT: (el) => (el.multiple || el.size > 1 ? "listbox" : "combobox"),
    TEXTAREA: () => "textbox", H1: () => "heading", H2: () => "heading", H3: () => "heading",
    H4: () => "heading", H5: () => "heading", H6: () => "heading", IMG: (el) => (el.getAttribute("alt") === "" ? "presentation" : "img"),
    NAV: () => "navigation", DIALOG: () => "dialog", LI: () => "listitem", SUMMARY: () => "button",
    OPTION: () => "option", TABLE: () => "table", TR: () => "row", TD: () => "cell", FORM: () => null,
    // a <th> that starts a row of <td>s ("Price (incl. tax)" | £7.99) titles its row, not a column
    TH: (el) => (el.getAttribute("scope") === "row" || (!el.closest("thead") && el.parentElement && el.parentElement.querySelector(":scope > td"))
      ? "rowheader" : "columnheader"),
    // a checkbox drawn by its label over an input of no size (Element UI): the label is the control a person uses
    // (a radio drawn as a tab, <input type=radio role=tab> under its label, is a tab: pretalx's settings)
    LABEL: (el) => (el.control && ["checkbox", "radio"].includes(el.control.type) && !isVisible(el.control)
      ? (el.control.getAttribute("role") === "tab" ? "tab" : el.control.type) : null),
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
  // the attributes apps name elements by for their tests (data-testid for Playwright and Testing Library, data-cy for
  // Cypress, data-test-id, data-qa): the first one present is the element's test id
  const TEST_ID_ATTRS = ["data-test", "data-testid", "data-test-id", "data-cy", "data-qa"];
  const testIdAttr = (el) => TEST_ID_ATTRS.find((a) => el.hasAttribute(a)) || null;
  const testIdOf = (el) => { const a = testIdAttr(el); return a ? el.getAttribute(a) || "" : ""; };
  const testIdWords = (el) => TEST_ID_ATTRS.map((a) => el.getAttribute(a) || "").join(" ");
  // a code editor drawn over a text area of its own (CodeMirror, Ace, Monaco): the box a person types into is a text box
  const CODE_EDITOR = ".CodeMirror, .cm-editor, .ace_editor, .monaco-editor";
  const isCodeEditor = (el) => el.matches(CODE_EDITOR);
  const roleOf = (el) => el.getAttribute("role") || (isCodeEditor(el) ? "textbox" : null) || (IMPLICIT[el.tagName] ? IMPLICIT[el.tagName](el) : null);
  // the hidden text area a code editor stands in for (CodeMirror's fromTextArea keeps it just before the box), and its words
  function editorTwin(el) {
    const before = el.previousElementSibling;
    return before && before.tagName === "TEXTAREA" && !isVisible(before) ? before : null;
  }
  function editorWords(el) {
    const twin = editorTwin(el);
    return "code editor " + (twin ? `${twin.id} ${twin.getAttribute("name") || ""}` : "");
  }
  // a custom element is named by its tag past its prefix (Angular's <vdr-pagination-controls>, <app-product-list>)
  const customTagName = (el) => (el.tagName.includes("-") ? el.tagName.toLowerCase().split("-").slice(1).join("-") : "");
  // while a scan runs the page holds still: what it asks of each element (its text, its kind, the controls like one a
  // box holds) is worked out once, as a long table's rows each ask it of the table; null between scans
  let scanMemo = null;
  const readText = (el) => clean(el.innerText !== undefined ? el.innerText : el.textContent);
  function remembered(what, key, work) {
    // work()'s answer for key (an element, a selector), worked out once per scan (outside a scan: each time)
    if (!scanMemo) return work();
    if (!scanMemo[what]) scanMemo[what] = new Map();
    if (!scanMemo[what].has(key)) scanMemo[what].set(key, work());
    return scanMemo[what].get(key);
  }
  const textOf = (el) => remembered("texts", el, () => readText(el));
  // a menu box shown by a toggle (aria-controls, or the button just before it in its dropdown): the toggle's name, so
  // "the Settings menu" is the list the Settings button dropped down, and "the menu" the one a toggle holds open
  function menuToggleName(el, role) {
    if (!(role === "menu" || role === "listbox" || /\b(menu|dropdown-menu|dropdown-content|popover)\b/i.test(String(el.className || "")))) return null;
    let toggle = el.id ? document.querySelector(`[aria-controls="${CSS.escape(el.id)}"]`) : null;
    for (let sib = el.previousElementSibling; !toggle && sib; sib = sib.previousElementSibling) {
      if (sib.matches("button, a, [role=button], [aria-haspopup], [aria-expanded]")) toggle = sib;
    }
    if (!toggle) return null;
    const name = clean(toggle.getAttribute("aria-label") || textOf(toggle));
    return { name, expanded: toggle.getAttribute("aria-expanded") === "true" };
  }
  function dialogPath(el) {
    // where in the document the dialog el sits in begins (child positions from the body): the later one was opened
    // last (a popup a modal opened is appended after it)
    let box = el;
    while (box && box !== document.body && !REGION_TESTS.dialog(box)) box = box.parentElement;
    if (!box || box === document.body) return null;
    const path = [];
    for (let n = box; n && n !== document.body && n.parentElement; n = n.parentElement) path.unshift(Array.prototype.indexOf.call(n.parentElement.children, n));
    return path;
  }
  function menuOf(el) {
    // the name of the toggle that opens the menu el is in ("Bookmarks" for <button>Bookmarks</button><ul class="menu">)
    for (let n = el.parentElement; n && n !== document.body; n = n.parentElement) {
      const toggle = menuToggleName(n, n.getAttribute("role"));
      if (toggle) return toggle.name;
    }
    return null;
  }
  function labelOf(el) {
    const labels = el.id ? labelsOfTwin(el) : Array.from(el.labels || []);
    return labels.length ? clean(labels.map((l) => l.innerText).join(" ")) : fieldBoxLabel(el);
  }
  function fieldBoxLabel(el) {
    // Bulma's and Buefy's fields: <div class="field"><label class="label">Password repeat</label><div class="control">
    // <input>: a label tied to nothing, first in the box that holds this one field and no other
    if (!FIELD_TAGS.has(el.tagName)) return "";
    for (let box = el.parentElement, depth = 0; box && box !== document.body && depth < 3; box = box.parentElement, depth++) {
      const first = box.firstElementChild;
      if (first && first.tagName === "LABEL" && !first.htmlFor && !first.contains(el)) {
        const fields = Array.from(box.querySelectorAll("input:not([type=hidden]), select, textarea"));
        return fields.length === 1 && fields[0] === el ? clean(first.innerText) : "";
      }
    }
    return "";
  }
  // an id two fields share (a header's search box and the page's both "id_q"): the browser gives a label[for] to the
  // first of them; a person reads it as the label of the one beside it, the twin in its closest box
  function labelsOfTwin(el) {
    const twins = document.querySelectorAll(`#${CSS.escape(el.id)}`);
    if (twins.length < 2) return Array.from(el.labels || []);
    const wrapping = el.closest("label");
    const own = Array.from(document.querySelectorAll(`label[for="${CSS.escape(el.id)}"]`)).filter((label) => closestTwin(label, twins) === el);
    return [...new Set([...(wrapping && !wrapping.htmlFor ? [wrapping] : []), ...own])];
  }
  function closestTwin(label, twins) {
    const around = new Set();
    for (let n = label; n; n = n.parentElement) around.add(n);
    let best = null, bestDepth = -1;
    for (const twin of twins) {
      let shared = twin;
      while (shared && !around.has(shared)) shared = shared.parentElement;
      let depth = 0;
      for (let n = shared; n; n = n.parentElement) depth++;
      if (depth > bestDepth) { best = twin; bestDepth = depth; }
    }
    return best;
  }
  const MODAL_BOX = /(?:^|\s)(?:modal|ui modal|modal-dialog|modal-content)(?:\s|$)|(?:^|\s)ui\s.*\bmodal\b/;
  function nameOf(el, role) {
    const by = el.getAttribute("aria-labelledby");
    if (by) {
      const text = by.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean).map(textOf).join(" ");
      if (clean(text)) return clean(text);
    }
    const aria = clean(el.getAttribute("aria-label"));
    if (aria) return aria;
    if (isCodeEditor(el)) {  // named by the text area it stands in for, or the label its own text area carries
      const twin = editorTwin(el), own = el.querySelector("textarea, [contenteditable=true]");
      return (twin && (labelOf(twin) || clean(twin.getAttribute("placeholder")))) || (own && clean(own.getAttribute("aria-label"))) || "";
    }
    const tag = el.tagName;
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") {
      const t = (el.getAttribute("type") || "").toLowerCase();
      if (["submit", "button", "reset"].includes(t)) return clean(el.value) || (t === "submit" ? "Submit" : "");
      if (t === "image") return clean(el.getAttribute("alt"));
      return labelOf(el) || clean(el.getAttribute("title")) || clean(el.getAttribute("placeholder"));
    }
    if (tag === "IMG") return clean(el.getAttribute("alt")) || clean(el.getAttribute("title"));
    if (role === "dialog" || role === "alertdialog" || (!role && MODAL_BOX.test(String(el.getAttribute("class") || "")))) {
      // no label: the title a person reads at its top (a heading, a Bootstrap modal-title, a Semantic UI header)
      const title = el.querySelector("h1, h2, h3, h4, .modal-title, [class*=dialog-title], [class*=modal-title], .header, [class*=modal-header], [class*=Header]");
      const said = title ? textOf(title) : "";
      return said && said.length <= 80 ? said : clean(el.getAttribute("title"));
    }
    if (["button", "link", "heading", "tab", "menuitem", "option", "checkbox", "radio", "switch", "cell", "columnheader", "rowheader", "treeitem"].includes(role) || tag === "SUMMARY") {
      let text = textOf(el);
      if (!text || /^\(?\d+\+?\)?$/.test(text)) {
        // nothing but a badge count: the icon's alt text or svg <title> names it first, as the browser computes it
        // ("favorite 1", "Favorites 1")
        const svgTitle = el.querySelector("svg title");
        const icon = Array.from(el.querySelectorAll("img[alt]")).map((i) => i.getAttribute("alt")).join(" ") || (svgTitle ? svgTitle.textContent : "");
        text = clean(icon + " " + text);
      }
      return clean(text) || clean(el.getAttribute("title"));
    }
    return clean(el.getAttribute("title"));
  }
  function hiddenByAria(el) {
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      // an icon hidden from screen readers only as decoration (<i aria-hidden="true" class="close icon">) is still seen
      if (n === el && isIconGlyph(el) && !el.hasAttribute("inert")) continue;
      if (n.getAttribute("aria-hidden") === "true" || n.hasAttribute("inert")) return true;
    }
    return false;
  }
  const isIconGlyph = (el) => (el.tagName === "I" || el.tagName === "svg") && el.childElementCount <= 1 && !clean(el.textContent)
    && /(?:^|[\s_-])icon(?:$|[\s_-])|^(?:fa|bi|mdi|glyphicon|material-icons)\b/i.test(String(el.getAttribute("class") || ""));
  function selectFace(el) {
    // a <select> that bootstrap-select, select2, Chosen or Tom Select hides behind a widget of its own: the widget
    // is what a person sees of it (and what they mean by "the Priority dropdown")
    const holder = el.closest(".bootstrap-select");
    if (holder) return holder.querySelector("button, .dropdown-toggle") || holder;
    const next = el.nextElementSibling;
    if (next && /(?:^|\s)(?:select2|select2-container|chosen-container|ts-wrapper|selectize-control)(?:\s|$)/.test(String(next.className || ""))) return next;
    return el.id ? document.querySelector(`button[data-id="${CSS.escape(el.id)}"]`) : null;
  }
  function visibleFacts(el) {
    const own = ownVisibleFacts(el);
    if (!own.reasons.length || el.tagName !== "SELECT") return own;
    const face = selectFace(el);
    const shown = face && face !== el ? ownVisibleFacts(face) : null;
    return shown && !shown.reasons.length ? shown : own;
  }
  function ownVisibleFacts(el) {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const reasons = [];
    if (r.width < 1 || r.height < 1) reasons.push("zero-size");
    // a checkbox or radio drawn by its label (opacity 0 over a styled box, as MUI and many kits do) is still the control
    const drawnByLabel = el.tagName === "INPUT" && ["checkbox", "radio"].includes((el.getAttribute("type") || "").toLowerCase());
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: !drawnByLabel, visibilityProperty: true })) reasons.push("hidden by CSS");
    else if (style.visibility === "hidden" || style.display === "none" || (Number(style.opacity) === 0 && !drawnByLabel)) reasons.push("hidden by CSS");
    if (hiddenByAria(el)) reasons.push("aria-hidden or inert");
    const docW = Math.max(document.documentElement.scrollWidth, innerWidth);
    const docH = Math.max(document.documentElement.scrollHeight, innerHeight);
    const x = r.left + scrollX, y = r.top + scrollY;
    const outside = (px, py, w, h) => px + w <= 0 || py + h <= 0 || px >= docW || py >= docH;
    if (outside(x, y, r.width, r.height) && !inScrolledBox(el, outside)) reasons.push("off-screen");
    return { rect: r, reasons };
  }
  function inScrolledBox(el, outside) {
    // below the end of the document, but in a box that scrolls (a sidebar column with overflow: auto) and is itself
    // on the page: a person scrolls that box to it
    for (let n = el.parentElement; n && n !== document.body && n !== document.documentElement; n = n.parentElement) {
      const style = getComputedStyle(n);
      if (!/auto|scroll|overlay/.test(style.overflowY + " " + style.overflowX)) continue;
      if (n.scrollHeight <= n.clientHeight + 1 && n.scrollWidth <= n.clientWidth + 1) continue;
      const b = n.getBoundingClientRect();
      return !outside(b.left + scrollX, b.top + scrollY, b.width, b.height);
    }
    return false;
  }
  function describe(el) {
    if (!el) return "nothing";
    let s = el.tagName.toLowerCase();
    if (el.id) s += "#" + el.id;
    const cls = (el.getAttribute("class") || "").trim().split(/\s+/).filter(Boolean).slice(0, 2);
    if (cls.length) s += "." + cls.join(".");
    return s;
  }
  // a per-item test id ends in a record id ("transaction-item-J5Fd3dlBEBu", "row_42"): its stem names the kind
  const WORDLIKE = /^[A-Za-z][a-z]+(?:[A-Z][a-z]+)*$/;  // plain, camelCase or PascalCase words: not an id
  const SEP = /[-_:]/;
  function bySiblings(el, attr, value) {
    // the record id is what differs between this test id and a sibling's of the same kind ("…-item-W-3Gml", "…-item-mq-7X")
    const parent = el.parentElement;
    if (!parent) return null;
    let checked = 0;
    for (const sib of parent.children) {
      if (sib === el || sib.tagName !== el.tagName || !sib.hasAttribute(attr)) continue;
      if (++checked > 8) break;
      const other = sib.getAttribute(attr);
      let p = 0;
      while (p < value.length && p < other.length && value[p] === other[p]) p++;
      let cut = p;
      while (cut > 0 && !SEP.test(value[cut - 1])) cut--;  // the prefix ends at a separator
      if (cut < 2 || !/[A-Za-z]/.test(value.slice(0, cut)) || cut >= value.length || cut >= other.length) continue;
      let q = 0;
      while (q < value.length - cut && q < other.length - cut && value[value.length - 1 - q] === other[other.length - 1 - q]) q++;
      let keep = q;
      while (keep > 0 && !SEP.test(value[value.length - keep])) keep--;  // the suffix starts at a separator
      const suffix = keep ? value.slice(value.length - keep) : "";
      const middle = value.slice(cut, value.length - keep);
      if (!middle || !looksLikeId(middle)) continue;  // "transaction-sender-J5F" and "-receiver-J5F" are two kinds
      return [value.slice(0, cut), suffix];
    }
    return null;
  }
  const looksLikeId = (text) => /\d/.test(text) || text.split(/[-_:]+/).some((seg) => seg && !WORDLIKE.test(seg));
  function byShape(value) {
    // without a sibling to compare: the first segment that looks like a record id (a digit, one letter, or letters in no
    // word's case pattern), and a suffix only when every piece of it is a word ("item_4_title_link")
    const parts = value.split(/([-_:]+)/);
    if (!/[A-Za-z]/.test(parts[0])) return null;
    for (let n = 2; n < parts.length; n += 2) {
      const seg = parts[n];
      if (seg && (/\d/.test(seg) || !WORDLIKE.test(seg))) {
        const rest = parts.slice(n + 2).filter((p, k) => k % 2 === 0);
        const named = rest.length && rest.every((p) => WORDLIKE.test(p));
        return [parts.slice(0, n - 1).join("") + parts[n - 1][0], named ? parts[n + 1].slice(-1) + parts.slice(n + 2).join("") : ""];
      }
    }
    return null;
  }
  const idParts = new WeakMap();
  function testIdParts(el) {
    // [before, after] the record id in el's per-item test id ("transaction-item-J5Fd3" -> ["transaction-item-", ""]), or null
    const attr = testIdAttr(el);
    if (!attr) return null;
    const value = el.getAttribute(attr) || "";
    const known = idParts.get(el);
    if (known && known.value === value) return known.parts;
    const parts = bySiblings(el, attr, value) || byShape(value);
    idParts.set(el, { value, parts: parts ? [attr, ...parts] : null });
    return parts ? [attr, ...parts] : null;
  }
  function groupCss(el) {
    // a selector for every element of el's kind: a per-item test id by what it keeps around the id
    const parts = testIdParts(el);
    if (!parts) return cssFor(el);
    const [attr, before, after] = parts;
    return "[" + attr + '^="' + before + '"]' + (after ? "[" + attr + '$="' + after + '"]' : "");
  }
  // class names that say a state, not a kind (is-active, hover-row): never in a selector or a signature (state_classes.py)
  const STATE_CLASS = /^(is|has)-|^ng-|^(hover|current)-row$|-(enter|leave)(-active|-to)?$|^(active|selected|hover|hovered|focus|focused|focus-visible|focus-within|checked|current|disabled|open|opened|show|shown|in|expanded|collapsed|visited|highlighted|pressed|dirty|pristine|touched|untouched|valid|invalid|ascending|descending|odd|even|alt)$|[-_](active|selected|hover|hovered|focus|focused|checked|current|opened|expanded|collapsed|disabled|odd|even)$|^(odd|even)[-_]|^(colou?r|bg)-((dark|light|deep|pale)[-_])?(red|blue|green|yellow|orange|purple|pink|grey|gray|brown|teal|cyan|lime|amber|indigo|violet|black|white)$/;  // a zebra stripe's odd and even: one kind of row; a card's colour
  const stable = (el) => (el.getAttribute("class") || "").trim().split(/\s+/).filter((c) => c && !STATE_CLASS.test(c));
  // class names a CSS-in-JS library generates per style (emotion's css-1x2y3z, jss12, makeStyles-root-7): items of one
  // kind may differ in them (a divider on all but the last), so they never tell two kinds apart
  const STYLE_HASH = /^css-[a-z0-9]+$|^sc-|^jss\d+$|-\d+$|\d{3,}/i;
  const NUMBERED_CLASS = /(?<=[a-z])\d+$/i;  // "row1", "row2": the number a class gives a box's place
  const signature = (el) => remembered("signature", el, () => signatureOf(el));
  function signatureOf(el) {
    const test = testIdOf(el);
    const parts = test ? testIdParts(el) : null;
    if (parts) return el.tagName + "||" + parts.join("*");  // one kind of record, whatever its state's classes
    // a class numbered by place ("row1", "row2": DokuWiki's table rows) is one kind of box, whatever its number
    const cls = stable(el).filter((c) => !STYLE_HASH.test(c)).map((c) => c.replace(NUMBERED_CLASS, "#")).sort().join(".");
    return el.tagName + "|" + cls + "|" + test;
  }
  function sharedCss(el, peers) {
    // the selector of peers numbered by class ("tr.row1", "tr.row2"): their tag and the classes they all have
    const all = stable(el).filter((c) => !/\d{3,}/.test(c) && peers.every((p) => p.classList.contains(c)));
    return el.tagName.toLowerCase() + all.map((c) => "." + CSS.escape(c)).join("");
  }
  function cssFor(el) {
    const test = testIdOf(el), attr = testIdAttr(el);
    if (test) return "[" + attr + '="' + test + '"]';
    const cls = stable(el).filter((c) => !/\d{3,}/.test(c));
    return el.tagName.toLowerCase() + cls.map((c) => "." + CSS.escape(c)).join("");
  }
  function likeCount(root, el) {
    // controls in root that look like el to a person: same tag and same text (without text: the same icon); a checkbox
    // is not like a text field, and a field is like another only with the same label ("Password" is not "Confirm
    // password"). root's elements of el's tag are grouped by look once per scan: [shown for themselves, decorative]
    const text = textOf(el);
    const byTag = remembered("looks", root, () => new Map());
    if (!byTag.has(el.tagName)) byTag.set(el.tagName, groupedByLook(root, el.tagName));
    const [plain, decorative] = byTag.get(el.tagName).get(lookKey(el, text)) || [0, 0];
    // a picture its author marked as decoration (alt="", an avatar beside the name) is not like the one shown for itself
    return plain + (el.getAttribute("alt") === "" ? decorative : 0);
  }
  const lookKey = (el, text) => [text, text ? null : iconLook(el), el.tagName === "INPUT" ? el.type : "", FIELD_TAGS.has(el.tagName) ? labelOf(el) : ""].join("\u0001");
  function groupedByLook(root, tag) {
    const groups = new Map();
    for (const d of root.getElementsByTagName(tag)) {
      const key = lookKey(d, textOf(d));
      if (!groups.has(key)) groups.set(key, [0, 0]);
      groups.get(key)[d.tagName === "IMG" && d.getAttribute("alt") === "" ? 1 : 0]++;
    }
    return groups;
  }
  function iconLook(el) {
    // how a textless control's icon looks: its icon's css, or the shape an unnamed inline svg draws (Kutt's QR code,
    // pencil and trash buttons hold bare svgs: a person tells them apart by what they draw)
    const css = iconCss(el);
    if (css) return css;
    const shape = el.querySelector("svg path[d], svg polygon[points], svg circle, svg rect");
    return shape ? "svg:" + (shape.getAttribute("d") || shape.getAttribute("points") || shape.outerHTML).slice(0, 80) : null;
  }
  // el is the item's title (a card named "Fix login loop" in the Backlog list): crossing its own item is no crossing
  const titlesItem = (n, el) => { const t = textOf(el); return t.length > 0 && textOf(n).startsWith(t); };
  const sameLabel = (d, el) => !FIELD_TAGS.has(el.tagName) || labelOf(d) === labelOf(el);
  const CELL_ROLES = ["cell", "gridcell", "columnheader", "rowheader"];
  function itemBoundary(n, el) {
    // n is one of several items (cards, rows, list items) that each hold a control like el; cells are parts, not items.
    // A list item, row or article among others like it is an item of its own whatever the others hold: the Delete
    // button only a comment's author sees is never "Delete on the comment" of another one
    if (n.tagName === "TD" || n.tagName === "TH" || CELL_ROLES.includes(n.getAttribute("role"))) return false;
    const parent = n.parentElement;
    if (!parent) return false;
    const itemish = ["LI", "TR", "ARTICLE"].includes(n.tagName) || ["listitem", "row", "article"].includes(n.getAttribute("role"));
    const sig = boxLook(n);
    for (const sib of parent.children) {
      if (sib === n || boxLook(sib) !== sig) continue;
      // a form's field groups each hold a field, but another label's field is no copy of this one
      if (itemish || Array.from(sib.getElementsByTagName(el.tagName)).some((d) => sameLabel(d, el))) return true;
    }
    return false;
  }
  const NAMING_FIELDS = "input[value]:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=submit]):not([type=button])";
  function exactScopeIn(container, scope) {
    let scopeExact = null, scopeValue = null;
    for (const f of container.querySelectorAll(NAMING_FIELDS)) if (clean(f.getAttribute("value")).toLowerCase() === scope) { scopeValue = f.getAttribute("value"); break; }
    for (const d of container.querySelectorAll("*")) {
      if (d.childElementCount <= 1 && clean(d.textContent).toLowerCase() === scope) { scopeExact = textOf(d); break; }
    }
    return { scopeExact, scopeValue };
  }
  function namesInFields(n) {
    // a list or board whose name is shown in an editable field (<input value="Backlog">): the name it was given
    return Array.from(n.querySelectorAll(NAMING_FIELDS)).map((f) => f.getAttribute("value")).join(" ");
  }
  const SCOPE_BOXES = { form: "form, [role=form]" };
  const FORM_FIELDS = "input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, select";
  function ownBoxSays(el, scope, box) {
    // "the email field of the password form": el's own form must say the scope, and hold no other control like el;
    // '"Required" is shown under Title' (box "labelled"): the nearest box that says the scope holds one field at most,
    // so a form's other field never lends the message its label
    if (box === "labelled") {
      for (let n = el.parentElement; n && n !== document.body; n = n.parentElement) {
        if (!(textOf(n) + " " + namesInFields(n)).toLowerCase().includes(scope)) continue;
        return n.querySelectorAll(FORM_FIELDS).length <= 1 && likeCount(n, el) === 1 ? n : null;
      }
      return null;
    }
    const own = el.parentElement ? el.parentElement.closest(SCOPE_BOXES[box] || box) : null;
    if (!own) return null;
    // what a box says: its text, its fields' names, and for the box itself its markup ("form.password-login"); "Log in"
    // says "login" too
    const squash = (t) => t.toLowerCase().replace(/[\s_-]+/g, "");
    const says = (n) => {
      const said = textOf(n) + " " + namesInFields(n) + (n === own ? " " + markupWords(n).join(" ") : "");
      return said.toLowerCase().includes(scope) || squash(said).includes(squash(scope));
    };
    if (says(own) && likeCount(own, el) === 1) return own;
    if (says(own)) {
      // one form holding a sign-in block and a sign-up block (pretalx): the block inside it that says the scope, alone
      for (let n = el.parentElement; n && n !== own; n = n.parentElement) if (says(n)) return likeCount(n, el) === 1 ? n : null;
      return null;
    }
    // a card titled "Log in to an existing project" around the form: the titled box, when it holds this form alone
    for (let n = own.parentElement; n && n !== document.body; n = n.parentElement) {
      if (!says(n)) continue;
      return n.querySelectorAll(SCOPE_BOXES[box] || box).length === 1 && likeCount(n, el) === 1 ? n : null;
    }
    return null;
  }
  const NAMED_INPUT_TYPES = new Set(["email", "password", "tel", "url", "search"]);  // a field's type says what it is for
  const PANELS = "section, aside, nav, fieldset, [role=region], [role=group], [role=complementary], [role=navigation], [role=tabpanel], [role=dialog]";
  function titledAs(n, scope) {
    // n is a panel whose own title is the scope: its label, the heading it is labelled by, or its first heading or
    // legend ("Tags", "Tags (25)"); a box that merely contains the word is not titled by it
    if (!n.matches(PANELS)) return false;
    const title = (t) => clean(t || "").toLowerCase().replace(/\s*(?:\(\d+\)|:)$/, "") === scope;
    if (title(n.getAttribute("aria-label"))) return true;
    const by = n.getAttribute("aria-labelledby");
    if (by && by.split(/\s+/).some((id) => { const t = document.getElementById(id); return t && title(textOf(t)); })) return true;
    const heading = n.querySelector(":scope > legend, :scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > header h1, :scope > header h2, :scope > header h3, :scope > div > h1, :scope > div > h2, :scope > div > h3, :scope > div > h4");
    return !!heading && title(textOf(heading));
  }
  function containerOf(el, scope, box) {
    // without a scope: the nearest ancestor repeated among its siblings (a card, a row, a list item);
    // with one: the nearest ancestor whose text names the scope, if el is the only control like it there and no
    // other item was crossed on the way (the Red Cap card's Remove is never "Remove for the Blue Mug");
    // with a box kind (form): el's own box of that kind, and only when it says the scope
    if (scope && box) return ownBoxSays(el, scope, box);
    if (scope) {
      const byText = scopedBox(el, scope, (n) => remembered("saysScope", n, () => (textOf(n) + " " + namesInFields(n)).toLowerCase().includes(scope)));
      if (byText || !/^[a-z][a-z -]*$/.test(scope)) return byText;
      // "the column dropdown in the filter row": a part no text names, whose markup does (div.filter-row)
      const scopeWords = words(scope).map(stem);
      return scopeWords.length ? scopedBox(el, scope, (n) => scopeWords.every((w) => markupWords(n).map(stem).includes(w))) : null;
    }
    for (let n = el.parentElement; n && n !== document.body; n = n.parentElement) {
      if (!n.parentElement) break;
      if (childrenByKind(n.parentElement).get(signature(n)).length >= 2) return n;
    }
    return null;
  }
  function childrenByKind(parent) {
    // parent's children grouped by signature, in order (once per scan: a long table's rows each ask for its rows)
    return remembered("kinds", parent, () => {
      const kinds = new Map();
      for (const c of parent.children) {
        if (!kinds.has(signature(c))) kinds.set(signature(c), []);
        kinds.get(signature(c)).push(c);
      }
      return kinds;
    });
  }
  function scopedBox(el, scope, says) {
    let crossed = false;  // an item, or a box that says the scope with more controls like el: only a titled panel is left
    for (let n = el.parentElement; n && n !== document.body; n = n.parentElement) {
      if (!n.parentElement) break;
      if (titledAs(n, scope)) return n;  // "click recipes in the Tags panel": the section titled Tags holds many tags
      if (crossed) continue;
      if (says(n)) {
        if (likeCount(n, el) === 1) return n;
        crossed = true;
      } else if ((itemBoundary(n, el) || anotherLikeItSays(n, says)) && !titlesItem(n, el)) crossed = true;
    }
    return null;
  }
  function anotherLikeItSays(n, says) {
    // n is one of several boxes alike (same tag and classes) and another of them says the scope: el is in the wrong
    // one ("Close the Welcome notification" when only the notification beside it has a close button)
    const parent = n.parentElement, sig = boxLook(n);
    if (!parent || !stable(n).length) return false;
    for (const sib of parent.children) if (sib !== n && boxLook(sib) === sig && says(sib)) return true;
    return false;
  }
  // how a box looks beside its siblings: its tag and its stable classes (a state class aside)
  const boxLook = (el) => el.tagName + "|" + stable(el).sort().join(".");
  const GLYPH_WORDS = [[/[\u00d7\u2715\u2716\u2573]/g, " times "], [/[\u2630\u2261]/g, " bars "], [/\u{1F6D2}/gu, " cart "],
    [/[\u{1F50D}\u{1F50E}]/gu, " search "], [/\u2699/g, " gear "], [/\u270E|\u270F/g, " pencil "],
    [/[\u2665\u2764\u2661]/g, " heart "], [/[\u2605\u2606]/g, " star "], [/\u{1F5D1}/gu, " trash "], [/[\u2212\u2796]/gu, " minus "], [/\u2795/gu, " plus "],
    [/[\u22ee\u22ef]/g, " ellipsis "]];
  const ICON_CLASS = /^(fa[srlbdk]?|fa-(solid|regular|light|brands|duotone)|bi|glyphicon|mdi|icon|icons|ti|la[srb]?|ion|feather|lucide|oi|octicon|ri|bx[sl]?|ph|material-icons(-\w+)?|material-symbols(-\w+)?|anticon|pi)$|^(fa|bi|glyphicon|mdi|icon|ti|la|ion|feather|lucide|oi|octicon|ri|bx|bxs|ph|svg-icon|anticon|pi|ic)-|-icons?-|-icon$|^icon/;
  // library and font prefixes around a glyph's name: fa-, bi-, el-icon- (Element), anticon- (Ant), van-icon- (Vant), pi- (PrimeIcons)
  const ICON_PREFIX = /^(fa[srlbdk]?|bi|glyphicon|mdi|icon|icons|ic|ti|la[srb]?|ion|feather|lucide|oi|octicon|ri|bx[sl]?|ph|svg|solid|regular|light|brands|duotone|el|anticon|van|pi)$/;
  function iconNames(el) {
    // what an icon is called in the markup: <use href="#icon-cart">, fa-shopping-cart, bi-cart, a material ligature
    const out = [];
    if (el.tagName.toLowerCase() === "use") {
      const ref = el.getAttribute("href") || el.getAttribute("xlink:href") || "";
      out.push(ref.split("#").pop().split("/").pop().replace(/\.svg$/, ""));
    }
    const classes = (el.getAttribute("class") || "").split(/\s+/).filter(Boolean);
    const material = classes.some((c) => /^material-(icons|symbols)/.test(c));
    if (material) out.push(el.textContent || "");
    // an empty <i> is an icon by convention, whatever its library calls it (<i class="flag gb">)
    const emptyI = el.tagName === "I" && el.children.length === 0 && !clean(el.textContent);
    if (material || emptyI || classes.some((c) => ICON_CLASS.test(c)) || el.tagName.toLowerCase() === "svg") {
      for (const c of classes) if (!/^material-/.test(c)) out.push(c);
    }
    for (const a of ["data-icon", "data-feather", "data-lucide"]) if (el.getAttribute(a)) out.push(el.getAttribute(a));
    // an icon element of a design system, named by its shape or name attribute (<clr-icon shape="caret down">,
    // <cds-icon shape="trash">, <ion-icon name="trash">)
    if (/-icon$/i.test(el.tagName)) for (const a of ["shape", "name", "icon"]) if (el.getAttribute(a)) out.push(el.getAttribute(a));
    const file = imageFile(el);
    if (file && smallImage(el)) out.push(file);  // <img src="/images/expand.png" alt="Arrow icon">: its file names the icon
    // an svg named by its test id, as Material UI names every icon (data-testid="MenuIcon", "NotificationsIcon")
    if (el.tagName.toLowerCase() === "svg") for (const a of TEST_ID_ATTRS) if (el.getAttribute(a)) out.push(el.getAttribute(a));
    return words(out.join(" ")).filter((w) => !ICON_PREFIX.test(w));
  }
  function smallImage(img) {
    // an icon-sized picture (a product photo is no icon, whatever its file is called)
    const box = img.getBoundingClientRect();
    return box.width > 0 && box.width <= 64 && box.height <= 64;
  }
  function iconCss(el) {
    // a selector for the icon a textless control holds (button:has(> span.navbar-toggler-icon)), or null; a sprite
    // icon by the symbol it uses (button:has(> svg > use[href="#icon-heart"])): its classes are every icon's
    const use = el.querySelector(":scope > svg > use[href^='#']");
    if (use) return 'svg > use[href="' + use.getAttribute("href").replace(/["\\]/g, "") + '"]';
    const own = el.querySelector(":scope > i[class], :scope > span[class], :scope > svg[class], :scope > img[class]");
    const icon = own || el.querySelector(":scope > * > i[class]");  // <a><div class="f16"><i class="flag gb">
    if (!icon) return null;
    const cls = stable(icon).filter((c) => !/\d{3,}/.test(c));
    return cls.length ? (own ? "" : "* > ") + icon.tagName.toLowerCase() + cls.map((c) => "." + CSS.escape(c)).join("") : null;
  }
  function hoverMenuToggle(el) {
    // a menu that opens on hover (Bulma's "navbar-item has-dropdown is-hoverable"): the control first in the box that
    // holds the menu beside it, with no ARIA to say so
    const box = el.parentElement;
    if (!box || !/(?:^|[\s_-])(?:has-dropdown|dropdown|has-submenu|menu-item-has-children)(?:$|[\s_-])/i.test(String(box.className || ""))) return false;
    return box.firstElementChild === el && !!box.querySelector(":scope > .navbar-dropdown, :scope > .dropdown-menu, :scope > .submenu, :scope > ul");
  }
  function holderOf(el) {
    // the control (or box) el sits in, for a locator such as "the badge inside the cart link"
    const control = el.parentElement && el.parentElement.closest("a, button, [role=button], [role=link]");
    const n = control || el.parentElement;
    if (!n || n === document.body) return null;
    const href = n.tagName === "A" ? n.getAttribute("href") : null;
    // what tells this control from others of its look (badges.py): its role and name, ids and labels, its icon
    const role = roleOf(n), attrs = {};
    for (const a of ["id", "data-test", "data-testid", "data-qa", "aria-label", "title"]) if (n.getAttribute(a)) attrs[a] = n.getAttribute(a);
    const icon = iconCss(n), title = n.querySelector("svg title"), image = n.querySelector("img[alt]");
    return { css: cssFor(n), href, control: !!control, role, name: control ? nameOf(n, role) : "", attrs, tag: n.tagName.toLowerCase(),
             icon_css: icon && !el.matches(icon) ? icon : null,  // the badge itself is no icon that names the control
             svg_title: title ? clean(title.textContent) : "", img_alt: image ? clean(image.getAttribute("alt")) : "", class_words: words(n.getAttribute("class") || "") };
  }
  function iconWordsByElement(root) {
    // icon names belong to the icon and to the control that holds it (the nearest interactive ancestor, or the parent)
    const map = new Map();
    const add = (el, ws) => { if (!map.has(el)) map.set(el, new Set()); for (const w of ws) map.get(el).add(w); };
    for (const icon of root.querySelectorAll("use, svg, i, span[class], em[class], img[src], [data-icon], [data-feather], [data-lucide], clr-icon, cds-icon, ion-icon")) {
      if (icon.tagName === "SPAN" && !/icon|material|^(fa|bi|mdi|glyphicon)|\s(fa|bi|mdi|glyphicon)|(^|\s)ic-/.test(icon.getAttribute("class"))) continue;
      const ws = iconNames(icon);
      if (!ws.length) continue;
      let holder = icon.tagName.toLowerCase() === "use" ? icon.closest("svg") : icon;
      add(holder, ws);
      let n = holder.parentElement;
      for (let depth = 0; n && n !== root && depth < 4; depth++, n = n.parentElement) {
        if (INTERACTIVE.has(roleOf(n)) || n.hasAttribute("onclick")) { add(n, ws); n = null; break; }
      }
      if (n !== null && holder.parentElement && holder.parentElement !== root) add(holder.parentElement, ws);
    }
    // Bootstrap's dropdown-toggle draws its caret in CSS (::after): the arrow a person sees on the button
    for (const toggle of root.querySelectorAll(".dropdown-toggle, .dropdown-toggle-split")) add(toggle, ["arrow", "caret"]);
    // an avatar inside a control (Kanboard's initials, a profile picture): the control is the signed-in user's, as
    // people call it ("the user menu", "the avatar menu")
    for (const avatar of root.querySelectorAll("[class*=avatar i], img[alt*=avatar i]")) {
      for (let n = avatar.parentElement, depth = 0; n && n !== root && depth < 4; depth++, n = n.parentElement) {
        if (INTERACTIVE.has(roleOf(n)) || n.hasAttribute("onclick")) { add(n, ["avatar", "user", "account", "profile"]); break; }
      }
    }
    // a control drawn by a CSS background picture (<a class="edit">edit</a> at font size 0 over edit.png): the
    // picture's file names its icon, as an <img>'s does
    for (const control of root.querySelectorAll("a, button, [role=button]")) {
      if (control.children.length) continue;
      const url = /url\(["']?([^"')]+)/.exec(getComputedStyle(control).backgroundImage || "");
      if (!url || /^data:/.test(url[1])) continue;
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.width > 64 || box.height > 64) continue;
      add(control, words(url[1].split(/[?#]/)[0].split("/").pop().replace(/\.(png|svg|gif|jpe?g|webp|ico)$/i, "")));
    }
    return map;
  }
  const SUBMITS = "button, input[type=submit], input[type=image], input[type=button], [role=button]";
  function filledForms() {
    // the forms this page's steps filled (browser.py marks each field): its <form>, else the nearest box around the
    // field that also holds a button (a form without the tag)
    const boxes = [];
    for (const field of window.__pactsFilled || []) {
      if (!field.isConnected) continue;
      let box = field.form || field.closest("form");
      for (let n = field.parentElement; !box && n && n !== document.body; n = n.parentElement) if (n.querySelector(SUBMITS)) box = n;
      if (box && !boxes.includes(box)) boxes.push(box);
    }
    return boxes;
  }
  const FIELD_TAGS = new Set(["INPUT", "TEXTAREA", "SELECT"]);
  const VISIBLE_FIELDS = "input:not([type=hidden]), textarea, select";
  function textBefore(el) {
    // a field with no label: the short text just before it, as a person reads a form ("Filter by:" [____]);
    // the nearest earlier sibling with text, of the field or of up to three wrappers that hold no other field
    // ("Assigned To" over a form that only holds the owner dropdown and its buttons)
    let n = el;
    for (let depth = 0; depth < 4 && n && n !== document.body; depth++, n = n.parentElement) {
      if (depth === 3 && n.querySelectorAll(VISIBLE_FIELDS).length > 1) return "";
      for (let sib = n.previousElementSibling; sib; sib = sib.previousElementSibling) {
        if ((sib.tagName === "INPUT" && sib.type === "hidden") || sib.tagName === "SCRIPT" || sib.tagName === "STYLE") continue;
        if (FIELD_TAGS.has(sib.tagName) || sib.querySelector(VISIBLE_FIELDS)) return "";  // another field's text
        const text = textOf(sib);
        if (text) return text.length <= 40 ? text : "";
      }
      if (n.parentElement && Array.from(n.parentElement.childNodes).some((c) => c.nodeType === 3 && c.textContent.trim() && c.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING)) {
        const text = clean(Array.from(n.parentElement.childNodes).filter((c) => c.nodeType === 3 && c.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING).map((c) => c.textContent).join(" "));
        return text.length <= 40 ? text : "";
      }
    }
    return "";
  }
  function textAfter(el) {
    // a checkbox or radio with no label: the short text right after it, as a person reads "[x] Completed"
    for (let sib = el.nextSibling; sib; sib = sib.nextSibling) {
      if (sib.nodeType === 3) { if (clean(sib.textContent)) return clean(sib.textContent).length <= 40 ? clean(sib.textContent) : ""; continue; }
      if (sib.nodeType !== 1) continue;
      if (sib.tagName === "INPUT" && (sib.type === "hidden" || sib.getAttribute("aria-hidden") === "true")) continue;  // a switch's shadow input
      if (FIELD_TAGS.has(sib.tagName) || sib.querySelector("input, textarea, select, button, a")) return "";
      const text = textOf(sib);
      return text.length <= 40 ? text : "";
    }
    return "";
  }
  const SCAN_LIMIT = 400;  // elements a scan describes
  function best(looked, limit, rank) {
    // the limit elements that rank highest, in the page's order (a box is described before what it holds)
    if (looked.length <= limit) return looked;
    const bar = looked.map(rank).sort((a, b) => b - a)[limit - 1];
    let room = limit - looked.filter((h) => rank(h) > bar).length;
    return looked.filter((h) => rank(h) > bar || (rank(h) === bar && room-- > 0));
  }
  function peersOf(n) {
    // the visible children of n's parent of n's kind, in order (once per kind in a scan)
    const kind = childrenByKind(n.parentElement).get(signature(n));
    return remembered("peers", kind, () => kind.filter(isVisible));
  }
  function itemsAround(el) {
    // the repeated boxes el sits in, innermost first ("in the 4th post"): each one's place among its visible peers
    // and among what its selector finds on the page; cells are parts of a row, not items
    const out = [];
    for (let n = el.parentElement; n && n !== document.body && out.length < 3; n = n.parentElement) {
      if (!n.parentElement || n.tagName === "TD" || n.tagName === "TH" || CELL_ROLES.includes(n.getAttribute("role"))) continue;
      const peers = peersOf(n);
      const index = peers.indexOf(n);
      if (peers.length < 2 || index < 0) continue;
      // peers numbered by class ("row1", "row2") share the selector of what they have in common; others keep their own
      const numbered = stable(n).some((c) => NUMBERED_CLASS.test(c));
      const css = numbered && !peers.every((p) => cssFor(p) === cssFor(n)) ? sharedCss(n, peers) : cssFor(n);
      const found = remembered("selected", css, () => Array.from(document.querySelectorAll(css)));
      out.push({ index: index + 1, count: peers.length, css, nth: found.indexOf(n) });
    }
    return out;
  }
  function titleOfBox(el) {
    // a box (card, panel, section) is titled by its first child's own words: <div class="card"><div>Messages <button>X
    if (el.childElementCount < 2 || INTERACTIVE.has(roleOf(el))) return "";
    // status dots or icons before the title say nothing: the first line with words is the title
    let first = el.firstElementChild;
    while (first.nextElementSibling && first.nextElementSibling.nextElementSibling && !textOf(first) && !first.querySelector(TITLE_FIELD)) first = first.nextElementSibling;
    const own = clean(Array.from(first.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join(" "));
    // a title field names a box that holds more than its title line (a list of cards, not the line with the field)
    const more = () => Array.from(el.children).filter((c) => c !== first && c.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_PRECEDING).some((c) => /[A-Za-z]{3}/.test(textOf(c)));
    const title = own || (first.childElementCount <= 1 ? textOf(first) : "") || (more() ? titleFieldValue(first) : "");
    return title.length <= 60 ? title : "";
  }
  const TITLE_FIELD = "input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), textarea";
  function boxField(first) {
    // a list or column titled by an editable field (a Trello-like list's name input) in its first line
    if (first.matches(TITLE_FIELD)) return first;
    return first.firstElementChild && first.firstElementChild.matches(TITLE_FIELD) ? first.firstElementChild : null;
  }
  function titleFieldValue(first) {
    const field = boxField(first);
    return field ? clean(field.value) : "";
  }
  function titledByField(el, title) {
    // the box's title is its field's value, which its value attribute says too (so a selector can find it)
    const field = title && el.firstElementChild && el.childElementCount >= 2 ? boxField(el.firstElementChild) : null;
    return !!field && clean(field.value) === title && clean(field.getAttribute("value")) === title;
  }
  function imageFile(el) {
    // a picture's file name without its folder or image extension ("/img/logo-dark.3d119b09.png" -> "logo-dark.3d119b09");
    // "" for anything else, or a data: URL
    const src = el.tagName === "IMG" ? el.getAttribute("src") || "" : "";
    return src && !/^data:/.test(src) ? src.split(/[?#]/)[0].split("/").pop().replace(/\.(png|svg|gif|jpe?g|webp|ico)$/i, "") : "";
  }
  function imageFileWords(el) {
    // a site's logo named only by its file ("/img/logo-dark.3d119b09.png"); a product's photo file never lends it a name
    return imageFile(el).split(/[._-]+/).some((w) => /^(?:logo|brand|emblem)$/i.test(w)) ? "logo" : "";
  }
  function pointerStarts(el) {
    // the hand cursor starts here (a control made of a div or an <a> without href, clicked through a script); a
    // magnifier on a picture (cursor: zoom-in) says a click opens it larger
    const cursor = getComputedStyle(el).cursor;
    if (cursor !== "pointer" && cursor !== "zoom-in") return false;
    return !el.parentElement || getComputedStyle(el.parentElement).cursor !== cursor;
  }
  const shown = new Map();
  function shownText(el) {
    // the text a sighted person sees: not in zero-size or clipped "visually hidden" boxes
    let out = "";
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (!t.textContent.trim()) continue;
      const p = t.parentElement;
      if (p.closest("[class*=material-icons], [class*=material-symbols]")) continue;  // a ligature draws an icon
      if (!shown.has(p)) {
        const r = p.getBoundingClientRect(), st = getComputedStyle(p);
        const clipped = (st.clip && st.clip.startsWith("rect(0")) || st.clipPath === "inset(50%)";
        shown.set(p, r.width > 1 && r.height > 1 && !clipped && st.visibility !== "hidden");
      }
      if (shown.get(p)) out += " " + t.textContent;
    }
    return clean(out);
  }
  const HEADERISH = new Set(["header", "topbar", "masthead", "navbar", "appbar"]);
  const SIDEBARISH = new Set(["sidebar", "aside", "drawer", "sidenav", "offcanvas"]);
  const DIALOGISH = new Set(["modal", "dialog", "popup", "popover"]);
  const NAVISH = new Set(["nav", "navbar", "navigation", "menubar", "menu"]);  // "menu_list", "dropdown-menu": a menu a person opens
  const LIBRARY_PREFIX = new Set(["el", "ant", "mat", "mui", "v", "q", "p", "b", "ion", "chakra", "mantine"]);
  const COMPONENT_WORDS = new Set(["card", "modal", "panel", "drawer", "dialog", "table", "list", "section", "box", "widget",
    "accordion", "popover", "dropdown", "tab", "tabs", "form", "column", "col", "grid", "group", "item", "cell", "block",
    "tile", "article", "post", "comment", "media", "toast", "alert", "chart", "calendar", "collapse", "menu", "picker"]);
  const bars = new Map();  // cleared by each scan: what isTopBar said of a box
  const sideBars = new Map();  // cleared by each scan: what isSideBar said of a box
  let bannerShown = null;  // does the page have a header landmark a person sees (cleared by each scan)
  let asideShown = null;  // does the page have a sidebar landmark (aside, complementary) a person sees (cleared by each scan)
  function hasAside() {
    if (asideShown === null) {
      asideShown = Array.from(document.querySelectorAll("aside, [role=complementary]")).some((a) => visibleFacts(a).reasons.length === 0);
    }
    return asideShown;
  }
  function hasBanner() {
    if (bannerShown === null) {
      bannerShown = Array.from(document.querySelectorAll("header, [role=banner]"))
        .some((h) => !h.parentElement.closest("article, aside, main, nav, section") && visibleFacts(h).reasons.length === 0);
    }
    return bannerShown;
  }
  function inTallLeftColumn(n) {
    // a narrow box around n, at the page's left, most of the window tall
    for (let c = n.parentElement; c && c !== document.body; c = c.parentElement) {
      const cr = c.getBoundingClientRect();
      if (cr.width > innerWidth * 0.35) return false;
      if (cr.height >= innerHeight * 0.6 && cr.left <= innerWidth * 0.1) return true;
    }
    return false;
  }
  function isSideBar(n) {
    // a column down one side of the page that acts as its sidebar with no landmark or class saying so: fixed or
    // sticky at the left or right edge, narrow, most of the window tall, holding several links or buttons
    if (sideBars.has(n)) return sideBars.get(n);
    let side = false;
    if (n !== document.body && n.tagName !== "HTML") {
      const r = n.getBoundingClientRect();
      const links = () => n.querySelectorAll("a, button, [role=button], [role=link]").length;
      if (r.width >= 120 && r.width <= innerWidth * 0.35 && r.height >= innerHeight * 0.6 && (r.left <= 2 || r.right >= innerWidth - 2)) {
        const position = getComputedStyle(n).position;
        side = (position === "fixed" || position === "sticky") && links() >= 3;
      }
      // a navigation in the page's flow, narrow and at its left: a sidebar when it runs down the page (a Bootstrap
      // col-sm-2 of links under "Browse"), or when the narrow column it sits in does (a user who sees three of its entries)
      const navAtLeft = (n.tagName === "NAV" || n.getAttribute("role") === "navigation") && r.width >= 120
        && r.width <= innerWidth * 0.35 && r.left <= innerWidth * 0.1;
      if (!side && navAtLeft) side = (r.height >= innerHeight * 0.6 && links() >= 5) || (links() >= 3 && inTallLeftColumn(n));
    }
    sideBars.set(n, side);
    return side;
  }
  function isTopBar(n) {
    // a bar across the top of the page that acts as its header with no landmark saying so: fixed or sticky at the
    // top, a bare <nav>, or the first wide, short box of the page; it holds a link or a button
    if (bars.has(n)) return bars.get(n);
    let bar = false;
    if (n !== document.body && n.tagName !== "HTML") {
      const r = n.getBoundingClientRect();
      if (r.width >= innerWidth * 0.8 && r.height >= 16 && r.height <= Math.max(140, innerHeight * 0.2)) {
        const position = getComputedStyle(n).position;
        const pinned = position === "fixed" || position === "sticky";
        const top = pinned ? r.top : r.top + scrollY;
        bar = top <= 8 && !!n.querySelector("a, button, [role=button], [role=link], [onclick]");
      }
    }
    bars.set(n, bar);
    return bar;
  }
  const overlays = new Map();  // cleared by each scan: what isOverlay said of a box
  function isOverlay(n) {
    // a layer fixed over the page that no markup calls a dialog (a backdrop holding a box): it covers half the screen
    // or more, and other content lies under it (an app shell fixed to the viewport covers nothing)
    if (overlays.has(n)) return overlays.get(n);
    let over = false;
    if (n !== document.body && n.tagName !== "HTML" && getComputedStyle(n).position === "fixed") {
      const r = n.getBoundingClientRect();
      if (r.width * r.height >= innerWidth * innerHeight * 0.5 && n.childElementCount) {
        const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1), y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
        over = document.elementsFromPoint(x, y).some((under) => !n.contains(under) && !under.contains(n));
      }
    }
    overlays.set(n, over);
    return over;
  }
  // a utility class behind a state prefix ("data-[error=true]:text-destructive", "hover:bg-red") says how the
  // element looks in that state, not what it is: its words are not the element's
  // sizing, spacing and placement utilities say where a box sits, never what it is (Tailwind's w-list is a width)
  const LAYOUT_UTILITY = /^-?(w|h|min-w|max-w|min-h|max-h|size|p[xytrblse]?|m[xytrblse]?|gap(-[xy])?|space-[xy]|inset(-[xy])?|top|right|bottom|left|z|basis|grid-cols|grid-rows|col-span|row-span)-/;
  // flex and grid alignment utilities (Tailwind's items-center): "items" there is no list of items
  const ALIGN_UTILITY = /^(items|self|justify(-items|-self)?|content|place-(items|content|self))-(start|end|center|baseline|stretch|between|around|evenly|normal|auto)$/;
  const classWordsOf = (n) => (n.getAttribute("class") || "").split(/\s+/)
    .filter((c) => c && !c.includes(":") && !LAYOUT_UTILITY.test(c) && !ALIGN_UTILITY.test(c)).join(" ");
  const MESSAGE_ID_WORDS = new Set(["error", "errors", "message", "invalid", "feedback", "validation", "errormessage"]);
  function fieldErrorMessages() {
    // the boxes an invalid field (aria-invalid="true") names as its error: its aria-errormessage, or an
    // aria-describedby box whose id or class calls it an error or message (not a hint), each with the field's label
    const out = new Map();
    for (const field of document.querySelectorAll('[aria-invalid="true"]')) {
      const label = labelOf(field) || nameOf(field, roleOf(field)) || "";
      const named = (a) => (field.getAttribute(a) || "").split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)).filter(Boolean);
      for (const box of named("aria-errormessage")) if (!out.has(box)) out.set(box, label);
      for (const box of named("aria-describedby")) {
        const said = words(box.id + " " + classWordsOf(box));
        if (!out.has(box) && said.some((w) => MESSAGE_ID_WORDS.has(w))) out.set(box, label);
      }
    }
    return out;
  }
  const TOASTISH = new Set(["toast", "toaster", "snackbar", "notification", "notifications", "notify", "notice", "growl"]);
  const KIND_ATTRS = ["data-type", "data-variant", "data-severity", "data-status", "data-level"];
  function toastMarkerWords(el) {
    // a toast library that marks its boxes by data attributes alone (sonner's data-sonner-toast, react-hot-toast's
    // data-rht-toaster): the attribute's words, and the kind its type attribute gives (data-type="error")
    const out = [];
    for (const a of el.getAttributeNames()) {
      if (!a.startsWith("data-") || TEST_ID_ATTRS.includes(a) || el.getAttribute(a) === "false") continue;
      const ws = words(a.slice(5));
      if (ws.some((w) => TOASTISH.has(w))) out.push(...ws);
    }
    if (out.length) for (const a of KIND_ATTRS) out.push(...words(el.getAttribute(a) || "").slice(0, 2));
    return out;
  }
  function regionsAt(n, tokens) {
    // the parts of the page n itself is, by tag, role, and by class/id words of wide (header, footer) or tall
    // (sidebar) boxes; its words are added to ``tokens`` when given
    const regions = new Set();
    const tag = n.tagName, role = n.getAttribute("role");
    const sectioned = () => !!(n.parentElement && n.parentElement.closest("article, aside, main, nav, section"));
    if ((tag === "HEADER" && !sectioned()) || role === "banner") regions.add("header");
    if ((tag === "FOOTER" && !sectioned()) || role === "contentinfo") regions.add("footer");
    if (tag === "NAV" || role === "navigation") regions.add("navigation");
    if (tag === "ASIDE" || role === "complementary") regions.add("sidebar");
    if (tag === "MAIN" || role === "main") regions.add("main");
    if (tag === "DIALOG" || role === "dialog" || role === "alertdialog" || n.getAttribute("aria-modal") === "true") regions.add("dialog");
    if (!regions.has("dialog") && isOverlay(n)) regions.add("dialog");
    const live = n.getAttribute("aria-live");
    if (role === "alert" || role === "status" || live === "polite" || live === "assertive") regions.add("toast");
    if (toastMarkerWords(n).length) regions.add("toast");
    if (!regions.has("sidebar") && !hasAside() && isSideBar(n)) regions.add("sidebar");  // tududi's fixed left column
    if (!regions.has("header") && !hasBanner() && isTopBar(n)) {
      regions.add("header");  // the page's header, though no landmark says so
      if (!n.closest("nav, [role=navigation]") && !n.querySelector("nav, [role=navigation]")) regions.add("navigation");
    }
    const names = (classWordsOf(n) + " " + (n.id || "")).split(/\s+/).concat([n.getAttribute("aria-label") || ""]);
    names.push(customTagName(n));
    const ws = words(names.join(" "));
    if (ws.length) {
      const r = n.getBoundingClientRect();
      const wide = r.width >= innerWidth * 0.5, tall = r.height >= innerHeight * 0.4;
      const ofPart = new Set();  // "card-header", "modal-footer": a component's header, not the page's
      for (const name of names) {
        const nw = words(name);
        if (nw.length > 1 && LIBRARY_PREFIX.has(nw[0])) nw.shift();
        if (nw.length > 1 && COMPONENT_WORDS.has(nw[0])) nw.slice(1).forEach((w) => ofPart.add(w));
      }
      for (const w of ws) {
        if (tokens && tokens.size < 80) tokens.add(w);
        if (HEADERISH.has(w) && wide && !ofPart.has(w)) regions.add("header");
        if (w === "footer" && wide && !ofPart.has(w)) regions.add("footer");
        if (SIDEBARISH.has(w) || (w === "side" && tall)) regions.add("sidebar");
        if (DIALOGISH.has(w) && !INTERACTIVE.has(roleOf(n))) regions.add("dialog");  // a link "user_popup" opens one, is not one
        if (NAVISH.has(w)) regions.add("navigation");
        if (w === "breadcrumb" || w === "breadcrumbs" || w === "crumbs") regions.add("breadcrumb");  // <nav aria-label="breadcrumb">, ol.breadcrumb, p.crumbs
        if (w === "pagination" || w === "pager" || w === "paginator") regions.add("pagination");  // div.pagination, ul.pager
        if (TOASTISH.has(w) && !INTERACTIVE.has(roleOf(n)) && !ofPart.has(w)) regions.add("toast");
      }
    }
    return regions;
  }
  function regionsOf(el) {
    // the landmarks around el (regionsAt of el and its ancestors), with the css of the box that starts each
    const regions = new Set(), tokens = new Set(), landmarks = {};
    for (let n = el; n && n.nodeType === 1 && n !== document.body; n = n.parentElement) {
      for (const r of regionsAt(n, tokens)) {
        if (!regions.has(r)) landmarks[r] = cssFor(n);
        regions.add(r);
      }
      if (window.__pactsMenus) for (const w of window.__pactsMenus.menuWords(n)) tokens.add(w);  // "the user menu" (menus.js)
      // a box the test ids name ("users-list") is a place a person names too ("in the user list")
      for (const w of words(testIdWords(n))) if (tokens.size < 80) tokens.add(w);
    }
    return { regions: Array.from(regions), tokens: Array.from(tokens), landmarks };
  }
  function words(s) {
    // camelCase, snake_case and kebab-case split into words; a few glyphs read as what they show (× times, ≡ bars)
    if (/^(\.{3}|\u2026|\u2022{3}|\u00b7{3})$/.test(clean(s))) return ["ellipsis"];  // a button that says "..."
    let text = clean(s).replace(/([a-z])([A-Z])/g, "$1 $2");
    if (/[^\x00-\x7f]/.test(text)) for (const [glyph, word] of GLYPH_WORDS) text = text.replace(glyph, word);
    return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  }

  window.__pactsDom = {
    scan(query) {
      scanMemo = {};
      try {
        return this.scanNow(query);
      } finally {
        scanMemo = null;
      }
    },
    scanNow(query) {
      // query: {tokens: [...], scope: "Blue Mug" | null, live: bool (alerts and live regions), numbers: bool (numeric text),
      //   regions: bool (the boxes that are a header, footer, sidebar, navigation or dialog), group: noun (the items it
      //   names, as counted), boxes: bool (boxes titled by their first child)}
      const tokens = new Set(query.tokens || []);
      const scope = (query.scope || "").toLowerCase();
      const found = [];
      const all = document.body ? document.body.querySelectorAll("*") : [];
      const icons = document.body ? iconWordsByElement(document.body) : new Map();
      const forms = filledForms();
      const fieldErrors = fieldErrorMessages();
      const group = query.group ? findGroup({ noun: query.group, role: query.group_role || null, region: null, section: query.section }) : null;
      const members = group && !group.error ? group.members : [];
      const membersCss = members.length ? exactSelector(members) || group.shape_css || null : null;
      // "the board "Sprint 1" is listed under Starred": only what the section under that heading holds
      const section = query.section && !query.group ? sectionOf(query.section) : null;
      const boxCss = new Map();
      const indexOf = new Map();
      shown.clear();
      bars.clear();
      sideBars.clear();
      overlays.clear();
      bannerShown = null;
      asideShown = null;
      rowsCssByTable.clear();
      window.__pactsEls = [];
      // each element is looked at once (its words against the tokens); what it hits is described in full after. A long
      // list past the limit keeps its best hits, not its first rows ("the row for Item 321" among 1,500 items)
      const look = (el) => {
        if (["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "svg", "path", "circle", "use", "g", "rect", "line", "polyline", "polygon", "HTML", "HEAD"].includes(el.tagName)) return null;
        if (section && (section.error || !section.holds(el))) return null;
        if (el.parentElement && el.parentElement.closest(CODE_EDITOR)) return null;  // an editor's own text area, lines and gutter: the editor is the one
        const role = roleOf(el);
        const name = nameOf(el, role);
        const attrs = {};
        for (const a of ["id", "class", "name", ...TEST_ID_ATTRS, "aria-label", "title", "alt", "placeholder", "type", "href", "value", "aria-live", "role", "aria-haspopup", "aria-expanded", "aria-modal", "data-toggle", "data-bs-toggle", "for", ...(el.tagName === "FORM" ? ["method", "action"] : [])]) {
          const v = el.getAttribute(a);
          if (v !== null && v !== "") attrs[a] = a === "value" || a === "href" ? v.slice(0, 120) : v;
        }
        // a password, date or file input has no role, but is as much a control as a text box
        // a picture inside a link or a button is clicked as that control ("Click the cover picture of the board")
        const interactive = INTERACTIVE.has(role) || el.isContentEditable || el.hasAttribute("onclick")
          || (el.tagName === "INPUT" && (el.getAttribute("type") || "").toLowerCase() !== "hidden")
          || (el.tagName === "IMG" && !!el.parentElement && !!el.parentElement.closest("a[href], button"));
        const ownText = clean(Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join(" "));
        const iconWords = icons.has(el) ? Array.from(icons.get(el)) : [];
        const kindWord = el.tagName === "INPUT" && NAMED_INPUT_TYPES.has(attrs.type) ? attrs.type  // <input type=email>: an email field
          : (el.tagName === "INPUT" || el.tagName === "BUTTON") && attrs.type === "submit" && el.form ? "submit" : "";  // "Submit the form": its submit button
        const markup = words([attrs.id, classWordsOf(el), attrs.name, ...TEST_ID_ATTRS.map((a) => attrs[a]), iconWords.join(" "), kindWord,
          isCodeEditor(el) ? editorWords(el) : "", customTagName(el), imageFileWords(el)].join(" "))
          .concat(toastMarkerWords(el));
        const toggle = role === "checkbox" || role === "radio" || role === "switch";
        // [x] Completed, no <label>; a switch whose <label for> points nowhere: the words right after it
        const nextLabel = toggle && (el.tagName === "INPUT" || role === "switch") && !name ? textAfter(el) : "";
        const nearLabel = FIELD_TAGS.has(el.tagName) && !name && !toggle ? textBefore(el) : "";
        const rowText = role === "row" ? textOf(el).slice(0, 300) : "";  // "the row for Saw": a row is named by all it says
        const said = words([name, ownText, attrs.title, attrs.alt, attrs.placeholder, attrs["aria-label"], labelOf(el), nearLabel, nextLabel, rowText].join(" "));
        if (el.tagName === "IMG" || role === "img") said.push("image", "img");
        if (role === "row") said.push("row");
        if (toggle) said.push(role);  // "the checkbox in the row for Ada": the row's one checkbox, by what it is
        const popup = attrs["aria-haspopup"];
        if (interactive && ((popup && popup !== "false") || "aria-expanded" in attrs || [attrs["data-toggle"], attrs["data-bs-toggle"]].includes("dropdown"))) {
          said.push("menu");  // "the actions menu of the Nightly row": a kebab button is found as the menu it opens
        }
        if (["table", "grid", "toolbar"].includes(role)) said.push(role);  // a container named by what it is (containers.py)
        if (el.tagName === "FORM") said.push("form");  // "the form shows the error …": the <form>, whatever its class
        if (["menu", "menubar", "listbox"].includes(role)) said.push("menu");  // "the menu shows X": an open menu box, named or not
        const headerRow = role === "row" && notDataRow(el);  // column titles, filters or "No data": not a record
        const hay = markup.concat(said, said.slice(1).map((w, k) => said[k] + w));  // "User Name" is found as "username" too
        let hits = hay.filter((w) => tokens.has(w)).length;
        if (!hits && query.live && (role === "alert" || role === "status" || attrs["aria-live"] || fieldErrors.has(el))) hits = 1;
        if (!hits && query.numbers && /^\(?\d+\+?\)?$/.test(ownText)) hits = 1;
        const ownRegions = query.regions ? Array.from(regionsAt(el, null)) : [];
        if (!hits && ownRegions.length) hits = 1;
        const member = members.indexOf(el);
        if (!hits && member >= 0) hits = 1;
        const boxTitle = query.boxes ? titleOfBox(el) : "";
        if (!hits && boxTitle && words(boxTitle).some((w) => tokens.has(w))) hits = 1;
        if (!hits && query.boxes && tokens.has(LIST_TAG_WORDS[el.tagName])) hits = 1;  // "the list shows X": a <ul> or <table>
        if (!hits && !(interactive && tokens.size === 0)) return null;
        const boxOf = () => remembered("container", el, () => containerOf(el, scope, query.scope_box || null));
        return { el, hits, container: boxOf, describe: () => {
          const container = boxOf();
          if (scope && !container) return;
          const containerText = container ? textOf(container) : "";
          const items = scope ? [] : itemsAround(el);
          // the text of an element in the container that is exactly the scope ("Blue Mug", not "Blue Mug Lid"), and the
          // value of a field there that is exactly the scope (a list named "Backlog"): once per container
          const { scopeExact, scopeValue } = container && scope ? remembered("scopeSaid", container, () => exactScopeIn(container, scope))
            : { scopeExact: null, scopeValue: null };
          const facts = visibleFacts(el);
          const detail = !!query.detail;  // what icon, badge, message and region words need; plain names do without
          const seen = detail ? shownText(el) : "";
          const place = detail ? regionsOf(el) : { regions: [], tokens: [], landmarks: {} };
          const ancestors = [];
          for (let n = el.parentElement; n && n !== document.body; n = n.parentElement) if (indexOf.has(n)) ancestors.push(indexOf.get(n));
          const near = [];
          for (const n of detail ? [el.parentElement, el.previousElementSibling, el.nextElementSibling, el.closest("a, button, [role=button], [role=link]")] : []) {
            if (!n || n === document.body || n === el) continue;
            near.push(...words([n.id, classWordsOf(n), testIdWords(n), n.getAttribute("aria-label"), n.getAttribute("title")].join(" ")));
            if (icons.has(n)) near.push(...icons.get(n));
            if (n.children.length === 0 || INTERACTIVE.has(roleOf(n))) near.push(...words(nameOf(n, roleOf(n)) || ""));
            near.push(...words(Array.from(n.childNodes).filter((c) => c.nodeType === 3).map((c) => c.textContent).join(" ")));
            if (n.tagName === "A") near.push(...words((n.getAttribute("href") || "").split(/[?#]/)[0]));
          }
          if (fieldErrors.has(el)) near.unshift(...words(fieldErrors.get(el)));  // "the Email error": the message of the Email field
          window.__pactsEls.push(el);
          indexOf.set(el, window.__pactsEls.length - 1);
          let sectionCss = null;  // a selector for the box under the heading that holds el: its locator stays in that section
          if (section && !section.error) {
            let top = el;
            while (top.parentElement && section.holds(top.parentElement)) top = top.parentElement;
            for (const box of [top, section.box]) {
              if (sectionCss || !box || box === document.body || !box.contains(el)) continue;
              if (!boxCss.has(box)) boxCss.set(box, exactSelector([box]));  // the elements of one section share their boxes
              sectionCss = boxCss.get(box);
            }
          }
          found.push({
            i: window.__pactsEls.length - 1,
            tag: el.tagName.toLowerCase(), role, name, text: textOf(el).slice(0, 160), own_text: ownText.slice(0, 160),
            label: labelOf(el), box_title: boxTitle, box_title_field: titledByField(el, boxTitle), near_label: nearLabel, next_label: nextLabel, header_row: headerRow, row_css: el.tagName === "TR" && !headerRow ? dataRowsCss(el) : null, group_member: member >= 0, group_css: member >= 0 ? membersCss : null, attrs, interactive, pointer: pointerStarts(el),
            visible: facts.reasons.length === 0, hidden_because: facts.reasons.join(", "),
            enabled: !(el.disabled || el.getAttribute("aria-disabled") === "true"),
            filled_form: forms.some((box) => box.contains(el)), own_regions: ownRegions,
            field_error_of: fieldErrors.has(el) ? fieldErrors.get(el) : null,
            container: container ? cssFor(container) : null, container_text: containerText.slice(0, 160), container_len: containerText.length, scope_exact: scopeExact, scope_value: scopeValue, items,
            neighbourhood: clean((el.parentElement ? textOf(el.parentElement) : "")).slice(0, 80),
            markup_words: Array.from(new Set(markup)), icon_words: iconWords, near_words: Array.from(new Set(near)).slice(0, 60),
            shown_text: detail ? seen.slice(0, 160) : null, regions: place.regions, region_words: place.tokens, ancestors,
            box: [facts.rect.left + scrollX, facts.rect.top + scrollY, facts.rect.width, facts.rect.height],
            viewport: [innerWidth, innerHeight], icon_css: iconCss(el), landmarks: place.landmarks, holder: detail ? holderOf(el) : null,
            section_css: sectionCss, seen_text: interactive ? shownText(el).slice(0, 80) : null, hover_menu: hoverMenuToggle(el),
            in_open_menu: !!(el.parentElement && el.parentElement.closest("[role=menu], [role=listbox], .dropdown-menu")),
            heads_box: headsABox(el),
            opened_by: menuToggleName(el, role), menu_of: detail ? menuOf(el) : null, dialog_path: detail ? dialogPath(el) : null,  // for a region said
          });
        } };
      };
      const looked = [];
      for (const el of all) { const hit = look(el); if (hit) looked.push(hit); }
      // with a scope, what is in it, the nearest boxes first ("Edit in the row for Item 1201": its row, not the table
      // that holds every row's Edit)
      const chosen = scope ? best(looked.filter((h) => h.container()), SCAN_LIMIT, (h) => -textOf(h.container()).length)
        : best(looked, SCAN_LIMIT, (h) => h.hits);
      for (const hit of chosen) {
        hit.describe();
        if (found.length >= SCAN_LIMIT) break;
      }
      return JSON.stringify(found);
    },
    colours(indices) {
      // the colour families a person sees on each element the last scan listed: its background (or its nearest
      // painted box's, two levels up at most) and its text or icon colour ("the green Create button", "the red trash can")
      const family = (css) => {
        const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(css || "");
        if (!m || (m[4] !== undefined && Number(m[4]) < 0.3)) return null;
        const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255);
        const max = Math.max(r, g, b), min = Math.min(r, g, b), light = (max + min) / 2, chroma = max - min;
        if (chroma < 0.15) return light > 0.85 || light < 0.12 ? null : "grey";  // white and black say no colour
        let hue = max === r ? ((g - b) / chroma) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
        hue = (hue * 60 + 360) % 360;
        return hue < 15 || hue >= 345 ? "red" : hue < 45 ? "orange" : hue < 70 ? "yellow" : hue < 170 ? "green" : hue < 260 ? "blue" : "purple";
      };
      return JSON.stringify(indices.map((i) => {
        const el = window.__pactsEls && window.__pactsEls[i];
        if (!el) return [];
        const out = new Set();
        for (let n = el, depth = 0; n && depth < 3; n = n.parentElement, depth++) {
          const painted = family(getComputedStyle(n).backgroundColor);
          if (painted) { out.add(painted); break; }
        }
        const ink = family(getComputedStyle(el).color);
        if (ink) out.add(ink);
        const svg = el.querySelector("svg");
        const fill = svg ? family(getComputedStyle(svg).fill) || family(getComputedStyle(svg).color) : null;
        if (fill) out.add(fill);
        return Array.from(out);
      }));
    },
    selectOf(i) {
      // an <option> of a closed native <select> the last scan listed as i: a selector for exactly that select, its text
      const el = window.__pactsEls && window.__pactsEls[i];
      const select = el && el.tagName === "OPTION" ? el.closest("select") : null;
      if (!select) return JSON.stringify(null);
      const tries = [cssFor(select), select.id ? "#" + CSS.escape(select.id) : null,
        select.name ? 'select[name="' + select.name.replace(/["\\]/g, "") + '"]' : null];
      const css = tries.find((c) => { try { return c && document.querySelectorAll(c).length === 1; } catch (e) { return false; } });
      return JSON.stringify({ css: css || null, text: clean(el.textContent) });
    },
    landmarks(i) {
      // the css of each landmark box around the element the last scan listed as i (header, footer, dialog …)
      const el = window.__pactsEls && window.__pactsEls[i];
      return JSON.stringify(el ? regionsOf(el).landmarks : {});
    },
    formHolds(i, names) {
      // does the form around the element the last scan listed as i hold a field, button or label named one of names
      // (the controls the next steps use: "Password", "Log in")? A login form's Username, not the reset form's
      const el = window.__pactsEls && window.__pactsEls[i];
      const form = el && el.closest("form");
      if (!form) return false;
      const wanted = new Set(names.map((n) => clean(n).toLowerCase()));
      const said = (t) => wanted.has(clean(t || "").replace(/\s*[:*]+$/, "").toLowerCase());
      return Array.from(form.querySelectorAll("label, button, input, select, textarea, a, [role=button]")).some((c) => isVisible(c)
        && (said(c.tagName === "INPUT" ? c.value || c.placeholder : textOf(c)) || said(c.getAttribute("aria-label")) || (c.labels && Array.from(c.labels).some((l) => said(textOf(l))))));
    },
    same(el, i) {
      return !!window.__pactsEls && window.__pactsEls[i] === el;
    },
    fingerprint(el) {
      const role = roleOf(el);
      const attrs = {};
      for (const a of ["id", "name", ...TEST_ID_ATTRS, "type", "placeholder"]) {
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
      const inView = () => {
        const r = el.getBoundingClientRect();
        if (!(r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth)) return false;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);  // not clipped by a box that scrolls
        return !(hit === document.documentElement || hit === document.body) || el === hit;
      };
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
        // an inline element wrapped onto two lines ("ams1-srv-" / "03") has the gap between its lines at its box's
        // centre: each line's own box is hit-tested, as a click lands on one of them
        let hit = null, ok = false;
        // a <select> behind its widget is reached through the widget (visibleFacts): the widget is hit-tested
        const seen = el.tagName === "SELECT" && ownVisibleFacts(el).reasons.length ? (selectFace(el) || el) : el;
        const hitTest = () => {
          const boxes = Array.from(seen.getClientRects()).filter((b) => b.width > 0 && b.height > 0);
          for (const box of (boxes.length > 1 ? boxes : [seen.getBoundingClientRect()])) {
            const cx = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
            const cy = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
            hit = document.elementFromPoint(cx, cy);
            ok = !!hit && (hit === seen || seen.contains(hit) || (hit.control && hit.control === el) || (hit.tagName === "LABEL" && hit.contains(el)));
            if (ok) return;
          }
        };
        hitTest();
        if (!ok && !before && hit && (hit === document.documentElement || hit === document.body || !hit.contains(el))) {
          // in the window but outside the part of a box that scrolls (a sidebar column): scrolled into that box's view
          el.scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" });
          hitTest();
        }
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
      // the repeated elements a noun names ("products", "cart items", "links" in the footer): count and what they are;
      // with ``has``, only those whose text says it ("the rows that say Greenleaf Market")
      const found = findGroup(query);
      if (found.error) return JSON.stringify(found);
      const has = clean(query.has || "").toLowerCase();
      const members = has ? found.members.filter((el) => textOf(el).toLowerCase().includes(has)) : found.members;
      return JSON.stringify({ count: members.length, css: found.css, level: found.level,
        sample: members.slice(0, 3).map((el) => textOf(el).slice(0, 60)), others: found.others });
    },
    regionEntries(region) {
      // the entries of a part of the page, in page order, where no markup makes them a group (Datasette's breadcrumb:
      // links in a paragraph classed "crumbs"): its innermost links, list items and current-page marks
      const KINDS = "a[href], li, [aria-current]";
      const entries = Array.from(document.querySelectorAll(KINDS)).filter((el) => !el.querySelector(KINDS) && isVisible(el) && inRegion(el, region));
      return JSON.stringify(entries.map(textOf));
    },
    groupTexts(query) {
      // what each member of the group shows, in page order ("the rows are in this order: …"); a title kept in a
      // field (a board's list named by an input) is shown text too
      const found = findGroup(query);
      if (found.error) return JSON.stringify(found);
      const shown = (el) => [textOf(el), ...Array.from(el.querySelectorAll("input:not([type=hidden]), textarea")).map((f) => f.value)]
        .filter(Boolean).join(" ").slice(0, 400);
      return JSON.stringify({ css: found.css, texts: found.members.map(shown) });
    },
    groupPick(query) {
      // "the first transaction": the group the noun names and its member at ``index`` (-1 the last), with what a
      // fingerprint needs; ``exact``: the group's css finds exactly its members, in order
      const found = findGroup(query);
      if (found.error || !found.css || !found.members.length) return JSON.stringify({ error: found.error || "none", message: found.message, others: found.others || [] });
      const members = found.members;
      const chosen = members[query.index < 0 ? members.length + query.index : query.index];
      const exact = findsExactly(found.css, members);
      // a list item is clicked by its one link ("Click the 2nd author": the author's name, not the row's blank end)
      const links = chosen ? Array.from(chosen.querySelectorAll("a[href]")) : [];
      return JSON.stringify({ count: members.length, css: found.css, level: found.level, exact,
        chosen: chosen ? JSON.parse(window.__pactsDom.fingerprint(chosen)) : null,
        link: links.length === 1 && isVisible(links[0]) ? JSON.parse(window.__pactsDom.fingerprint(links[0])) : null });
    },
    fieldPick(query) {
      // "the price of the second product": the member at ``index`` of the group the noun names, and the element in it
      // that holds ``field`` (by its markup, a heading for a name, the one price for a price), as a path from the member
      const found = findGroup(query);
      if (found.error || !found.css || !found.members.length) return JSON.stringify({ error: found.error || "none", message: found.message });
      const members = found.members;
      // "tr" finds the header row too: a selector that finds exactly the members, when one does
      const css = findsExactly(found.css, members) ? found.css : (exactSelector(members) || found.css);
      const exact = findsExactly(css, members);
      const chosen = members[query.index < 0 ? members.length + query.index : query.index];
      const el = chosen ? fieldElementOf(chosen, query.field) : null;
      const path = el ? pathWithin(chosen, el) : null;
      return JSON.stringify({ count: members.length, css, level: found.level, exact, path,
        chosen: path ? JSON.parse(window.__pactsDom.fingerprint(el)) : null });
    },
    cellPick(query) {
      // "the Document count for Paid", "the title of the second row": the cell under the column titled
      // ``query.column``, in the one data row that says ``query.row`` (a cell saying it exactly first) or, with no
      // row, the data row at ``query.index``; tables whose headers title no such column hold none of it
      const want = headWords(query.column);
      const said = query.row ? clean(query.row).toLowerCase() : null;
      const found = [];
      for (const t of document.querySelectorAll("table")) {
        if (!isVisible(t) || t.querySelector("table") || !inRegion(t, query.region)) continue;
        let heads = headsOf(t).filter((h) => h.tagName !== "CAPTION" && sameHead(headWords(textOf(h)), want));
        if (!heads.length) {  // "has 2 links" under "Total links": a title that ends with the words said, if only one does
          heads = headsOf(t).filter((h) => h.tagName !== "CAPTION" && endsWithHead(headWords(textOf(h)), want));
        }
        if (heads.length !== 1) continue;
        const column = columnStart(heads[0]);
        let rows = records(t).filter(isVisible);
        if (said) {
          const exact = rows.filter((r) => Array.from(r.cells).some((c) => textOf(c).toLowerCase() === said));
          rows = exact.length ? exact : rows.filter((r) => textOf(r).toLowerCase().includes(said));
        } else {
          const row = rows[query.index < 0 ? rows.length + query.index : query.index];
          rows = row ? [row] : [];
        }
        for (const row of rows) {
          const cell = cellAt(row, column);
          if (cell && cell !== heads[0]) found.push({ table: t, row, cell });
        }
      }
      if (found.length !== 1) {
        return JSON.stringify({ error: found.length ? "ambiguous" : "none", row_texts: found.slice(0, 5).map((f) => textOf(f.row).slice(0, 80)) });
      }
      const { row, cell } = found[0];
      const rowSays = said ? Array.from(row.cells).map(textOf).find((c) => c.toLowerCase() === said) : null;
      return JSON.stringify({ rows: dataRowsCss(row), row_says: rowSays || null, child: Array.from(row.children).indexOf(cell) + 1 });
    },
    fieldValues(query) {
      // the visible values of a field (price, name) within the repeated elements a noun names, in page order
      return JSON.stringify(fieldValues(query));
    },
  };

  function findsExactly(css, members) {
    // does the group's css find exactly its members, in order (":visible" is Playwright's pseudo-class, not the DOM's)?
    const visibleOnly = css.endsWith(":visible");
    let all = [];
    try { all = Array.from(document.querySelectorAll(visibleOnly ? css.slice(0, -":visible".length) : css)); } catch (e) { all = []; }
    if (visibleOnly) all = all.filter(isVisible);
    return all.length === members.length && all.every((el, n) => el === members[n]);
  }

  // --- repeated groups (counts and order): markup words name them, as a person names them ---
  const SYNONYMS = {
    product: ["item", "card", "tile", "listing"], item: ["product", "entry", "card", "row"], result: ["item", "hit", "row", "card"],
    entry: ["item", "row"], card: ["item", "tile"], row: [], user: ["row"], order: ["row", "item"], post: ["article", "entry", "card"],
    article: ["post", "entry", "card"], comment: ["reply"], review: ["comment"], task: ["todo", "item", "row"], todo: ["task", "item"],
    message: ["item"], notification: ["item", "message"], photo: ["image", "img"], image: ["img", "photo"],
    loan: ["borrowed", "borrowing"],
  };
  const LIST_ROW_CLASS = /(?:^|\s)[\w-]*(?:list|table|grid|data|result)s?[-_]row(?:$|\s)/i;  // table-list-row, data-row
  const FIELD_PART_WORDS = new Set(["input", "addon", "field", "form"]);
  const PART_WORDS = new Set(["name", "title", "price", "desc", "description", "label", "img", "image", "icon", "link", "button", "btn",
    "count", "badge", "quantity", "qty", "list", "container", "wrapper", "grid", "header", "footer", "total", "summary", "pricebar",
    "details", "detail", "info", "body", "content", "inner", "text", "actions", "action", "remove", "add", "filter", "sort", "select"]);
  const stem = (w) => (w.length > 3 && /ies$/.test(w) ? w.slice(0, -3) + "y" : w.length > 3 && /(ss|x|ch|sh)es$/.test(w) ? w.slice(0, -2) : w.length > 3 && /s$/.test(w) && !/ss$/.test(w) ? w.slice(0, -1) : w);
  function markupWords(el, withId = true) {
    const out = words([classWordsOf(el), withId ? el.id : "", testIdWords(el), el.getAttribute("name"), el.getAttribute("role"),
      el.getAttribute("itemtype") ? el.getAttribute("itemtype").split("/").pop() : ""].join(" ").replace(/([a-z])(\d)/gi, "$1 $2"));
    if (el.tagName === "TR") out.push("row");
    if (el.tagName === "ARTICLE") out.push("article");
    return out;
  }
  // the words that may follow an item's noun in its markup name and still name the item ("user-list-item-7")
  const ITEM_TAILS = new Set(["", "item", "entry", "row", "card", "tile", "list item", "list entry", "list row"]);
  const ACTION_WORDS = new Set(["new", "add", "create", "edit", "delete", "remove", "open", "toggle", "view", "show", "hide", "search",
    "filter", "sort", "select", "save", "cancel", "submit", "mark", "load", "more", "back", "next", "prev", "previous"]);
  const MODULE_ROOTS = new Set(["root", "wrapper", "container", "self", "main", "base"]);
  const MODULE_ITEMS = new Set(["card", "item", "tile", "row", "entry"]);
  function moduleClass(c) {
    // a CSS-module class ("Card_card__zQfcO", "Card_attachment__KnwuL"): the component's own box is named by the
    // component; any other local name is a part of it ("Card-inner"), never another item of the same noun
    const m = /^([A-Za-z][A-Za-z0-9]*)_([A-Za-z][A-Za-z0-9]*)__[\w+-]{3,}$/.exec(c);
    if (!m) return c;
    const component = m[1], local = m[2].toLowerCase();
    if (local === component.toLowerCase() || MODULE_ROOTS.has(local)) return component;
    // "Projects_card__s7ZIl": the list component's own item, a project card
    if (MODULE_ITEMS.has(local) && /s$/.test(component) && component.length > 3) return component.slice(0, -1) + "-" + local;
    return component + "-inner";
  }
  // el's CSS-module class names it an item of its list component ("Projects_card__s7ZIl": a project card)
  const moduleItemOf = (el, head) => classWordsOf(el).split(/\s+/).some((c) => {
    const named = moduleClass(c);
    return /-(?:card|item|tile|row|entry)$/.test(named) && words(named).map(stem).includes(head);
  });
  function itemOfParts(candidates, head) {
    // FlaskBB's topic rows: no box is called a topic, but each holds parts that are (topic-name, topic-stats,
    // topic-author): the items are the boxes of the one list that holds them all (the children of the innermost box
    // around every part), each holding some; a row of column titles is none
    const itself = (el) => String(el.getAttribute("class") || "").split(/\s+/).some((c) => c && stem(c.toLowerCase()) === head);
    const parts = candidates.flatMap((g) => g.all).filter(isVisible);  // an empty part (topic-pages) says nothing
    if (parts.length < 2 || parts.some((el) => !namesInPassing(el, head) || itself(el))) return null;
    let list = parts[0].parentElement;
    while (list && !parts.every((el) => list.contains(el))) list = list.parentElement;
    if (!list || list === document.body || list === document.documentElement) return null;
    const items = Array.from(list.children).filter((c) => parts.some((el) => c.contains(el)) && !notDataRow(c) && isVisible(c));
    if (!items.length || items.some((c) => parts.includes(c))) return null;  // the parts sit in the list itself: no items
    return { key: signature(items[0]), css: groupCss(items[0]), level: Math.max(...candidates.map((g) => g.level)), all: items };
  }
  function oneKind(candidates) {
    // "li.nav-item" and "li.nav-item.dropdown" side by side: one kind of item, one with a class more; the group whose
    // css finds every element of all of them, in one parent, is the list (never two lists of one noun merged)
    if (candidates.length < 2) return candidates;
    const everyone = candidates.flatMap((g) => g.all);
    const parents = new Set(everyone.map((el) => el.parentElement));
    if (parents.size !== 1) return candidates;
    for (const g of candidates) {
      let found;
      try { found = new Set(document.querySelectorAll(g.css)); } catch (e) { continue; }
      if (everyone.every((el) => found.has(el))) {
        const all = Array.from(found).filter((el) => everyone.includes(el));
        return [{ ...g, all }];
      }
    }
    // Redmine's issue rows: "tr.issue.odd.tracker-1.status-2.priority-4" beside "tr.issue.even.tracker-3…": each row
    // its own classes of what it holds, one list all the same; the classes every one of them has name the kind
    const tags = new Set(everyone.map((el) => el.tagName));
    const shared = stable(everyone[0]).filter((c) => !STYLE_HASH.test(c) && everyone.every((el) => el.classList.contains(c)));
    if (tags.size === 1 && shared.length && candidates.every((g) => g.level === candidates[0].level)) {
      const css = everyone[0].tagName.toLowerCase() + shared.map((c) => "." + CSS.escape(c)).join("");
      const parent = everyone[0].parentElement;
      if (Array.from(parent.children).filter((el) => el.matches(css)).length === everyone.length) {
        return [{ ...candidates[0], css, all: everyone.slice().sort((a, b) => (a.compareDocumentPosition(b) & 2 ? 1 : -1)) }];
      }
    }
    return candidates;
  }
  function namingClasses(el) {
    // el's classes as stemmed words, one list per class; a "js-" class is a script's hook, not a name ("js-comment"
    // is on Spirit's events as well as its comments)
    return classWordsOf(el).split(/\s+/).filter((c) => c && !/^js-/.test(c)).map((c) => words(c).map(stem));
  }
  function namesInPassing(el, noun) {
    // a class of el says the noun ("comments_list__item": an item of a comments list)
    return namingClasses(el).some((ws) => ws.includes(noun));
  }
  function endsWithNoun(el, noun, fewest = 2) {
    // one of el's classes (of ``fewest`` words or more) ends with the noun, singular ("layout__topics__topic", not
    // "comment-item")
    return namingClasses(el).some((ws) => ws.length >= fewest && ws[ws.length - 1] === noun);
  }
  function nounPlace(el, names, said) {
    // how el's markup values use one of ``names`` (stemmed words, a compound such as "bankaccount" included):
    // "control" when an action word comes before it ("create-list"), "head" when a value ends with it (a record id and
    // an item word aside: "transaction-item-J5Fd3"), "part" when a part word follows it ("product-price"), "modifier"
    // when another noun does ("nav-transaction-tabs"), or null
    const values = classWordsOf(el).split(/\s+/).map(moduleClass).concat([el.id, el.getAttribute("name"), el.getAttribute("role"),
      el.getAttribute("itemtype") ? el.getAttribute("itemtype").split("/").pop() : ""]);
    for (const a of TEST_ID_ATTRS) {
      const v = el.getAttribute(a);
      const parts = v && testIdParts(el);
      if (v) values.push(parts && parts[0] === a ? parts[1] : v);
    }
    if (el.tagName === "TR") values.push("row");
    if (el.tagName === "ARTICLE") values.push("article");
    // a control that makes one ("create-list", "new-transaction") is no item of the list, even where none exists yet
    // and whatever else its markup says; a test id is read whole here (the loop below may have cut "list" off as an id)
    const raw = values.concat(TEST_ID_ATTRS.map((a) => el.getAttribute(a)));
    for (const value of raw) {
      const ws = words(value || "").map(stem);
      const at = ws.findIndex((w) => names.includes(w));
      if (at > 0 && ACTION_WORDS.has(ws[at - 1]) && !said.includes(ws[at - 1])) return "control";
    }
    let place = null;
    for (const value of values) {
      const ws = words(value || "").map(stem);
      let at = -1;  // the noun's last use: "layout__topics__topic" ends with it
      ws.forEach((w, k) => { if (names.includes(w)) at = k; });
      if (at < 0) continue;
      const tail = ws.slice(at + 1);
      if (ITEM_TAILS.has(tail.join(" "))) return "head";
      // BEM: "topic__category" is an element of the block "topic", a part of a topic, whatever its word
      const bem = (value || "").split("__");
      const block = bem.length > 1 ? words(bem.slice(0, -1).join(" ")).map(stem) : [];
      if (tail.some((w) => PART_WORDS.has(w)) || block.some((w) => names.includes(w))) place = place || "part";
      else place = "modifier";
    }
    return place;
  }
  const REGION_TESTS = {
    header: (n) => n.tagName === "HEADER" || n.getAttribute("role") === "banner" || /\b(header|topbar|top-bar|app-bar|navbar)\b/i.test(n.className || "") || (!hasBanner() && isTopBar(n)),
    footer: (n) => n.tagName === "FOOTER" || n.getAttribute("role") === "contentinfo" || /\bfooter\b/i.test(n.className || "") || /footer/i.test(n.id || ""),
    sidebar: (n) => n.tagName === "ASIDE" || n.getAttribute("role") === "complementary" || /(sidebar|side-bar|sidenav|drawer|bm-menu)/i.test((n.className || "") + " " + (n.id || "")) || (!hasAside() && isSideBar(n)),
    // a menu by its role, its class or its id (Redmine's div#admin-menu, div#context-menu)
    navigation: (n) => n.tagName === "NAV" || ["navigation", "menu", "menubar"].includes(n.getAttribute("role"))
      || /(?:^|[\s_-])(nav|navbar|menu)(?:$|[\s_-])/i.test(String(n.className || "") + " " + (n.id || "")),
    dialog: (n) => n.tagName === "DIALOG" || ["dialog", "alertdialog"].includes(n.getAttribute("role")) || n.getAttribute("aria-modal") === "true" || /\b(modal|dialog|popup|popover)\b/i.test(String(n.className || "")) || isOverlay(n),
    main: (n) => n.tagName === "MAIN" || n.getAttribute("role") === "main",
    // what the markup calls the box (ol.breadcrumb, nav[aria-label=breadcrumb], div.pagination), as discovery reads it
    breadcrumb: (n) => regionsAt(n, null).has("breadcrumb"),
    pagination: (n) => regionsAt(n, null).has("pagination"),
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
  // what a person sees, though a modal menu has hidden the rest of the page from screen readers (aria-hidden, inert):
  // the table's rows behind an open Radix menu are still there to count; an off-screen drawer's are not
  const isSeen = (el) => {
    const reasons = visibleFacts(el).reasons;
    const aria = reasons.includes("aria-hidden or inert");
    return reasons.every((r) => r === "off-screen" || r === "aria-hidden or inert") && !(aria && reasons.includes("off-screen"));
  };
  const FILTER_FIELDS = "input:not([type=checkbox]):not([type=radio]):not([type=hidden]), select, textarea";
  // body rows without the filter and placeholder rows notDataRow() leaves out, as a selector suffix
  const NOT_RECORD = ":not(:has(" + FILTER_FIELDS.split(", ").map((f) => "> td " + f).join(", ") + ")):not(:has(> td[colspan]:only-child))";
  const TITLED_ROWS = "table:has(th) > tbody > tr";  // body rows of a table with column titles (discover.py offers it too)
  const CONTROL_TAGS = new Set(["INPUT", "TEXTAREA", "SELECT", "BUTTON", "OPTION", "LABEL"]);
  function exactSelector(members) {
    // a selector finding exactly these elements, in order: their shared classes, a shared id prefix, body rows (of a
    // table with column titles first: a "first row" kept in the cache stays a record once a filter laid out as a
    // table, with no titles, appears above it on the same page)
    const el = members[0], tag = el.tagName.toLowerCase();
    const options = [cssFor(el)];
    const prefix = (el.id || "").replace(/\d+$/, "");
    if (prefix && prefix !== el.id) options.push(tag + '[id^="' + prefix + '"]');
    if (tag === "tr") options.push(TITLED_ROWS, TITLED_ROWS + NOT_RECORD, "tbody > tr", "tbody > tr" + NOT_RECORD);
    for (const shown of [false, true]) {  // exactly these, else these among the visible (Playwright's :visible)
      for (const css of options) {
        const tried = shown ? css + ":visible" : css;
        if (findsExactly(tried, members)) return tried;
      }
    }
    return null;
  }
  const HEADS = "caption, th, [role=columnheader]";
  function headsOf(t) {
    // a table's column titles: its own, or, for a body drawn apart from its header (a header <table> and a body <table>
    // in one component, as Element UI draws them), those of the header table beside it
    const own = Array.from(t.querySelectorAll(HEADS));
    if (own.length) return own;
    for (let n = t.parentElement, depth = 0; n && n !== document.body && depth < 3; n = n.parentElement, depth++) {
      const beside = Array.from(n.querySelectorAll("table")).filter((o) => o !== t && o.querySelector(HEADS));
      if (beside.length) return beside.flatMap((o) => Array.from(o.querySelectorAll(HEADS)));
    }
    return [];
  }
  const records = (t) => Array.from(t.rows).filter((r) => !notDataRow(r));
  function layoutTable(t) {
    // a table that lays out the page (most rows hold a table), not one whose footer row holds a pager table (Roundup's list)
    const rows = Array.from(t.rows), holding = rows.filter((r) => r.querySelector("table")).length;
    return holding > 0 && holding * 2 >= rows.length;
  }
  function tableRowsOf(head, region, onlyTable, within) {
    // the records of the one visible table whose caption or column headers name the noun (a header drawn apart holds
    // none); with ``onlyTable`` (the noun names nothing on the page), those of the page's only table that holds records
    const tables = Array.from(document.querySelectorAll("table")).filter((t) => isVisible(t) && inRegion(t, region) && !layoutTable(t) && (!within || within(t)));
    const named = tables.filter((t) => words(headsOf(t).map((h) => textOf(h)).join(" ")).map(stem).includes(head));
    const bodies = named.filter((t) => records(t).length);
    if (bodies.length === 1) return records(bodies[0]);
    if (named.length === 1) return records(named[0]);
    const holding = tables.filter((t) => records(t).some(isVisible));
    // in a part of the page said with the count ("the sidebar shows 5 participants"), that part's one table will do
    return onlyTable && !named.length && holding.length === 1 && (pageIsAbout(head) || !!region) ? records(holding[0]) : null;
  }
  const headWords = (s) => clean((s || "").toLowerCase().replace(/[^\p{L}\p{N}#%]+/gu, " "));
  function sameHead(head, want) {
    // a column title as said: the same words, the last one singular or plural ("Documents" for "document")
    if (!head || !want) return false;
    if (head === want) return true;
    const h = head.split(" "), w = want.split(" ");
    return h.length === w.length && h.every((x, k) => x === w[k] || stem(x) === stem(w[k]));
  }
  function endsWithHead(head, want) {
    // "Total links" for "links", "Number of posts" for "posts": one or two words before the title said
    const h = (head || "").split(" "), w = (want || "").split(" ");
    return !!want && h.length > w.length && h.length <= w.length + 2 && sameHead(h.slice(h.length - w.length).join(" "), want);
  }
  function columnStart(cell) {
    // the column a cell starts at, counting the spans of the cells before it in its row
    let at = 0;
    for (const c of Array.from(cell.parentElement.children)) {
      if (c === cell) return at;
      at += c.colSpan || 1;
    }
    return at;
  }
  function cellAt(row, column) {
    // the cell of ``row`` that covers ``column`` (rows spanning down from rows above are not counted)
    let at = 0;
    for (const c of Array.from(row.cells)) {
      const span = c.colSpan || 1;
      if (column >= at && column < at + span) return span === 1 ? c : null;
      at += span;
    }
    return null;
  }
  function pageTitledFor(head) {
    // the page's title, address or main heading names the noun (narrower than pageIsAbout: no section headings)
    const heads = "h1, [role=heading][aria-level='1'], [class*=page-title], [class*=toolbar__title]";  // a Vuetify page's toolbar title
    const said = [document.title, location.pathname, ...Array.from(document.querySelectorAll(heads)).filter(isVisible).map(textOf)];
    return words(said.join(" ")).map(stem).includes(head);
  }
  function pageIsAbout(head) {
    // the page itself says what its table lists ("Article List" as its title, /article/list as its address, a
    // heading or breadcrumb): a table that only happens to be alone on the page is not a list of any noun asked for
    const said = [document.title, location.pathname, location.hash.replace(/[#/]+/g, " ")];
    for (const h of document.querySelectorAll("h1, h2, h3, h4, [class*=panel-title], [class*=card-title], [class*=page-title], [aria-label*=breadcrumb i], [class*=breadcrumb], [class~=crumbs]")) if (isVisible(h)) said.push(textOf(h));
    return words(said.join(" ")).map(stem).includes(head);
  }
  const ROLE_NOUNS = new Set(["button", "link", "checkbox", "check", "box", "row", "image", "img", "picture", "photo", "heading",
    "tab", "radio", "option", "textbox", "text", "field", "input", "combobox", "dropdown", "select", "menuitem", "menu", "item", "column", "header"]);
  // Bootstrap's btn-group, form-group, panel-group…: the page's layout, never the "groups" a person counts
  const LAYOUT_GROUP = /^(btn|button|input|form|list|panel|card|nav|control|field|radio|checkbox)-group(-[a-z]+)?$/;
  function namedOnlyByLayout(el, head) {
    if (head !== "group") return false;
    const said = [el.id, ...TEST_ID_ATTRS.map((a) => el.getAttribute(a))].filter(Boolean).join(" ");
    if (words(said).map(stem).includes("group")) return false;
    return Array.from(el.classList).filter((c) => words(c).map(stem).includes("group")).every((c) => LAYOUT_GROUP.test(c));
  }
  function recordsOfTableNamed(all, head, region, within, compound = head) {
    // the rows of the one table named by the noun: its own markup (Kiwi TCMS's #resultsTable), the markup of its header
    // rows (Kutt's tr.links-controls) or the heading just before it ("Recent shortened links.")
    const TABLES = "table, [role=table], [role=grid]";
    const names = new Set([head, compound, head + "s", compound + "s", head + "es"]);
    const headingBefore = (table) => {
      for (let n = table.previousElementSibling, k = 0; n && k < 3; n = n.previousElementSibling, k++) {
        if (/^H[1-4]$/.test(n.tagName)) return textOf(n);
      }
      return "";
    };
    const says = (table) => markupWords(table).some((w) => names.has(w))
      || Array.from(table.querySelectorAll("thead tr")).some((tr) => markupWords(tr).some((w) => names.has(w)))
      || words(headingBefore(table)).some((w) => names.has(w));
    const named = all.filter((el) => el.matches(TABLES) && isSeen(el) && inRegion(el, region) && (!within || within(el)) && says(el));
    return named.length === 1
      ? all.filter((el) => roleOf(el) === "row" && el.closest(TABLES) === named[0] && !notDataRow(el) && isSeen(el)) : [];
  }
  function findGroup(query) {
    overlays.clear();
    bars.clear();
    sideBars.clear();
    bannerShown = null;
    asideShown = null;
    const wanted = words(query.noun || "").map(stem);
    if (!wanted.length) return { error: "nothing named to count" };
    const all = document.body ? Array.from(document.body.querySelectorAll("*")) : [];
    const ofRows = (rows) => {
      const members = rows.filter(isVisible);
      return { members, css: (members.length && exactSelector(members)) || "tr", level: 10, others: [] };
    };
    if (query.role) {
      // "3 buttons": every button; "8 Dismiss buttons": the buttons named Dismiss; "4 tag buttons": the buttons
      // whose words (name, title, markup, or a box around them) say "tag"
      // a quoted name ("3 "Add item" buttons") is the whole name, never a role word with qualifiers
      const named = !query.exact && wanted.every((w) => ROLE_NOUNS.has(w)) ? null : words(query.noun).join(" ");
      const qualifiers = !query.exact && ROLE_NOUNS.has(wanted[wanted.length - 1]) ? wanted.slice(0, -1) : null;
      const says = (el) => {
        const have = new Set(words([nameOf(el, query.role), el.getAttribute("title"), el.getAttribute("aria-label")].join(" ")).map(stem));
        for (let n = el, depth = 0; n && n !== document.body && depth < 4; n = n.parentElement, depth++) markupWords(n).forEach((w) => have.add(stem(w)));
        if (el.closest("table, [role=table], [role=grid]")) have.add("table");  // "4 rows in the results table": its tag says table
        if (["checkbox", "radio", "switch"].includes(query.role)) have.add(stem(isChecked(el) ? "checked" : "unchecked"));  // "2 checked checkboxes"
        return qualifiers.every((w) => have.has(w));
      };
      // rows or links of the page's navigation (an admin's app list) are not what "5 rows" counts, unless it is asked for
      const navigation = (el) => query.role === "row" && !query.region && !!el.closest("nav, [role=navigation]");
      let members = all.filter((el) => roleOf(el) === query.role && !notDataRow(el) && isSeen(el) && inRegion(el, query.region) && !navigation(el)
        && (named === null || (qualifiers ? says(el) : words(nameOf(el, query.role)).join(" ") === named)));
      if (!members.length && query.role === "row" && qualifiers) {
        // "the user table has 5 rows", "one project row is left" where no markup says user or project: the rows of the
        // page's one table, when the page's title or heading or the table's column titles say those words
        const TABLES = "table, [role=table], [role=grid]";
        const tables = all.filter((el) => el.matches(TABLES) && isSeen(el) && inRegion(el, query.region) && !el.closest("nav, [role=navigation]"));
        const about = tables.length === 1 ? new Set(words([document.title, ...Array.from(document.querySelectorAll("h1")).map(textOf),
          ...Array.from(tables[0].querySelectorAll("th, caption, [role=columnheader]")).map(textOf)].join(" ")).map(stem)) : null;
        if (about && qualifiers.every((w) => w === stem("table") || about.has(w))) {
          members = all.filter((el) => roleOf(el) === "row" && el.closest(TABLES) === tables[0] && !notDataRow(el) && isSeen(el));
        }
      }
      if (!members.length && query.role === "row" && !(qualifiers && qualifiers.length) && !all.some((el) => el.matches("table, [role=table], [role=grid]") && isSeen(el))) {
        // "every row has an Unarchive button" on a page with no table: the entries of its main list (the visible list
        // outside navigation with the most entries), as people call a list's entries rows
        const lists = all.filter((el) => el.matches("ul, ol, [role=list]") && isSeen(el) && inRegion(el, query.region)
          && !el.closest("nav, [role=navigation], header, footer, [role=menu], [role=listbox]"));
        const entriesOf = (list) => Array.from(list.children).filter((c) => (c.tagName === "LI" || c.getAttribute("role") === "listitem") && isSeen(c));
        const main = lists.map((list) => [list, entriesOf(list)]).filter(([, entries]) => entries.length >= 2)
          .sort((a, b) => b[1].length - a[1].length)[0];
        if (main) members = main[1];
      }
      if (query.role === "link" && named === null && !query.region && wanted.length === 1) {
        // "Twelve links are listed" in a URL shortener: the records of the one table its heading or header row calls
        // links (Kutt's "Recent shortened links."), never every anchor of the page
        const records = recordsOfTableNamed(all, wanted[0], null, null);
        if (records.length) return ofRows(records);
      }
      return { members, css: "role=" + query.role, level: 3, others: [] };
    }
    const head = wanted[wanted.length - 1], qualifiers = wanted.slice(0, -1), compound = stem(words(query.noun || "").join(""));
    const synonyms = SYNONYMS[head] || [];
    const section = query.section ? sectionOf(query.section) : null;
    if (section && section.error) return section;
    const within = section ? section.holds : null;
    if (head === "row" && !qualifiers.length) {
      // "the first row" on a page with a table: a record of the table with the most, whatever classes each row has
      // (unviewed, paused), never a box whose id only says row (changedetection's #stats_row)
      const TABLES = "table, [role=table], [role=grid]";
      const rowsOf = (t) => all.filter((el) => roleOf(el) === "row" && el.closest(TABLES) === t && !notDataRow(el) && isSeen(el));
      const tables = all.filter((el) => el.matches(TABLES) && isSeen(el) && inRegion(el, query.region) && (!within || within(el))
        && !el.closest("nav, [role=navigation]")).map((t) => [t, rowsOf(t)]).filter(([, rows]) => rows.some(isVisible));
      const most = tables.sort((a, b) => b[1].length - a[1].length)[0];
      if (most) {
        const members = most[1].filter(isVisible);
        return { members, css: exactSelector(members) || "tr", level: 10, others: [] };
      }
    }
    const groups = new Map();
    for (const el of all) {
      if (["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HTML", "HEAD", "BODY", "OPTION"].includes(el.tagName)) continue;
      if (within && !within(el)) continue;
      if (CONTROL_TAGS.has(el.tagName)) continue;  // a field or a button is not an item of a list ("post" names the post box)
      if (["I", "svg", "use"].includes(el.tagName) || (el.tagName === "SPAN" && iconNames(el).length)) continue;  // an icon's glyph (el-icon-edit) is no item
      if (namedOnlyByLayout(el, head)) continue;
      const raw = markupWords(el);
      const own = raw.map(stem);
      // the word itself ranks first, then its synonyms in the order listed (a product is an item before a card);
      // "bank account" may be written as one word ("bankaccount-list-item")
      const joined = own.includes(compound);
      const rank = synonyms.findIndex((w) => own.includes(w));
      // "products", "bankaccounts": the list; "layout__topics__topic" ends with the noun itself: an item of the topics
      // an id every item repeats (Calibre-Web's id="books" on each book) names no one list
      const listWords = el.id && document.querySelectorAll("#" + CSS.escape(el.id)).length > 1 ? markupWords(el, false) : raw;
      const plural = (listWords.includes(head + "s") || listWords.includes(compound + "s")) && !endsWithNoun(el, head) && !moduleItemOf(el, head);
      let level = (own.includes(head) || joined) && !plural ? 10 : rank >= 0 ? 9 - rank : 0;
      if (!level) continue;
      // "row" stands for an item only as a table's row, or a row of a list drawn in boxes (Kanboard's div.table-list-row):
      // Bootstrap's <div class="row"> is the page's layout
      if (level < 10 && synonyms[rank] === "row" && el.tagName !== "TR" && el.getAttribute("role") !== "row" && !LIST_ROW_CLASS.test(el.getAttribute("class") || "")) continue;
      // an input's add-on box (div.input-addon-item) is a part of a field, never an item of a list
      if (level < 10 && own.some((w) => FIELD_PART_WORDS.has(w))) continue;
      // what the markup calls the element: the noun itself ranks above things it only qualifies (the
      // "transaction tabs" are not a transaction); parts of one (its name, its price) are not counted at all
      const place = nounPlace(el, level === 10 ? [head, compound] : [synonyms[rank]], wanted);
      if (place === "part" || place === "control" || (place === null && own.some((w) => PART_WORDS.has(w) && w !== head && !qualifiers.includes(w)))) continue;
      if (place === "modifier") level -= 6;
      if (level < 10 && el.closest("nav, [role=navigation], [role=menubar], [role=menu], .pagination, .pager")) continue;  // a menu's nav-items, a pager's page-items are not the page's products
      if (qualifiers.length && !joined) {
        const around = new Set();
        for (let n = el; n && n.nodeType === 1; n = n.parentElement) markupWords(n).forEach((w) => around.add(stem(w)));
        if (!qualifiers.every((w) => around.has(w))) continue;
      }
      if (notDataRow(el) || !inRegion(el, query.region)) continue;
      const key = signature(el);
      if (!groups.has(key)) groups.set(key, { key, css: groupCss(el), level, all: [] });
      groups.get(key).all.push(el);
    }
    let candidates = Array.from(groups.values());
    if (!qualifiers.length && !candidates.some((g) => g.level === 10 && g.all.some(isVisible))) {
      const labelled = labelledList(head, query.region, within);
      if (labelled) return labelled;
    }
    if (!section && qualifiers.length && !candidates.some((g) => g.level === 10 && g.all.some(isVisible))) {
      const headed = headedList(wanted, query.region);  // "the first open question": the list under "Open questions"
      if (headed) return headed;
    }
    if (!qualifiers.length) {
      // "5 results", "7 watches" where one table's own markup names them (Kiwi TCMS's #resultsTable, changedetection's
      // table.watch-table): its records, before any other element whose class only mentions the word
      const records = recordsOfTableNamed(all, head, query.region, within, compound);
      if (records.length && !candidates.some((g) => g.level === 10 && g.all.some((el) => isVisible(el) && records.includes(el)))) {
        return ofRows(records);
      }
    }
    if (!qualifiers.length && !candidates.some((g) => g.level === 10 && g.all.some(isVisible))) {
      const rows = tableRowsOf(head, query.region, false, within);  // "5 products" in a table whose Product column says what its rows are
      if (rows) return ofRows(rows);
    }
    if (!candidates.some((g) => g.level >= SHAPE_BELOW_LEVEL)) {
      const shaped = shapeGroup(head, qualifiers, query.region, within);  // items no markup word names: by their repeated shape
      if (shaped) return shaped;
    }
    if (!qualifiers.length && !candidates.some((g) => g.level >= SHAPE_BELOW_LEVEL && g.all.some(isVisible))) {
      const plain = plainListGroup(head, query.region, within);  // a server-rendered <ul> of links a heading names
      if (plain) return plain;
    }
    if (!qualifiers.length && !candidates.some((g) => g.all.some(isVisible))) {
      const rows = tableRowsOf(head, query.region, true, within);  // a noun naming nothing else: the records of the page's only table
      if (rows) return ofRows(rows);
    }
    if (!query.region) candidates = inContent(candidates);
    const shown = candidates.filter((g) => g.all.some(isVisible));  // the best word among what a person can see
    const best = Math.max(0, ...(shown.length ? shown : candidates).map((g) => g.level));
    candidates = candidates.filter((g) => g.level === best);
    // a container holds two or more of another group's elements: it is the list, not an item of it
    candidates = candidates.filter((g) => !candidates.some((o) => o !== g && g.all.some((el) => o.all.filter((x) => el !== x && el.contains(x)).length >= 2)));
    // parts inside an item (its name, its price) are not items: keep the outermost groups
    candidates = candidates.filter((g) => !candidates.some((o) => o !== g && g.all.every((el) => o.all.some((x) => x !== el && x.contains(el)))));
    // "comments_list__comment" over "comments_list__item": a class ending with the noun itself names it more closely
    // than an item of a list of them (Spirit's moderation events in the comment list)
    const looser = (g) => g.all.every((el) => !endsWithNoun(el, head, 1) && namesInPassing(el, head));
    const closest = candidates.filter((g) => !looser(g));
    if (closest.length && closest.length < candidates.length) candidates = closest;
    candidates = oneKind(candidates);
    const owners = candidates.length > 1 ? itemOfParts(candidates, head) : null;
    if (owners) candidates = [owners];
    const counted = candidates.map((g) => ({ css: g.css, level: g.level, members: g.all.filter(isVisible) }));
    if (qualifiers.length && !counted.some((g) => g.members.length) && qualifiers.every(pageTitledFor)) {
      // "5 archived bookmarks" on the page headed "Archived bookmarks": its bookmarks are the archived ones; "4 recipe
      // cards" on the page titled Recipes: its cards
      return findGroup({ ...query, noun: words(query.noun).slice(-1)[0] });
    }
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
  const FIELD_SYNONYMS = { price: ["price", "cost", "amount", "how much"], amount: ["amount", "how much", "sum", "price", "cost"],
    name: ["name", "title"], title: ["title", "name", "heading"], date: ["date", "time", "when"] };
  const MONEY = /[$€£¥₹]\s?-?\d[\d,]*(?:\.\d+)?|-?\d[\d,]*(?:\.\d+)?\s?[$€£¥₹](?!\s?\d)/;  // "2018 $19.95" is $19.95
  function cellUnderColumn(item, names) {
    // a table row's cell under the column whose title is one of ``names`` (a field and its other names), or null
    if (item.tagName !== "TR" || !item.closest("table")) return null;
    const at = headsOf(item.closest("table")).findIndex((h) => names.includes(words(textOf(h)).map(stem).join(" ")));
    return at >= 0 ? item.cells[at] || null : null;
  }
  function fieldOf(item, field) {
    const names = FIELD_SYNONYMS[field] || [field];
    const cell = cellUnderColumn(item, names);  // a row's field is the cell under the column of that name
    if (cell) return textOf(cell);
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
  function fieldElementOf(item, field) {
    // the element of ``item`` that shows ``field``: one its markup names so, a name's heading, the one price in it
    const names = FIELD_SYNONYMS[field] || [field];
    const cell = cellUnderColumn(item, names);  // a row's field: the cell under the column of that name
    if (cell && isVisible(cell)) return cell;
    for (const name of names) {
      const hit = Array.from(item.querySelectorAll("*")).find((el) => isVisible(el) && markupWords(el).map(stem).includes(name) && textOf(el));
      if (hit) return hit;
    }
    if (field === "name" || field === "title") {
      const heading = item.querySelector("h1, h2, h3, h4, h5, h6, [role=heading], a[href], strong, b");
      return heading && isVisible(heading) && textOf(heading) ? heading : null;
    }
    if (field === "price") {
      const priced = Array.from(item.querySelectorAll("*")).filter((el) => isVisible(el) && textOf(el).length <= 40 && MONEY.test(textOf(el)));
      const inner = priced.filter((el) => !priced.some((o) => o !== el && el.contains(o)));
      return inner.length === 1 ? inner[0] : null;  // two prices (was, now) are a question
    }
    return null;
  }
  function pathWithin(root, el) {
    // a css path from ``root`` down to ``el`` by tag and place that finds only ``el`` inside root, or null
    const steps = [];
    for (let n = el; n && n !== root; n = n.parentElement) {
      const same = Array.from(n.parentElement.children).filter((c) => c.tagName === n.tagName);
      steps.unshift(n.tagName.toLowerCase() + (same.length > 1 ? ":nth-of-type(" + (same.indexOf(n) + 1) + ")" : ""));
    }
    const path = steps.join(" > ");
    let found = [];
    try { found = Array.from(root.querySelectorAll(":scope > " + path)); } catch (e) { return null; }
    return found.length === 1 && found[0] === el ? ":scope > " + path : null;
  }
  function fieldValues(query) {
    const noun = (query.noun || "").trim();
    const fieldWords = words(query.field || "").map(stem);
    const nounHead = stem(words(noun).slice(-1)[0] || "");
    if (fieldWords.length > 1 && fieldWords[0] === nounHead) fieldWords.shift();  // products "by product name": by name
    const field = fieldWords[0] || "";
    if (noun && stem(words(noun).slice(-1)[0] || "") !== field) {
      const found = findGroup({ noun, region: query.region, section: query.section });
      if (found.error) return found;
      const values = found.members.map((el) => fieldOf(el, field));
      if (values.some((v) => v === null)) return { error: "no " + field + " in some of them", css: found.css, values: values.filter((v) => v !== null) };
      return { values, css: found.css };
    }
    const found = findGroup({ noun: field, region: query.region });
    if (found.error) return found;
    return { values: found.members.map(textOf), css: found.css };
  }

  // --- repeated items no markup word names (hashed classes, none at all): found by their shape; table data rows ---
  // the nouns people use for the items of a list: only these may be found by shape, never a control's name
  const ITEM_NOUNS = new Set(["product", "item", "card", "tile", "post", "article", "entry", "result", "listing", "row", "record",
    "story", "comment", "review", "message", "notification", "user", "contact", "order", "task", "todo", "offer", "deal"]);
  const SHAPE_BELOW_LEVEL = 5;  // a group the markup names by the noun or a synonym (not only as a modifier) wins over shape
  const LIST_TAG_WORDS = { UL: "list", OL: "list", TABLE: "table", TBODY: "table" };  // what a person calls these boxes
  const OUTSIDE_CONTENT = "nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
    + "[role=menu], [role=menubar], [role=tablist], select, datalist, thead, tfoot";
  const ITEM_PARTS = "h1, h2, h3, h4, h5, h6, [role=heading], a[href], img, button, [role=button], [role=link], strong, b, td";
  function shapeOf(el) {
    // an item's shape: its tag, its classes that are not style hashes, and the tags of its children
    return signature(el) + "(" + Array.from(el.children).map((c) => c.tagName).join(",") + ")";
  }
  const SEARCH_FIELD = "input[type=search], input[name=q], input[name=query], input[name=search], input[name=s], input[name=term]";
  function looksLikeItem(el) {
    // an item holds text and something a person picks it by (a title, a link, a picture, a button); a bare line is not one
    // a form's fieldset (a search form's box of fields) is never an item of what it searches
    return !!textOf(el) && el.childElementCount > 0 && !!el.querySelector(ITEM_PARTS) && !CONTROL_TAGS.has(el.tagName)
      && el.tagName !== "FIELDSET" && !(el.parentElement && el.parentElement.tagName === "FORM" && el.querySelector(SEARCH_FIELD));
  }
  function placedFor(el, region) {
    // in the named part of the page; without one, in the page's content, not its navigation, header, footer or sidebar
    if (region) return inRegion(el, region);
    return !isChrome(el);
  }
  function namesQualifiers(el, qualifiers) {
    // "cart items": the list sits in a box whose markup words, label or heading say "cart"
    if (!qualifiers.length) return true;
    const around = new Set();
    for (let n = el; n && n.nodeType === 1 && n !== document.body; n = n.parentElement) ownWords(n).forEach((w) => around.add(w));
    return qualifiers.every((w) => around.has(w));
  }
  function ownWords(n) {
    // the stems n itself says what it holds with: its markup words, its label, its own heading
    const said = [...markupWords(n), ...words(n.getAttribute("aria-label") || "")];
    const heading = n.querySelector(":scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > header h1, :scope > header h2, :scope > header h3");
    if (heading) said.push(...words(textOf(heading)));
    return said.map(stem);
  }
  function namingDistance(el, head) {
    // how many boxes up from el the first one whose own markup words, label or heading name the noun
    let steps = 0;
    for (let n = el; n && n.nodeType === 1 && n !== document.body; n = n.parentElement, steps++) if (ownWords(n).includes(head)) return steps;
    return steps;
  }
  const NAV_LIKE = "nav, [role=navigation], [role=menu], [role=menubar], [role=tablist], .pagination, [class*=pagination], [class*=menu], [class*=navbar], [class*=breadcrumb], [class~=crumbs]";
  // what may be an item of a list under a heading: boxes, not a paragraph, a label or a line of inline text
  const SECTION_ITEM_TAGS = new Set(["LI", "DT", "TR", "ARTICLE", "SECTION", "DIV", "A"]);
  function shapeGroup(head, qualifiers, region, within) {
    // the largest set of visible sibling items with one shape, in the content the person means; two equally large
    // sets are a question for the person, never a guess
    // under a heading, the section says which list; on a page whose title, address or main heading names the noun
    // ("Locations", /recipes/), the page's own repeated items are what it lists
    if (!(ITEM_NOUNS.has(head) || within || pageTitledFor(head)) || !document.body) return null;
    // on a page titled for a noun no markup names, a menu or the pages of a list are never what it lists
    const titledOnly = !ITEM_NOUNS.has(head) && !within;
    const sets = [];
    for (const parent of document.body.querySelectorAll("*")) {
      if (!parent.childElementCount || ["SELECT", "DATALIST", "SVG", "HEAD", "THEAD", "TFOOT"].includes(parent.tagName.toUpperCase())) continue;
      if (within && !within(parent)) continue;
      if (titledOnly && parent.closest(NAV_LIKE)) continue;
      const byShape = new Map();
      const listBox = LIST_TAG_WORDS[parent.tagName] === "list";
      for (const child of parent.children) {
        if (child.tagName === "TR" && notDataRow(child)) continue;
        const key = listBox && child.tagName === "LI" ? "LI" : shapeOf(child);  // a list's items, whatever each one's classes say (overdue)
        if (!byShape.has(key)) byShape.set(key, []);
        byShape.get(key).push(child);
      }
      for (const members of byShape.values()) {
        const shown = members.filter((m) => isVisible(m) && !m.matches(OUTSIDE_CONTENT));
        // one item is a list only inside a list the person named ("1 item in the cart": the cart's <ul> holds one), or
        // under a heading or label that names the noun ("Messages", then the one message)
        const listBox = LIST_TAG_WORDS[parent.tagName] || ["list", "table", "grid", "feed"].includes(parent.getAttribute("role"));
        // on a page titled for the noun, one item is a list only in a list box named for it close by (the page's own
        // box names every box in it)
        const namesList = titledOnly ? !!listBox && namingDistance(parent, head) <= 2 : namesQualifiers(parent, [head]);
        const least = qualifiers.length && listBox || within || shown.length === 1 && namesList ? 1 : 2;
        // under a heading, an item is any box of text (a board's card: a checkbox and its words), not only one with a title
        const itemLike = within ? (el) => !!textOf(el) && el.childElementCount > 0 && SECTION_ITEM_TAGS.has(el.tagName) : looksLikeItem;
        if (shown.length < least || !shown.every(itemLike) || !namesQualifiers(parent, qualifiers)) continue;
        if (titledOnly && shown.some((m) => m.matches(NAV_LIKE))) continue;  // a menu's entries, a list's page links
        if (!qualifiers.length && !placedFor(parent, region) || region && !inRegion(parent, region)) continue;  // "cart items" may sit in a header's mini-cart
        sets.push(shown);
      }
    }
    // boxes made only of another set's items are lists of lists (two shelves of cards): their items are the ones
    const inSets = new Set(sets.filter((s) => s.length >= 2).flat());
    const boxes = sets.filter((s) => !s.every((box) => Array.from(box.children).every((c) => inSets.has(c))));
    // one box around another set is its wrapper (<div class="products"><div><ul><li>…), not a list of one
    const itemSets = boxes.filter((s) => !(s.length === 1 && boxes.some((o) => o !== s && s[0].contains(o[0]))));
    // a set inside one item of another set is a part of it (a post's comments, an item's lines), not the list
    // (on a page titled for a noun no markup names, the page's layout boxes are no items: every set stays a candidate)
    const top = titledOnly ? itemSets : itemSets.filter((s) => !itemSets.some((o) => o !== s && o.some((item) => item.contains(s[0]))));
    if (!top.length) return null;
    // a set in a box whose markup or heading names the noun (<div class="products"><ul><li>…) is the one meant, over
    // a larger set nothing names (the FAQ below a shop's grid)
    // the nearest name wins: <ul class="bookmark-list"> names its items; the pages below it only sit in a box that does
    const named = top.filter((s) => namesQualifiers(s[0].parentElement, [head]));
    const distance = new Map(named.map((s) => [s, namingDistance(s[0].parentElement, head)]));
    const nearest = Math.min(...distance.values());
    const pool = named.length ? named.filter((s) => distance.get(s) === nearest) : top;
    const most = Math.max(...pool.map((s) => s.length));
    const largest = pool.filter((s) => s.length === most);
    const others = largest.map((s) => describe(s[0].parentElement) + " > " + describe(s[0]) + " (" + s.length + ")");
    if (largest.length > 1) return { error: "ambiguous", others };
    const members = largest[0];
    const css = exactSelector(members) || shapeCss(members);
    return { members, css, shape_css: css, level: 9, others };
  }
  function pathTo(el) {
    // a css path to el: from the nearest ancestor with a unique, hand-written id (else the body), by tag and place
    const steps = [];
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      if (n === document.body) return "body > " + steps.join(" > ");
      if (n.id && !/\d{3,}|^:|[0-9a-f]{8,}/i.test(n.id) && document.querySelectorAll("#" + CSS.escape(n.id)).length === 1) {
        return ["#" + CSS.escape(n.id), ...steps].join(" > ");
      }
      const same = Array.from(n.parentElement.children).filter((c) => c.tagName === n.tagName);
      steps.unshift(n.tagName.toLowerCase() + (same.length > 1 ? ":nth-of-type(" + (same.indexOf(n) + 1) + ")" : ""));
    }
    return null;
  }
  function shapeCss(members) {
    // the items as children of their list: "ul#results > li", "body > main > div:nth-of-type(2) > div"
    const parent = members[0].parentElement, path = pathTo(parent);
    if (!path) return null;
    const tag = members[0].tagName.toLowerCase();
    for (const css of [path + " > " + tag, path + " > " + cssFor(members[0])]) {
      let found;
      try { found = Array.from(document.querySelectorAll(css)); } catch (e) { continue; }
      if (found.length === members.length && found.every((f, k) => f === members[k])) return css;
      const shown = found.filter(isVisible);
      if (shown.length === members.length && shown.every((f, k) => f === members[k])) return css + ":visible";
    }
    return null;
  }
  function ownText(el) {
    // the text of a cell outside its controls (a select's options, a button's label are not data)
    let out = "";
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if (!t.parentElement.closest("select, option, button, label, textarea")) out += t.textContent;
    return clean(out);
  }
  const FILTER_CONTROLS = "input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=button]):not([type=submit]), select";
  function isChecked(el) {
    return el.checked === true || el.getAttribute("aria-checked") === "true";
  }
  function notDataRow(el) {
    // a table row that holds no record: a header row, a row in thead/tfoot, a filter row (controls and no data),
    // or a placeholder spanning the table ("No data")
    if (el.tagName !== "TR" || !el.cells) return columnTitlesRow(el) || ariaHeaderRow(el);
    const section = el.parentElement && el.parentElement.tagName;
    if (section === "THEAD" || section === "TFOOT") return true;
    const cells = Array.from(el.cells);
    if (!cells.length || cells.every((c) => c.tagName === "TH")) return true;
    // a form laid out as a table: "Sort on: [select] Descending [x]", each cell a control or the label before one
    if (el.querySelector(FILTER_CONTROLS) && cells.every((c) => c.querySelector(FILTER_CONTROLS) || !ownText(c) || /:\s*$/.test(textOf(c)))) return true;
    // a filter widget laid out as a table (label, operator, value): choices to fill in, in a table with no column titles
    const table = el.closest("table");
    if (el.querySelector("select") && el.querySelector(FILTER_CONTROLS) && table && !table.querySelector("th")) return true;
    if (cells.length === 1 && (cells[0].colSpan > 1 || columnsOf(el) > 1)) return true;
    return false;
  }
  function ariaHeaderRow(el) {
    // a grid drawn with ARIA roles (ag-grid's div role=row): a row of column headers and no data cell is its header
    return el.getAttribute("role") === "row" && !!el.querySelector("[role=columnheader]")
      && !el.querySelector("[role=gridcell], [role=cell], [role=rowheader]");
  }
  function columnTitlesRow(el) {
    // a list laid out as a table of boxes has its column titles in a box of its own (FlaskBB's "row forum-meta":
    // Topic, Posts, Views, Last Post): markup that says so, short titles side by side, and nothing to click
    if (!el.children || el.children.length < 2 || el.querySelector("a[href], button, input, select, textarea, [role=button], [role=link]")) return false;
    const said = markupWords(el);
    return said.some((w) => COLUMN_TITLE_WORDS.has(w)) && Array.from(el.children).every((c) => textOf(c).length <= 30);
  }
  const COLUMN_TITLE_WORDS = new Set(["meta", "header", "head", "heading", "headings", "titles", "labels", "thead", "columns"]);
  function columnsOf(row) {
    const table = row.closest("table");
    return table ? Math.max(0, ...Array.from(table.rows).slice(0, 20).map((r) => r.cells.length)) : 0;
  }
  // --- content over chrome, sections under a heading, plain server-rendered lists ---
  const CHROME_REGIONS = ["header", "footer", "sidebar", "navigation"];
  function isChrome(el) {
    // in the page's header, footer, sidebar or navigation (a landmark, or a box whose class words name one, as
    // Django's <ul class="sidebar-nav"> does), not in its content; a <main> ends the search: what holds it is layout
    for (let n = el; n && n.nodeType === 1 && n !== document.body; n = n.parentElement) {
      if (n.tagName === "MAIN" || n.getAttribute("role") === "main") return false;
      if (n.matches(OUTSIDE_CONTENT)) {
        if (n.tagName === "HEADER" && n.parentElement && n.parentElement.closest("article, section, main, li")) continue;  // a card's own header
        return true;
      }
      const regions = regionsAt(n, null);
      if (CHROME_REGIONS.some((r) => regions.has(r))) return true;
    }
    return false;
  }
  function inContent(candidates) {
    // "books", "items": a list in the page's content wins over one in its navigation, sidebar or footer; a group
    // with members in both is counted by its content members (two content lists that both match stay a question)
    const placed = candidates.map((g) => ({ ...g, all: g.all.filter((el) => !isChrome(el)) }));
    return placed.some((g) => g.all.some(isVisible)) ? placed.filter((g) => g.all.length) : candidates;
  }
  const SECTION_HEADS = "h1, h2, h3, h4, h5, h6, [role=heading], legend, caption, summary";
  const TITLE_FIELDS = "input:not([type]), input[type=text], textarea";
  function headLevel(el) {
    const m = /^H([1-6])$/.exec(el.tagName);
    if (m) return Number(m[1]);
    return el.getAttribute("role") === "heading" ? Number(el.getAttribute("aria-level")) || 2 : 7;
  }
  const headText = (el) => (FIELD_TAGS.has(el.tagName) ? clean(el.value) : textOf(el));
  function headsABox(el) {
    // el says all a content box's header or title bar says (FlaskBB's card-header holding one link): what heads the box
    const own = textOf(el);
    for (let n = el.parentElement, up = 0; own && n && n !== document.body && up < 2; n = n.parentElement, up++) {
      if (textOf(n) !== own) return false;
      if (/(?:^|[\s_-])(?:header|heading|title)(?:$|[\s_-])/i.test(String(n.className || "")) && !isChrome(n)) return true;
    }
    return false;
  }
  function sectionOf(name) {
    // the heading (or the title field of a board's list) that says ``name``, and a test for what its section holds:
    // what follows it, inside the widest box around it that holds no other heading of its rank, up to the next one
    const said = clean(name).toLowerCase();
    let heads = Array.from(document.querySelectorAll(SECTION_HEADS + ", " + TITLE_FIELDS)).filter((h) => isVisible(h) && headText(h));
    let hits = heads.filter((h) => headText(h).toLowerCase() === said);
    if (!hits.length) hits = heads.filter((h) => !FIELD_TAGS.has(h.tagName) && words(headText(h)).join(" ").startsWith(words(said).join(" ")));
    let byMarkup = false;
    if (!hits.length) {
      // a title drawn without a heading tag (<p class="meta-title">Ingredients</p>, <dt>): its look-alikes are its peers
      // (a CSS-module list's "List_headerName__ztYJO" too)
      const titled = Array.from(document.querySelectorAll("[class*=title i], [class*=heading i], [class*=label i], [class*=headername i], [class*=header-name i], [class*=header_name i], dt"))
        .filter((h) => isVisible(h) && h.childElementCount === 0 && textOf(h).toLowerCase() === said);
      if (titled.length === 1) {
        byMarkup = true;
        hits = titled;
        heads = heads.concat(Array.from(document.querySelectorAll(titled[0].tagName)).filter((h) => isVisible(h) && signature(h) === signature(titled[0])));
      }
    }
    if (!hits.length) {
      // the words of a card's or a panel's header bar (FlaskBB's "card-header": an icon, "Users", a Search button):
      // the innermost box saying just that, no link or button, in the content
      const headed = Array.from(document.querySelectorAll("[class*=header i], [class*=header i] *")).filter((h) => isVisible(h)
        && textOf(h).toLowerCase() === said && !isChrome(h) && !h.closest("a, button, [role=tab], [role=link], [role=button], label")
        && (Array.from(h.children).every((c) => !textOf(c)) || (h.children.length === 1 && h.children[0].matches("a[href]"))));  // its title link
      if (headed.length === 1) {
        byMarkup = true;
        hits = headed;
        heads = heads.concat(Array.from(document.querySelectorAll(headed[0].tagName)).filter((h) => isVisible(h) && signature(h) === signature(headed[0])));
      }
    }
    if (!hits.length) {
      // a bold word that starts a line of its own and titles what follows it (Redmine's <p><strong>Subtasks</strong>
      // <span>1 (1 open)</span></p>)
      const leads = () => Array.from(document.querySelectorAll("p > strong:first-child, p > b:first-child")).filter((h) => isVisible(h)
        && h.childElementCount === 0 && !(h.previousSibling && (h.previousSibling.textContent || "").trim()));
      const bold = leads().filter((h) => textOf(h).toLowerCase() === said);
      if (bold.length === 1) {
        byMarkup = true;
        hits = bold;
        heads = heads.concat(leads());
      }
    }
    if (hits.length !== 1) {
      const message = hits.length ? hits.length + ' headings say "' + name + '": ' + hits.slice(0, 5).map(describe).join(", ")
        : 'no heading or list title on the page says "' + name + '"';
      return { error: "section", message, others: hits.slice(0, 5).map(describe) };
    }
    const head = hits[0];
    const peer = (o) => o !== head && !head.contains(o) && (FIELD_TAGS.has(head.tagName) || byMarkup ? signature(o) === signature(head)
      : headLevel(head) < 7 ? headLevel(o) <= headLevel(head) : o.tagName === head.tagName);
    const hasPeer = (n) => heads.some((h) => n.contains(h) && peer(h));
    let box = head.parentElement;
    while (box && box.parentElement && box.parentElement !== document.documentElement && !hasPeer(box.parentElement)) box = box.parentElement;
    // a heading alone in a box of its own (<div class="page-header"><h2>Allowed Users</h2></div><table>…): its section
    // is what follows that box, up to the next heading of its rank
    const follows = (b) => Array.from(b.querySelectorAll("*")).some((el) => !head.contains(el) && !el.contains(head)
      && (head.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) && isVisible(el) && (textOf(el) || FIELD_TAGS.has(el.tagName)));
    while (box && !follows(box) && box.parentElement && box.parentElement !== document.documentElement) box = box.parentElement;
    const next = heads.find((h) => peer(h) && (head.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING));
    const holds = (el) => !!box && box.contains(el) && !head.contains(el) && !el.contains(head)
      && !!(head.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
      && (!next || !!(el.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING));
    return { head, holds, box };
  }
  const PLACEHOLDER_ITEM = /^(?:there (?:are|is) no|no \w+(?: \w+)? (?:found|yet|available)|nothing\b|empty\b)/i;
  function listItemsOf(list) {
    // the items of a <ul>, <ol> or <dl> (its terms) a person sees, not a "There are no books." placeholder
    const own = Array.from(list.children).filter((c) => (list.tagName === "DL" ? c.tagName === "DT"
      : c.tagName === "LI" || c.getAttribute("role") === "listitem") && isVisible(c) && textOf(c));
    return own.filter((c) => !PLACEHOLDER_ITEM.test(textOf(c)));
  }
  function headingBefore(el) {
    // the nearest heading before el in reading order, outside the page's chrome
    let found = null;
    for (const h of document.querySelectorAll("h1, h2, h3, h4, h5, h6, [role=heading]")) {
      if (!(h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      if (isVisible(h) && !isChrome(h)) found = h;
    }
    return found;
  }
  function plainListGroup(head, region, within) {
    // lists no markup word names (<ul><li><a>Emma</a> (Austen, Jane)</li>…): under a section, the first list after its
    // heading; else the content lists whose heading ("Book List", "Books in genre") or label names the noun, or, on a
    // page about the noun (its title, address or heading), its only content list. Two such lists are a question.
    const lists = Array.from(document.querySelectorAll("ul, ol, dl, [role=list]")).filter((l) => isVisible(l) && inRegion(l, region)
      && (region || (!isChrome(l) && !l.closest(NAV_LIKE))) && (!within || within(l)));  // a pager's or a menu's list is no content
    const top = lists.filter((l) => listItemsOf(l).length && !lists.some((o) => o !== l && o.contains(l) && listItemsOf(o).length));
    const group = (list) => ofList(list, 9, [describe(list) + " (" + listItemsOf(list).length + ")"]);
    if (within) return top.length ? group(top[0]) : null;
    const names = (l) => {
      const heading = headingBefore(l);
      const said = words((heading ? textOf(heading) : "") + " " + (l.getAttribute("aria-label") || "")).concat(markupWords(l)).map(stem);
      return said.includes(head) || (SYNONYMS[head] || []).some((w) => said.includes(w));  // "Borrowed books" lists loans
    };
    const named = top.filter(names);
    if (named.length > 1) return { error: "ambiguous", others: named.slice(0, 5).map((l) => describe(l) + " (" + listItemsOf(l).length + ")") };
    if (named.length === 1) return group(named[0]);
    // "5 items are listed": a noun that names no kind of thing means the page's one content list
    return top.length === 1 && (pageIsAbout(head) || ANY_ITEM.has(head)) ? group(top[0]) : null;
  }
  const ANY_ITEM = new Set(["item", "entry", "bullet", "point"]);
  function headedList(wanted, region) {
    // the one heading whose words are the noun's ("Open questions" for "open question"): the first list in its section
    const said = wanted.join(" ");
    const heads = Array.from(document.querySelectorAll(SECTION_HEADS)).filter((h) => isVisible(h) && inRegion(h, region)
      && words(textOf(h)).map(stem).join(" ") === said);
    if (heads.length !== 1) return null;
    const part = sectionOf(textOf(heads[0]));
    if (part.error) return null;
    const list = Array.from(part.box.querySelectorAll("ul, ol")).find((l) => part.holds(l) && isVisible(l)
      && !l.closest("nav, [role=navigation], [role=menu]") && listItemsOf(l).length);
    return list ? ofList(list, 10, []) : null;
  }
  function labelledList(head, region, within) {
    // <ul aria-label="comments">: the list the page itself names for the noun; its items are what is counted
    const lists = Array.from(document.querySelectorAll("ul[aria-label], ol[aria-label], [role=list][aria-label]"))
      .filter((l) => isVisible(l) && inRegion(l, region) && (!within || within(l)) && words(l.getAttribute("aria-label")).map(stem).includes(head));
    return lists.length === 1 && listItemsOf(lists[0]).length ? ofList(lists[0], 10, []) : null;
  }
  function ofList(list, level, others) {
    // a list's items as a counted group, found by their selector (or their shape)
    const members = listItemsOf(list);
    const css = exactSelector(members) || shapeCss(members);
    return { members, css, shape_css: css, level, others };
  }
  const rowsCssByTable = new Map();  // cleared by each scan: rows come and go
  function dataRowsCss(row) {
    // a selector finding exactly the data rows of row's table (what "the 3rd row" counts), or null
    const table = row.closest("table");
    if (!table) return null;
    if (rowsCssByTable.has(table)) return rowsCssByTable.get(table);
    const rows = Array.from(table.rows).filter((r) => !notDataRow(r));
    let css = null;
    const bodies = ["tbody > tr", "tbody > tr:has(> td)", "tbody > tr:not(:has(" + FILTER_CONTROLS + "))", "tbody > tr:not(:has(> td:only-child))",
      "tbody > tr:not(:has(" + FILTER_CONTROLS + ")):not(:has(> td:only-child))"];
    for (const within of ["", cssFor(table) + " ", (pathTo(table) || "body table") + " "]) {
      for (const body of bodies) {
        let found;
        try { found = Array.from(document.querySelectorAll(within + body)); } catch (e) { continue; }
        if (found.length === rows.length && found.every((f, k) => f === rows[k])) { css = within + body; break; }
      }
      if (css) break;
    }
    rowsCssByTable.set(table, css);
    return css;
  }
})();
