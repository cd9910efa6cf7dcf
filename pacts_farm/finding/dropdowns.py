"""The dropdown that offers a value: "Select "ID Descending" in the sort dropdown" when nothing on the page is
called sort, but exactly one dropdown lists "ID Descending" among its options.

A person names a dropdown by what it does; the markup often says nothing of it (a bare <select>, or a custom
select such as Element UI's: a read-only input with a hidden list of <li> options beside it). The value to pick
is the other clue: the options with exactly that text, each owned by the nearest box around it that also holds
the control (a <select>, a combobox, or an input). Only one such control may offer the value; its locator says
so in words a person would use: the input in the box that has an option "ID Descending".
"""

from __future__ import annotations

from typing import Any

from pacts_farm import model
from pacts_farm.finding import state_classes

S = model.Strategy
# The controls offering ``value``: for each, its box's and its own selector (tag and kind classes), and whether the
# box is the native <select> itself.
_OFFERING = """(value) => {
  const STATE = new RegExp(%s);
  const css = (el) => el.tagName.toLowerCase() + (el.getAttribute("class") || "").trim().split(/\\s+/)
    .filter((c) => c && !STATE.test(c) && !/\\d{3,}/.test(c)).map((c) => "." + CSS.escape(c)).join("");
  const CONTROL = "select, [role=combobox], input:not([type=hidden]):not([type=checkbox]):not([type=radio])";
  const out = [];
  for (const option of document.querySelectorAll("option, [role=option], li")) {
    if ((option.textContent || "").replace(/\\s+/g, " ").trim() !== value) continue;
    let box = option.parentElement;
    while (box && box !== document.body && !(box.matches(CONTROL) || box.querySelector(CONTROL))) box = box.parentElement;
    if (!box || box === document.body) continue;
    const control = box.matches(CONTROL) ? box : box.querySelector(CONTROL);
    if (out.some((o) => o.el === control)) continue;
    out.push({ el: control, box: css(box), control: css(control), native: box === control, option: option.tagName.toLowerCase() });
  }
  return out.map(({ el, ...rest }) => rest);
}""" % repr(state_classes.PATTERN)


def offering(page: Any, value: str) -> list[model.Locator]:
    """Locators for each control whose options include exactly ``value`` (several: the value does not tell them apart)."""
    found = page.evaluate(_OFFERING, value)
    out = []
    for hit in found:
        option = model.Locator(strategy=S.CSS, value=hit["option"], has_text=value)
        if hit["native"]:
            out.append(model.Locator(strategy=S.CSS, value=hit["control"], has=option))
        else:
            box = model.Locator(strategy=S.CSS, value=hit["box"], has=option)
            out.append(model.Locator(strategy=S.CSS, value=hit["control"], scope=box))
    return out


# A group of radio buttons named by its legend or its aria label ("New Status"): the radio
# whose own label says ``value``; its selector by id or by name and value, so it finds that one radio alone.
_RADIO_CHOICE = """([group, value]) => {
  const said = (t) => (t || "").replace(/\\s+/g, " ").trim().toLowerCase().replace(/[:*]$/, "").trim();
  const labelOf = (radio) => {
    if (radio.getAttribute("aria-label")) return radio.getAttribute("aria-label");
    if (radio.id) { const l = document.querySelector('label[for="' + CSS.escape(radio.id) + '"]'); if (l) return l.textContent; }
    const wrapping = radio.closest("label");
    return wrapping ? wrapping.textContent : "";
  };
  const nameOf = (box) => {
    if (box.tagName === "FIELDSET") { const legend = box.querySelector(":scope > legend"); return legend ? legend.textContent : ""; }
    if (box.getAttribute("aria-label")) return box.getAttribute("aria-label");
    const by = box.getAttribute("aria-labelledby");
    return by ? by.split(/\\s+/).map((id) => (document.getElementById(id) || {}).textContent || "").join(" ") : "";
  };
  const out = [];
  for (const box of document.querySelectorAll("fieldset, [role=radiogroup]")) {
    if (said(nameOf(box)) !== said(group)) continue;
    for (const radio of box.querySelectorAll("input[type=radio]")) {
      if (said(labelOf(radio)) !== said(value)) continue;
      out.push(radio.id ? "#" + CSS.escape(radio.id)
        : 'input[type=radio][name="' + CSS.escape(radio.name) + '"][value="' + CSS.escape(radio.value) + '"]');
    }
  }
  return out;
}"""


def radio_choice(page: Any, group: str, value: str) -> list[model.Locator]:
    """Locators of the radio labelled ``value`` in the group of radios named ``group`` ("Choose Resolved as the new
    status" where New Status is a fieldset of radios, not a dropdown); several when groups share the name."""
    return [model.Locator(strategy=S.CSS, value=css) for css in page.evaluate(_RADIO_CHOICE, [group, value])]
