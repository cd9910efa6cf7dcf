"""The browser: Chromium's lifecycle, the network sandbox, the page session that acts and checks, and the
scripts it installs in pages (dom.js, menus.js, settled.js) with the waits built on them."""
