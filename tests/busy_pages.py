"""Pages that keep a browser busy the way real apps do (shared by tests and bench/bench_busy_page.py).

/busy-then-render  "Log in" blocks the main thread for block_ms, then renders the dashboard
/render-then-busy  "Log in" renders the dashboard, then blocks the main thread for block_ms
/late-button       the "Add to cart" button appears 4 s after load, with nothing else changing meanwhile
/idle              a quiet page without the controls the scenarios ask for
/ticking           a clock whose text changes four times a second (text only: not the page still loading)
/churning          a list whose items are replaced every 200 ms, forever
"""

from __future__ import annotations

_DASHBOARD = (
    "<h1>Dashboard</h1><p>Welcome, Ada</p>"
    "<button onclick=\\\"this.insertAdjacentHTML('afterend', '<p>Added to cart</p>')\\\">Add to cart</button>"
)


def _login(block_ms: int, *, render_first: bool) -> str:
    busy = f"const until = Date.now() + {block_ms}; while (Date.now() < until) {{}}"
    render = f'document.body.innerHTML = "{_DASHBOARD}";'
    work = f"{render} setTimeout(() => {{ {busy} }}, 30);" if render_first else f"setTimeout(() => {{ {busy} {render} }}, 30);"
    return (
        "<!doctype html><html><head><title>Shop</title></head><body><h1>Sign in</h1>"
        "<label>Username <input id=user></label> <button id=login>Log in</button>"
        f"<script>document.getElementById('login').onclick = () => {{ document.body.innerHTML = '<p>Loading...</p>'; {work} }};</script>"
        "</body></html>"
    )


def pages(*, block_ms: int = 4500) -> dict[str, str]:
    return {
        "/busy-then-render": _login(block_ms, render_first=False),
        "/render-then-busy": _login(block_ms, render_first=True),
        "/late-button": (
            "<!doctype html><html><head><title>Late</title></head><body><h1>Shop</h1><div id=slot></div><script>"
            "setTimeout(() => { const b = document.createElement('button'); b.textContent = 'Add to cart';"
            " b.onclick = () => b.after('Added to cart'); document.getElementById('slot').append(b); }, 4000);"
            "</script></body></html>"
        ),
        "/idle": (
            "<!doctype html><html><head><title>Idle</title></head><body><h1>Shop</h1>"
            "<a href='/idle'>Home</a> <button>Sign up</button><p>Nothing else here.</p></body></html>"
        ),
        "/ticking": (
            "<!doctype html><html><head><title>Clock</title></head><body><h1>Shop</h1><a href='/ticking'>Home</a>"
            "<p>Time: <span id=clock>0</span></p>"
            "<script>let n = 0; setInterval(() => { document.getElementById('clock').textContent = String(++n); }, 250);</script>"
            "</body></html>"
        ),
        "/churning": (
            "<!doctype html><html><head><title>Feed</title></head><body><h1>Shop</h1><ul id=feed></ul>"
            "<script>let n = 0; setInterval(() => { document.getElementById('feed').innerHTML = `<li>News ${++n}</li>`; }, 200);</script>"
            "</body></html>"
        ),
    }
