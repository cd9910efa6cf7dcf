"""Element state, value and attributes: enabled/disabled, checked, empty, focused, has value X,
X is selected in the dropdown, has attribute — each one of Playwright's web-first assertions."""

from __future__ import annotations

import re
from dataclasses import replace

from pacts_farm import model
from pacts_farm.planning import phrases
from pacts_farm.planning.rules.registry import ASSERT, LABEL_NOUN, VALUE, A, Intent, Refused, book, rule, target_from, unquoted, value_of, with_role

_STATES = {
    "enabled": "enabled", "active": "enabled", "clickable": "enabled", "not disabled": "enabled", "usable": "enabled",
    "disabled": "disabled", "not enabled": "disabled", "inactive": "disabled", "greyed out": "disabled",
    "grayed out": "disabled", "not clickable": "disabled",
    "checked": "checked", "ticked": "checked", "on": "checked", "switched on": "checked", "toggled on": "checked",
    "unchecked": "unchecked", "not checked": "unchecked", "unticked": "unchecked", "not ticked": "unchecked",
    "off": "unchecked", "switched off": "unchecked", "toggled off": "unchecked",
    "selected": "selected", "unselected": "unselected", "not selected": "unselected", "deselected": "unselected",
    "empty": "empty", "blank": "empty", "cleared": "empty",
    "not empty": "not_empty", "filled": "not_empty", "filled in": "not_empty", "not blank": "not_empty",
    "focused": "focused", "in focus": "focused", "focussed": "focused",
    "editable": "editable", "read-only": "readonly", "readonly": "readonly", "read only": "readonly", "not editable": "readonly",
    "current": "current", "highlighted": "current", "highlighted as current": "current", "marked as current": "current",
}
# a form control is "active" when it can be used; a link, a tab or a menu entry when it is the page's own
_FORM_CONTROLS = frozenset({"button", "textbox", "checkbox", "radio", "switch", "combobox", "searchbox", "spinbutton", "slider"})
_STATE = r"(?P<state>" + "|".join(sorted((re.escape(s) for s in _STATES), key=len, reverse=True)) + r")"
_BE = r"(?:is|are|stays|remains|becomes)(?:\s+(?:now|still|currently))?"
_SHOULD = r"should\s+(?:be|stay|remain|become)(?:\s+(?:now|still))?"


@book("An element's state", A.EXPECT_STATE,
      ('Verify TARGET is enabled | disabled | checked | unchecked | selected | not selected | empty | not empty | focused | editable | read-only', 'Verify the Save button is disabled'),
      ('TARGET should be STATE', 'The Save button should be enabled'),
      ('Verify TARGET has focus', 'Verify the Search field has focus'),
      ('Verify TARGET is active | highlighted [in the navigation] (a control: enabled; a link, tab or entry: the page\'s own)',
       'Verify "Statistics" is active in the navigation bar'))
@rule(ASSERT + r"(?P<target>.+?)\s+" + _BE + r"\s+" + _STATE + r"(?P<where>\s+in\s+the\s+(?:navigation|nav|menu|sidebar|tab|top|header)[\w -]*)?$")
@rule(r"^(?P<target>.+?)\s+" + _SHOULD + r"\s+" + _STATE + r"$")
@rule(ASSERT + r"(?P<target>.+?)\s+(?:has|have|gets|should have)\s+(?P<state>focus)$")
def _state(m: re.Match[str]) -> Intent | None:
    said = m.group("state").lower()
    if LABEL_NOUN.search(m.group("target")):
        return None  # "the status is disabled": a value the page shows under that label, not the element's state
    if said in ("active", "inactive") and m.group("state")[0].isupper():
        return None  # "the monitor is Active": a value written as shown
    state = _STATES.get(said, "focused")
    where = m.groupdict().get("where") or ""
    target = phrases.parse_target(m.group("target") + where) if where else target_from(m)
    if said == "active" and target.role_hint not in _FORM_CONTROLS:
        state = "current"  # "Statistics is active in the navigation bar": the page's own entry, not an enabled link
    if state in ("checked", "unchecked") and target.role_hint in (None, "textbox"):
        target = with_role(replace(target, role_hint=None), "checkbox")  # 'the "Remember me" box is ticked': a checkbox
    if state in ("selected", "unselected") and target.role_hint in ("checkbox", "radio", "switch"):
        state = "checked" if state == "selected" else "unchecked"
    return Intent(A.EXPECT_STATE, target=target, value=state)


@book("The entry of the page shown", A.EXPECT_STATE,
      ('Verify TARGET is the active | current | selected item | tab | link | page [in the PART] (aria-current, aria-selected or an "active" class on it or its item)',
       'Verify "Statistics" is the active item in the navigation bar'))
@rule(ASSERT + r"(?P<target>.+?)\s+is\s+the\s+(?:active|current|selected|highlighted)\s+(?:item|entry|link|tab|page|menu\s+item)(?P<where>\s+in\s+the\s+.+)?$")
def _current_entry(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_STATE, target=phrases.parse_target(m.group("target") + (m.group("where") or "")), value="current")


# --- value ---


@book("A field's value", A.EXPECT_VALUE,
      ('Verify TARGET has value VALUE', 'Verify the Username field has value "ada"'),
      ('Verify the value of TARGET is VALUE', 'Verify the value of the Quantity field is 2'),
      ("Verify TARGET's value is VALUE", "Verify the Email field's value is ada@example.com"),
      ('TARGET should have value VALUE', 'The Quantity field should have value 2'))
@rule(ASSERT + r"(?P<target>.+?)\s+(?:has|holds|contains|shows)\s+(?:the\s+|a\s+)?value\s+(?:of\s+)?" + unquoted("value") + r"$")
@rule(ASSERT + r"(?:the\s+)?value\s+of\s+(?P<target>.+?)\s+(?:is|equals|should be)\s+" + unquoted("value") + r"$")
@rule(ASSERT + r"(?P<target>.+?)(?:'s|’s)\s+value\s+(?:is|equals|should be)\s+" + unquoted("value") + r"$")
@rule(r"^(?P<target>.+?)\s+should\s+have\s+(?:the\s+)?value\s+" + unquoted("value") + r"$")
def _value(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_VALUE, target=target_from(m), value=value_of(m, "value"))


@book("A dropdown's selected option", A.EXPECT_VALUE,
      ('Verify OPTION is selected in TARGET', 'Verify Price (low to high) is selected in the sort dropdown'),
      ('Verify the selected option in TARGET is OPTION', 'Verify the selected option in the Size dropdown is Large'),
      ('Verify TARGET has OPTION selected', 'Verify the Size dropdown has "Large" selected'),
      ('Verify TARGET defaults to | is set to OPTION', 'Verify the sort dropdown defaults to Name (A to Z)'))
@rule(ASSERT + unquoted("value") + r"\s+(?:is|should be)\s+(?:the\s+)?(?:selected|chosen)(?:\s+option)?\s+(?:in|from|on|for)\s+(?P<target>.+)$")
@rule(ASSERT + r"(?:the\s+)?(?:selected|chosen|current)\s+(?:option|value|choice)\s+(?:in|of|for)\s+(?P<target>.+?)\s+(?:is|equals|should be)\s+" + unquoted("value") + r"$")
@rule(ASSERT + r"(?P<target>.+?)\s+(?:has|shows)\s+" + unquoted("value") + r"\s+selected$")
@rule(ASSERT + r"(?P<target>.+?)\s+(?:defaults\s+to|is\s+set\s+to|has\s+(?:the\s+)?(?:option|choice)|shows\s+(?:the\s+)?(?:option|choice))\s+" + unquoted("value") + r"$")
def _selected_option(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_VALUE, target=with_role(target_from(m), "combobox"), value=value_of(m, "value"))


# --- attributes ---


_ATTR = r"(?P<attr>[A-Za-z_:][A-Za-z0-9_:.-]*)"
_EQUALS = r"(?:\s+(?:(?:with\s+(?:the\s+)?value|set\s+to|equal\s+to|equals|of|=|that\s+is|that\s+equals)\s+)?" + unquoted("value") + r")?"


# "the Password field no longer has attribute "type" equal to "password"", "… does not have the disabled attribute":
# the attribute is gone, or no longer has that value (Playwright's not_to_have_attribute)
_LACKS = r"\s+(?:does\s+not\s+have|doesn't\s+have|no\s+longer\s+has|should\s+not\s+have|has\s+no)\s+(?:an?\s+|the\s+)?"


@book("An attribute that is gone or different", A.EXPECT_ATTRIBUTE,
      ('Verify TARGET no longer has attribute NAME equal to "VALUE"', 'Verify the Password field no longer has attribute type equal to "password"'),
      ('Verify TARGET does not have the NAME attribute', 'Verify the Save button does not have the disabled attribute'),
      ('Verify TARGET does not have class | title | href VALUE', 'Verify the Email field does not have class "invalid"'))
@rule(ASSERT + r"(?P<target>.+?)" + _LACKS + r"attribute\s+(?:\"|“)?" + _ATTR + r"(?:\"|”)?" + _EQUALS + r"$")
@rule(ASSERT + r"(?P<target>.+?)" + _LACKS + r"(?:\"|“)?" + _ATTR + r"(?:\"|”)?\s+attribute" + _EQUALS + r"$")
@rule(ASSERT + r"(?P<target>.+?)" + _LACKS + r"(?P<named>title|class|css\s+class|alt\s+text|href|aria-label)(?:\s+(?:of\s+)?" + VALUE + r")?$")
def _attribute_not(m: re.Match[str]) -> Intent:
    named = phrases.group(m, "named")
    attribute = _NAMED_ATTRIBUTES[named.lower()] if named else m.group("attr")
    value = phrases.group(m, "value")
    return Intent(
        A.EXPECT_ATTRIBUTE, target=target_from(m), attribute=attribute,
        value=phrases.strip_quotes(value) if value is not None else None, match=model.Match.NOT_CONTAINS,
    )


@book("An attribute", A.EXPECT_ATTRIBUTE,
      ('Verify TARGET has attribute "NAME" equal to "VALUE"', 'Verify the Email field has attribute "type" equal to "email"'),
      ('Verify TARGET has attribute NAME "VALUE"', 'Verify the About link has attribute href "/about"'),
      ('Verify TARGET has the NAME attribute (present, any value)', 'Verify the Menu button has the aria-expanded attribute'),
      ('Verify the NAME attribute of TARGET is VALUE', 'Verify the type attribute of the Password field is password'),
      ("Verify TARGET's NAME attribute is VALUE", "Verify the password field's type attribute is password"))
@rule(ASSERT + r"(?P<target>.+?)\s+has\s+(?:an?\s+|the\s+)?attribute\s+(?:\"|“)" + _ATTR + r"(?:\"|”)" + _EQUALS + r"$")
@rule(ASSERT + r"(?P<target>.+?)\s+has\s+(?:an?\s+|the\s+)?attribute\s+" + _ATTR + _EQUALS + r"$")
@rule(ASSERT + r"(?P<target>.+?)\s+has\s+(?:an?\s+|the\s+)?(?:\"|“)?" + _ATTR + r"(?:\"|”)?\s+attribute" + _EQUALS + r"$")
@rule(ASSERT + r"(?:the\s+)?" + _ATTR + r"\s+attribute\s+of\s+(?P<target>.+?)\s+(?:is|equals|should be)\s+" + unquoted("value") + r"$")
@rule(ASSERT + r"(?P<target>.+?)(?:'s|’s)\s+" + _ATTR + r"\s+attribute\s+(?:is|equals|should be)\s+" + unquoted("value") + r"$")
def _attribute(m: re.Match[str]) -> Intent:
    value = phrases.group(m, "value")
    return Intent(
        A.EXPECT_ATTRIBUTE, target=target_from(m), attribute=m.group("attr"),
        value=phrases.strip_quotes(value) if value is not None else None, match=model.Match.EQUALS,
    )


@book("A field that hides what is typed", A.EXPECT_ATTRIBUTE,
      ('Verify the FIELD masks | hides what is typed (a password field)', 'Verify the Password field masks what is typed'))
@rule(ASSERT + r"(?P<target>.+?\s+(?:field|box|input))\s+(?:masks|hides|obscures|dots\s+out)\s+"
      r"(?:what\s+is\s+typed|what\s+you\s+type|(?:the|its)\s+(?:input|characters|text|password))$")
def _masked(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_ATTRIBUTE, target=target_from(m), attribute="type", value="password", match=model.Match.EQUALS)


# "the Save button has title "Disabled until …"", "the Home link has class "active"": an attribute people name
_NAMED_ATTRIBUTES = {"title": "title", "tooltip": "title", "class": "class", "css class": "class", "alt text": "alt",
                     "alt": "alt", "href": "href", "id": "id", "aria-label": "aria-label", "aria label": "aria-label"}
_NAMED_ATTRIBUTE = r"(?P<attr>" + "|".join(sorted((re.escape(a) for a in _NAMED_ATTRIBUTES), key=len, reverse=True)) + r")"


@book("A title, class, alt, href, id or aria-label", A.EXPECT_ATTRIBUTE,
      ('Verify TARGET has title | tooltip | class | alt | href | id | aria-label "VALUE" (class: one of its names)', 'Verify the Home link has class "active"'))
@rule(ASSERT + r"(?P<target>.+?)\s+has\s+(?:the\s+|a\s+|an\s+)?" + _NAMED_ATTRIBUTE + r"\s+(?:of\s+)?" + VALUE + r"$")
def _named_attribute(m: re.Match[str]) -> Intent | None:
    if re.fullmatch(r"(?:the\s+)?(?:page|browser|tab|window|document)", m.group("target"), re.IGNORECASE):
        return None  # "the page has title X": the document's title
    attribute = _NAMED_ATTRIBUTES[m.group("attr").lower()]
    # a class list holds several names: "has class active" is one of them
    match = model.Match.CONTAINS if attribute == "class" else model.Match.EQUALS
    return Intent(A.EXPECT_ATTRIBUTE, target=target_from(m), attribute=attribute, value=value_of(m, "value"), match=match)


@book("A field's placeholder", A.EXPECT_ATTRIBUTE,
      ('Verify TARGET has placeholder VALUE', 'Verify the Username field has placeholder Username'),
      ('Verify the placeholder of TARGET is VALUE', 'Verify the placeholder of the Search field is Search products'))
@rule(ASSERT + r"(?P<target>.+?)\s+has\s+(?:the\s+|a\s+)?placeholder(?:\s+text)?\s+(?:of\s+)?" + unquoted("value") + r"$")
@rule(ASSERT + r"(?:the\s+)?placeholder(?:\s+text)?\s+of\s+(?P<target>.+?)\s+(?:is|reads|says|equals)\s+" + unquoted("value") + r"$")
def _placeholder(m: re.Match[str]) -> Intent:
    return Intent(A.EXPECT_ATTRIBUTE, target=with_role(target_from(m), "textbox"), attribute="placeholder",
                  value=value_of(m, "value"), match=model.Match.EQUALS)


@book("Where a link goes", A.EXPECT_ATTRIBUTE,
      ('Verify TARGET points to | links to | leads to URL (its href contains it)', 'Verify the Help link points to /help'))
@rule(ASSERT + r"(?P<target>.+?)\s+(?:links|points|goes|leads)\s+to\s+" + unquoted("value") + r"$")
def _link_target(m: re.Match[str]) -> Intent | None:
    value = value_of(m, "value")
    if not value.startswith(("/", "http://", "https://", "#", "mailto:", "?")):
        return None
    return Intent(A.EXPECT_ATTRIBUTE, target=target_from(m), attribute="href", value=value, match=model.Match.CONTAINS)
