"use strict";
(function () {
  const PRODUCTS = [
    { id: 1, name: "Blue Mug", price: 12.99, text: "A sturdy mug for long test runs." },
    { id: 2, name: "Red Cap", price: 15.99, text: "Keeps the sun out of your eyes during demos." },
    { id: 3, name: "Green Tote", price: 9.99, text: "Carries laptops, chargers and flaky tests." },
    { id: 4, name: "Yellow Notebook", price: 7.49, text: "For writing requirements in plain English." },
    { id: 5, name: "Black Hoodie", price: 49.99, text: "Warm enough for the 2 a.m. incident." },
    { id: 6, name: "White Sneakers", price: 79.99, text: "Fast, like a warm selector cache." },
  ];
  for (const p of PRODUCTS) Object.assign(p, (window.PACTS_PRODUCT_CHANGES || {})[p.id] || {});  // a release's catalogue edits
  const USERS = { standard_user: "ok", locked_out_user: "locked", problem_user: "ok" };
  const PASSWORD = "secret_sauce";
  const variant = window.PACTS_VARIANT || "";
  const $ = (hook, root) => (root || document).querySelector('[data-js="' + hook + '"]');
  const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const money = (n) => "$" + n.toFixed(2);
  const cart = () => JSON.parse(sessionStorage.getItem("cart") || "[]");
  const saveCart = (ids) => { sessionStorage.setItem("cart", JSON.stringify(ids)); renderBadge(); };
  const page = document.body.dataset.page;

  function renderBadge() {
    const badge = $("badge");
    if (!badge) return;
    const n = cart().length;
    badge.textContent = n ? String(n) : "";
    badge.hidden = n === 0;
  }

  function showError(slot, message) {
    slot.innerHTML = "";
    const box = document.createElement("div");
    box.className = "error";
    box.setAttribute("role", "alert");
    box.dataset.test = "error";
    box.textContent = message;
    const close = document.createElement("button");
    close.type = "button";
    close.className = "error-close";
    close.setAttribute("aria-label", "Close error");
    close.textContent = "\u00d7";
    close.addEventListener("click", () => { slot.innerHTML = ""; });
    box.appendChild(close);
    slot.appendChild(box);
  }

  function setupHeader() {
    const menu = $("side-menu");
    if (!menu) return;
    $("open-menu").addEventListener("click", () => { menu.hidden = false; });
    $("close-menu").addEventListener("click", () => { menu.hidden = true; });
    $("logout").addEventListener("click", () => {
      sessionStorage.clear();
      document.cookie = "session=; path=/; max-age=0";
    });
    const dialog = $("reset-dialog");
    $("reset").addEventListener("click", () => { menu.hidden = true; dialog.showModal(); });
    $("cancel-reset").addEventListener("click", () => dialog.close());
    $("confirm-reset").addEventListener("click", () => { saveCart([]); dialog.close(); renderPage(); });
    renderBadge();
  }

  function productCard(p) {
    const inCart = cart().includes(p.id);
    const card = document.createElement("div");
    card.className = "inventory-item";
    card.dataset.test = "inventory-item";
    card.innerHTML =
      '<a class="item-name" href="/item?id=' + p.id + '" data-test="item-name">' + p.name + "</a>" +
      '<p class="desc">' + p.text + "</p>" +
      '<div class="price" data-test="item-price">' + money(p.price) + "</div>";
    const button = document.createElement("button");
    button.type = "button";
    button.className = inCart ? "btn secondary" : "btn";
    button.dataset.test = (inCart ? "remove-" : "add-to-cart-") + slug(p.name);
    button.textContent = inCart ? "Remove" : (window.PACTS_ADD_LABEL || "Add to cart");
    button.addEventListener("click", () => {
      const ids = cart();
      saveCart(ids.includes(p.id) ? ids.filter((id) => id !== p.id) : ids.concat([p.id]));
      renderPage();
    });
    card.appendChild(button);
    return card;
  }

  function sortedProducts() {
    const how = ($("sort") || {}).value || "az";
    const query = (sessionStorage.getItem("search") || "").toLowerCase();
    const list = PRODUCTS.filter((p) => p.name.toLowerCase().includes(query));
    const by = {
      az: (a, b) => a.name.localeCompare(b.name), za: (a, b) => b.name.localeCompare(a.name),
      lohi: (a, b) => a.price - b.price, hilo: (a, b) => b.price - a.price,
    }[how];
    return list.sort(by);
  }

  function renderInventory() {
    const list = $("inventory-list");
    list.innerHTML = "";
    const recommended = $("recommended");
    if (recommended) recommended.hidden = !!sessionStorage.getItem("search");  // a search shows its results only
    const products = sortedProducts();
    products.forEach((p) => list.appendChild(productCard(p)));
    if (!products.length) list.textContent = "No products match your search.";
  }

  function renderCart() {
    const list = $("cart-list");
    list.innerHTML = "";
    const items = PRODUCTS.filter((p) => cart().includes(p.id));
    if (!items.length) list.innerHTML = '<p data-test="cart-empty">Your cart is empty.</p>';
    items.forEach((p) => {
      const row = document.createElement("div");
      row.className = "cart-item";
      row.dataset.test = "cart-item";
      row.innerHTML = '<span class="qty">1</span><span class="name">' + p.name + '</span><span class="price">' + money(p.price) + "</span>";
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "btn secondary";
      remove.dataset.test = "remove-" + slug(p.name);
      remove.textContent = "Remove";
      remove.addEventListener("click", () => { saveCart(cart().filter((id) => id !== p.id)); renderCart(); });
      row.appendChild(remove);
      list.appendChild(row);
    });
  }

  function renderOverview() {
    const items = PRODUCTS.filter((p) => cart().includes(p.id));
    $("overview-list").innerHTML = items.map((p) =>
      '<div class="cart-item"><span class="qty">1</span><span class="name">' + p.name + '</span><span class="price">' + money(p.price) + "</span></div>").join("");
    const total = items.reduce((sum, p) => sum + p.price, 0);
    const tax = Math.round(total * 8) / 100;
    $("summary").innerHTML =
      '<div data-test="subtotal">Item total: ' + money(total) + '</div><div data-test="tax">Tax: ' + money(tax) +
      '</div><div class="total" data-test="total"><strong>Total: ' + money(total + tax) + "</strong></div>";
  }

  function renderPage() {
    if (page === "inventory") renderInventory();
    if (page === "cart") renderCart();
    if (page === "overview") renderOverview();
  }

  function setupLogin() {
    const form = $("login-form");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const user = form.querySelector('[name="user-name"]').value.trim();
      const password = form.querySelector('[name="password"]').value;
      const slot = $("login-error");
      if (!user) return showError(slot, "Epic sadface: Username is required");
      if (!password) return showError(slot, "Epic sadface: Password is required");
      if (!(user in USERS) || password !== PASSWORD)
        return showError(slot, "Epic sadface: Username and password do not match any user in this service");
      if (USERS[user] === "locked")
        return showError(slot, window.PACTS_LOCKED_MESSAGE || "Epic sadface: Sorry, this user has been locked out.");
      document.cookie = "session=" + encodeURIComponent(user) + "; path=/; SameSite=Lax";  // like a real sign-in
      location.href = "/inventory";
    });
  }

  function setupInventory() {
    $("sort").addEventListener("change", renderInventory);
    const search = $("search");
    search.value = sessionStorage.getItem("search") || "";
    search.addEventListener("keydown", (event) => {
      if (event.key === "Enter") { sessionStorage.setItem("search", search.value); renderInventory(); }
    });
    const help = $("help");
    const tip = $("tooltip");
    help.addEventListener("mouseenter", () => { tip.hidden = false; });
    help.addEventListener("mouseleave", () => { tip.hidden = true; });
    const delay = variant === "late-products" ? 1500 : 0;
    if (delay) { $("inventory-list").textContent = "Loading products…"; setTimeout(renderInventory, delay); } else renderInventory();
    setTimeout(() => {
      const box = $("recommended");
      box.className = "card recommended";
      box.innerHTML = '<h2>Recommended for you</h2><p>Customers who bought the Blue Mug also bought the Yellow Notebook.</p>';
    }, 600);
  }

  function setupCheckout() {
    const form = $("checkout-form");
    if (window.PACTS_CONTINUE_WHEN_COMPLETE) {  // a release: Continue stays disabled until every field is filled
      const button = form.querySelector('[type="submit"]');
      const fields = ["firstName", "lastName", "postalCode"].map((name) => form.querySelector('[name="' + name + '"]'));
      const update = () => { button.disabled = fields.some((f) => !f.value.trim()); };
      fields.forEach((f) => f.addEventListener("input", update));
      update();
    }
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const value = (name) => form.querySelector('[name="' + name + '"]').value.trim();
      const slot = $("checkout-error");
      if (!value("firstName")) return showError(slot, "Error: First Name is required");
      if (!value("lastName")) return showError(slot, "Error: Last Name is required");
      if (!value("postalCode")) return showError(slot, "Error: Postal Code is required");
      location.href = "/checkout-overview";
    });
  }

  function setupItem() {
    const id = Number(new URLSearchParams(location.search).get("id"));
    const p = PRODUCTS.find((x) => x.id === id);
    const box = $("item-detail");
    if (!p) { box.textContent = "No such product."; return; }
    box.innerHTML = "<h1>" + p.name + "</h1><p>" + p.text + '</p><div class="price">' + money(p.price) + "</div>";
  }

  function setupCookies() {
    const overlay = document.querySelector(".cookie-overlay");
    if (!overlay) return;
    if (sessionStorage.getItem("cookies") === "accepted") { overlay.remove(); return; }
    overlay.querySelector("button").addEventListener("click", () => {
      sessionStorage.setItem("cookies", "accepted");
      overlay.remove();
    });
  }

  const signedIn = document.cookie.split("; ").some((c) => c.startsWith("session=") && c.length > 8);
  if (page !== "login" && !signedIn) { location.replace("/login"); return; }
  setupHeader();
  setupCookies();
  if (page === "login") setupLogin();
  if (page === "inventory") setupInventory();
  if (page === "cart") {
    $("continue").addEventListener("click", () => { location.href = "/inventory"; });
    $("checkout").addEventListener("click", () => { location.href = "/checkout"; });
    renderCart();
  }
  if (page === "checkout") setupCheckout();
  if (page === "overview") {
    renderOverview();
    $("finish").addEventListener("click", () => { saveCart([]); location.href = "/checkout-complete"; });
  }
  if (page === "item") setupItem();
})();
