"use strict";
// The Corner Store: the demo shop's second storefront, in the markup style of a classic Bootstrap site
// (icon-only controls named only by their classes, badges, alert boxes, cards whose title is a link).
(function () {
  const PRODUCTS = [
    { id: 1, name: "Blue Mug", price: 12.99, category: "Kitchen" },
    { id: 2, name: "Red Cap", price: 15.99, category: "Clothing" },
    { id: 3, name: "Green Tote", price: 9.99, category: "Bags" },
    { id: 4, name: "Yellow Notebook", price: 7.49, category: "Office" },
    { id: 5, name: "Black Hoodie", price: 49.99, category: "Clothing" },
    { id: 6, name: "Blue Mug Lid", price: 2.0, category: "Kitchen" },
  ];
  const params = new URLSearchParams(location.search);
  const $ = (hook) => document.querySelector('[data-js="' + hook + '"]');
  const money = (n) => "$" + n.toFixed(2);
  const cart = [];
  let category = null;

  function renderBadge() {
    const badge = $("cart-count");
    badge.textContent = String(cart.length);
    badge.hidden = cart.length === 0;
  }

  function renderCart() {
    const rows = $("cart-rows");
    rows.innerHTML = "";
    for (const id of cart) {
      const p = PRODUCTS.find((x) => x.id === id);
      const row = document.createElement("tr");
      row.innerHTML = "<td>" + p.name + "</td><td>" + money(p.price) + "</td><td></td>";
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "btn-link";
      remove.textContent = "Remove";
      remove.addEventListener("click", () => { cart.splice(cart.indexOf(id), 1); renderBadge(); renderCart(); renderProducts(); });
      row.lastChild.appendChild(remove);
      rows.appendChild(row);
    }
    $("cart-empty").hidden = cart.length > 0;
  }

  function renderCategories() {
    const list = $("categories");
    const names = Array.from(new Set(PRODUCTS.map((p) => p.category)));
    list.innerHTML = "";
    for (const name of names) {
      const li = document.createElement("li");
      li.className = "list-group-item";
      const link = document.createElement("a");
      link.href = "#" + name.toLowerCase();
      link.textContent = name;
      link.addEventListener("click", (event) => { event.preventDefault(); category = category === name ? null : name; renderProducts(); });
      const count = document.createElement("span");
      count.className = "badge";
      count.textContent = String(PRODUCTS.filter((p) => p.category === name).length);
      li.append(link, " ", count);
      list.appendChild(li);
    }
  }

  function renderProducts() {
    const row = $("products");
    row.innerHTML = "";
    const shown = PRODUCTS.filter((p) => !category || p.category === category);
    for (const p of shown) {
      const col = document.createElement("div");
      col.className = "col";
      const inCart = cart.includes(p.id);
      col.innerHTML =
        '<div class="card product"><div class="card-body">' +
        '<h5 class="card-title"><a href="/store?product=' + p.id + '">' + p.name + "</a></h5>" +
        '<p class="card-text">' + money(p.price) + "</p></div></div>";
      const button = document.createElement("button");
      button.type = "button";
      button.className = inCart ? "btn btn-outline" : "btn btn-primary";
      button.textContent = inCart ? "In cart" : "Add to cart";
      button.disabled = inCart;
      button.addEventListener("click", () => { cart.push(p.id); renderBadge(); renderCart(); renderProducts(); });
      col.querySelector(".card-body").appendChild(button);
      row.appendChild(col);
    }
    $("status").textContent = shown.length + " products" + (category ? " in " + category : "");
  }

  function showAlert(slot, message) {
    slot.innerHTML =
      '<div class="alert alert-danger" role="alert"><svg class="icon"><use href="#icon-exclamation-triangle"></use></svg> ' +
      "<span></span></div>";
    slot.querySelector("span").textContent = message;
  }

  $("toggle-nav").addEventListener("click", () => { $("offcanvas").hidden = !$("offcanvas").hidden; });
  $("close-offcanvas").addEventListener("click", () => { $("offcanvas").hidden = true; });
  $("open-cart").addEventListener("click", (event) => { event.preventDefault(); $("cart-drawer").hidden = false; });
  $("close-cart").addEventListener("click", () => { $("cart-drawer").hidden = true; });
  for (const track of document.querySelectorAll('[data-js="track"]')) {
    track.addEventListener("click", () => {
      const order = track.closest("tr").firstElementChild.textContent;
      $("tracking").textContent = "Tracking order " + order;
    });
  }
  $("newsletter").addEventListener("submit", (event) => {
    event.preventDefault();
    const email = $("newsletter").querySelector('[name="email"]').value.trim();
    const slot = $("newsletter-feedback");
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return showAlert(slot, "Please enter a valid email address.");
    slot.innerHTML = '<div class="alert alert-success" role="status">Thanks, ' + email.replace(/[<>&"]/g, "") + " is subscribed.</div>";
  });

  // ?busy_ms=N keeps the main thread busy for N ms after load; ?render_ms=N renders the products N ms late
  const busy = Math.min(Number(params.get("busy_ms")) || 0, 5000);
  const late = Math.min(Number(params.get("render_ms")) || 0, 5000);
  renderCategories();
  renderBadge();
  renderCart();
  const start = () => {
    if (busy) { const until = performance.now() + busy; while (performance.now() < until) { /* a heavy page */ } }
    renderProducts();
  };
  if (late || busy) setTimeout(start, late); else start();
  if (params.get("no_cart")) $("open-cart").remove();  // ?no_cart=1: a release without the cart link
})();
