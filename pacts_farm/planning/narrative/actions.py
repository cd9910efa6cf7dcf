"""Actions said another way."""

from __future__ import annotations

import re

from pacts_farm.planning import phrases
from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling
from pacts_farm.planning.narrative.wording import ACTION_VERB, COMMA_OR_AND, ORDERS, in_quotes, in_this_order, names_said, with_checks


@retelling("A field: its value", "E-mail: tom@planka.test", (A.FILL,),
           r"^(?!(?:expected|result|note|step|given|when|then|precondition|preconditions|url|verify|assert|check|count|ensure|confirm(?!\s+password)|expect|(?:below|above|under|beneath|at|near)\s+the|click|type|fill|enter|select|go|open|wait)\b)(?P<field>(?-i:[A-Z])[\w'/-]*(?:\s+[\w'/-]+){0,3})\s*:\s+(?P<value>\S.*)$")
def _field_colon(said: Said) -> list[Retold]:
    if re.search(r"(?i)^(?:there|it|they|this|these|those|we|i|you)\b|\b(?:is|are|be|should|must|has|have)\b"
                 r"|\s(?:appears?|shows?|says|reads|displays?|pops|comes|opens|tells|warns|returns|gives)\b", said["field"]):
        return []  # "There should be three tags: …", "An error appears: …": a statement before what it says, never a field's label
    if _COUNTED_FIGURES.match(said["value"]):
        return []  # "Engineering: 7 open tasks, 1 closed task": figures a row or a part shows, never typed into a field
    value = phrases.strip_quotes(said["value"])
    return [(f'Fill "{value}" in the {said["field"]} field',)]


_COUNTED_FIGURES = re.compile(r"(?i)\d+\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\b(?:\s*,\s*\d+\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)*$")


@retelling("Change a field's value", 'Change the title back to "Tester Home"', (A.FILL,),
           r"^(?:change|replace|update|edit)\s+(?P<field>.+?)\s+(?:back\s+)?(?:to|with)\s+(?P<value>\"[^\"]+\"|“[^”]+”|[^\"“”]+?)(?P<save>,?\s+and\s+(?:then\s+)?save)?$")
def _change_value(said: Said) -> list[Retold]:
    field = said["field"]
    if field.lower() in ("it", "this", "that"):
        return []
    told = (f"Set {field} to {said['value']}",)
    return [(*told, "Click Save") if said.has("save") else told]


@retelling("Type into a box you click", 'Click into the "Write a comment..." box and type "Looks good"', (A.FILL,),
           r"^click\s+(?:into|in)\s+(?P<field>.+?)(?:\s*\([^)]*\))?\s*,?\s+and\s+type\s+(?P<value>.+)$")
def _click_into_and_type(said: Said) -> list[Retold]:
    field = said["field"]
    named = re.fullmatch(r"the\s+(?:search\s+)?(?:box|field|input)", field, re.IGNORECASE)
    return [(f"Fill {said['value']} in {field}" if not named else f"Fill {said['value']} in the search field",)]


@retelling("Open one thing, then the next", "Go to Settings, then Members", (A.CLICK, A.CLICK),
           r"^(?:open|go\s+to|navigate\s+to|click(?:\s+on)?)\s+(?P<first>[^,]+?)\s*(?:,\s*(?:and\s+)?then|\s+and\s+then|\s+then)\s+"
           r"(?:(?:open|click(?:\s+on)?|choose|select|go\s+to)\s+)?(?P<second>[^,]+)$")
def _one_then_the_next(said: Said) -> list[Retold]:
    return [(f"Open {said['first']}", f"Click {said['second']}")]


@retelling("Several fields filled, each name then its quoted value", 'Fill Username "newbie", Password "Secret#1" and Confirm Password "Secret#2"',
           (A.FILL, A.FILL, A.FILL),
           r"^(?:fill(?:\s+in)?|enter|type)\s+(?P<pairs>(?-i:[A-Z])[\w' -]*?\s+(?:\"[^\"]*\"|“[^”]*”)(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?-i:[A-Z])[\w' -]*?\s+(?:\"[^\"]*\"|“[^”]*”))+)$")
def _fields_then_values(said: Said) -> list[Retold]:
    pairs = [re.fullmatch(r"(?P<field>\S.*?)\s+(?P<value>\"[^\"]*\"|“[^”]*”)", part) for part in phrases.cut_outside_quotes(said["pairs"], COMMA_OR_AND)]
    if not all(pairs) or any(re.search(r"(?i)\s(?:with|to|as|in|into)$", pair["field"]) for pair in pairs if pair):
        return []  # 'Fill Username with "newbie", …': the form above
    return [tuple(f"Fill {pair['field']} with {pair['value']}" for pair in pairs if pair)]


@retelling("Several fields filled in one sentence", 'Fill First name with "Ava", Last name with "Thompson" and Email with "ava@example.com"',
           (A.FILL, A.FILL, A.FILL),
           r"^(?:fill(?:\s+in)?|set)\s+(?P<pairs>[^,]+?\s+(?:with|to)\s+\S[^,]*?(?:(?:,\s*(?:and\s+)?|\s+and\s+)[^,]+?\s+(?:with|to)\s+\S[^,]*?)+)$")
def _fields_filled(said: Said) -> list[Retold]:
    pairs = [_FIELD_WITH_VALUE.fullmatch(part) for part in phrases.cut_outside_quotes(said["pairs"], _BETWEEN_PAIRS)]
    if not all(pairs):
        return []  # one part names no field and value: not a list of fields
    return [tuple(f"Fill {pair['field']} with {pair['value']}" for pair in pairs if pair)]


_BETWEEN_PAIRS = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=[^,]+?\s+(?:with|to)\s)")
_FIELD_WITH_VALUE = re.compile(r"(?P<field>(?:the\s+)?[^\s\"].*?)\s+(?:with|to)\s+(?P<value>\S.*)")


@retelling("The sort control in a column's header", "Click the sort arrows in the Name column header", (A.CLICK,),
           r"^click\s+(?:on\s+)?the\s+sort(?:ing)?\s+(?:arrows?|icons?|buttons?|toggle|control|caret)\s+(?:in|of|on|next\s+to|beside)\s+(?:the\s+)?"
           r"(?P<column>.+?)(?:\s+column(?:\s+(?:header|heading|title))?)?(?:\s+again)?$")
def _sort_control_of_a_column(said: Said) -> list[Retold]:
    return [(f"Click the {said['column']} column header",)]  # a header's click goes to its sort control (discovery)


@retelling("Leave a field empty", "Leave Name empty", (A.FILL,),
           r"^leave\s+(?:the\s+)?(?P<field>.+?)(?:\s+(?:field|box))?\s+(?:empty|blank)$")
def _leave_empty(said: Said) -> list[Retold]:
    return [(f"Clear the {said['field']} field",)]


@retelling("A statement with an aside", "Four users are listed (every @harborlight.test account)", (A.EXPECT_COUNT,),
           r"^(?P<main>[^()]*[^()\s])\s*\((?P<aside>[^()]+)\)$")
def _with_aside(said: Said) -> list[Retold]:
    """An aside in brackets at the end: a check of its own when it reads as one ("(the URL contains /x)"); else a
    remark, dropped only when it holds no value a check could need (no quote, no digit). A state no check reads
    ("I am not logged in") with an aside saying what shows it: that check is how the writer tells it."""
    tellings: list[Retold] = [(said["main"], said["aside"])]
    if not re.search(r"[\d\"“]", said["aside"]):
        tellings.append((said["main"],))
    if _SHOWN_BY.search(said["aside"]):
        tellings.append((f"Verify {said['aside']}",))
    return tellings


_SHOWN_BY = re.compile(r"(?i)\s(?:is|are)\s+(?:shown|visible|displayed|listed)$|^(?:the\s+)?url\s+(?:contains|ends\s+with|is)\s")


@retelling("Visit a part of the site", "Visit the posts archive", (A.CLICK,), r"^visit\s+(?P<rest>the\s+[^/\"“]+)$")
def _visit(said: Said) -> list[Retold]:
    return [(f"Open {said['rest']}",)]


@retelling("Listed there, on the page you are on", 'Verify "Old Post" is not listed there', (A.EXPECT_HIDDEN,),
           r"^(?P<statement>.+\s(?:listed|shown|displayed|visible))\s+there$")
def _listed_there(said: Said) -> list[Retold]:
    return [(said["statement"],)]


@retelling("An action and what it skips", "Close the dialog without saving", (A.CLICK,),
           r"^(?P<action>" + ACTION_VERB + r".+?|close\s+.+?|(?P<bare>save|submit|continue|create|publish|send|apply))\s+without\s+"
           r"(?:saving|filling|changing|typing|entering|selecting|choosing|picking)\b.*$")
def _without(said: Said) -> list[Retold]:
    """"Save without entering a title": the button of that name is pressed, with the field left as it is."""
    return [(f"Click {said['bare'].capitalize()}" if said.has("bare") else said["action"],)]


@retelling("Signing out through a menu", "Log out via the user menu", (A.CLICK, A.CLICK),
           r"^(?P<entry>(?:log|sign)\s*(?:out|off))\s+(?:via|using|through|from)\s+(?:the\s+|my\s+)?(?P<menu>[\w' -]*?(?:menu|dropdown|drop-down))$")
def _through_menu(said: Said) -> list[Retold]:
    return [(f"Click the {said['menu']}", f'Click "{said["entry"]}" in the {said["menu"]}')]


@retelling("A message that appears saying a text", 'A notification appears saying "Saved successfully"', (A.EXPECT_VISIBLE,),
           r"^(?:a|an|the)\s+(?:(?P<error>error|warning)\s+)?(?:notification|toast|message|alert|banner|snackbar|popup|pop-up|flash(?:\s+message)?|error|warning)"
           r"\s+(?:appears|is\s+shown|is\s+displayed|shows\s+up|pops\s+up)\s+(?:saying|that\s+says|reading|with\s+the\s+(?:text|message))\s+"
           r"(?P<text>\"[^\"]+\"|“[^”]+”)$")
def _message_saying(said: Said) -> list[Retold]:
    kind = "error" if said.has("error") or said.text.split()[1].lower() in ("error", "warning") else "message"
    return [(f"Verify an {kind} {said['text']} is shown" if kind == "error" else f"Verify a message saying {said['text']} is shown",)]


@retelling("Where first, then what is shown there", 'Under the Email field, the message "Invalid email" is shown', (A.EXPECT_VISIBLE,),
           r"^(?P<where>(?:under|below|beneath|next\s+to|beside|above)\s+[^,]+?)\s*,\s*(?P<rest>(?:the|a|an)\s+.+?\s+(?:is|are)\s+(?:shown|displayed|visible))$")
def _where_then_shown(said: Said) -> list[Retold]:
    return [(f"Verify {said['rest']} {said['where']}",)]


@retelling("Under a heading first, then a statement", 'Under Permissions, the Group dropdown has "Engineering" selected', (A.EXPECT_VALUE,),
           r"^under\s+(?P<under>\"[^\"]+\"|“[^”]+”|[^,\"“]+?)\s*,\s*(?P<subject>the\s+[^\"“,]+?)\s+(?P<rest>(?:has|have|shows?|lists?|reads|says|contains?|is|are)\s.+)$")
def _under_then_statement(said: Said) -> list[Retold]:
    return [(f"{said['subject']} under {in_quotes(said['under'])} {said['rest']}",)]


@retelling("A statement, then a colon and a check", "You are sent to the login page: the URL contains /login", (A.EXPECT_PAGE, A.EXPECT_URL),
           r"^(?P<said>[^:\"“]+?)\s*:\s+(?P<check>(?:the|a|an)\s.+)$")
def _statement_colon_check(said: Said) -> list[Retold]:
    """Both are checks: what the sentence says, and the check after the colon that shows it."""
    return [(said["said"], said["check"])]


@retelling("A statement, then a dash and the check that shows it", "The browser leaves the register page - the URL no longer contains /register",
           (A.EXPECT_URL,), r"^(?P<said>[^\"“]+?)\s+[-–—]\s+(?P<check>(?:the|a|an)\s.+)$")
def _statement_dash_check(said: Said) -> list[Retold]:
    """The check after the dash is how the tester tells the statement holds: both when the rules read both, else it."""
    return [(said["said"], said["check"]), (said["check"],)]


@retelling("The text of the page", 'The article text includes "Reviewers respond within one working day."', (A.EXPECT_VISIBLE,),
           r"^the\s+(?:article|post|page|entry|document|main)(?:'s)?\s+(?:text|content|body)\s+(?:includes|contains|shows|says|mentions|has)\s+"
           r"(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _text_of_the_page(said: Said) -> list[Retold]:
    return [(f"Verify the page shows {said['value']}",)]


@retelling("A value said with what kind it is", 'Enter an invalid email "abc"', (A.FILL,),
           r"^(?P<verb>enter|type|fill\s+in|input|use)\s+(?:an?|the)\s+(?:(?:in)?valid|wrong|incorrect|bad|new|different|short|long|empty|existing|unknown)\s+"
           r"(?P<field>[a-z][\w -]*?)\s+(?P<value>\"[^\"]*\"|“[^”]*”)$")
def _value_of_a_kind(said: Said) -> list[Retold]:
    return [(f"Fill {said['value']} in the {said['field']} field",)]


@retelling("What the user is shown", "The user is shown a success message", (A.EXPECT_VISIBLE,),
           r"^(?:the\s+)?(?:user|customer|visitor)\s+(?:is|gets|should\s+be)\s+shown\s+(?P<what>.+)$")
def _user_is_shown(said: Said) -> list[Retold]:
    return [(f"Verify {said['what']} is shown",)]


@retelling("Answering a dialog the page draws", "Confirm the deletion", (A.CLICK,),
           r"^(?P<answer>confirm|cancel|dismiss)(?:\s+(?:the|this)\s+(?:deletion|delete|removal|dialog|modal|popup|pop-up|prompt|confirmation|action)|\s+it"
           # "Confirm in the dialog that pops up", "confirm the delete in the dialog"
           r"|(?:\s+it|\s+the\s+(?:deletion|delete|removal))?\s+(?:in|on)\s+the\s+(?:[\w-]+\s+)?(?:dialog|modal|popup|pop-up|prompt|box)(?:\s+that\s+(?:pops\s+up|opens|appears))?)$")
def _answer_dialog(said: Said) -> list[Retold]:
    control = "Confirm" if said["answer"].lower() == "confirm" else "Cancel"
    return [(f"Click {control} in the dialog",)]


@retelling("Confirm, said alone", "Confirm.", (A.CLICK,), r"^confirm$")
def _confirm_alone(said: Said) -> list[Retold]:
    # the control that confirms, in a dialog or in the page ("Delete it. Confirm."): named Confirm, or what discovery reads so
    return [(f"Click {said.text.strip()}",)]


@retelling("A path through menus", "Navigate to Settings > Profile", (A.CLICK, A.CLICK),
           r"^(?:(?:go|navigate|browse)\s+to|open)\s+(?P<path>[^>/]+?(?:\s*(?:>|›|→)\s*[^>›→/]+?)+)$")
def _menu_path(said: Said) -> list[Retold]:
    steps = [p.strip() for p in re.split(r"\s*(?:>|›|→)\s*", said["path"]) if p.strip()]
    placed = re.fullmatch(r"(?i)(?P<last>.+?)\s+(?:from|in|on)\s+the\s+(?P<place>[a-z]+(?:\s+[a-z]+)?)", steps[-1])
    if placed:  # "Open Organization > Sites from the sidebar": each click in that part of the page
        steps[-1] = placed["last"]
        return [tuple(f'Click "{phrases.strip_quotes(p)}" in the {placed["place"]}' for p in steps)]
    return [tuple(f'Click "{phrases.strip_quotes(p)}"' for p in steps)]


@retelling("Trying to reach an address", "Try to access /projects directly", (A.NAVIGATE,),
           r"^(?:try|attempt)\s+to\s+(?:access|open|visit|reach|go\s+to|navigate\s+to|load)\s+(?P<path>/\S*|https?://\S+)(?:\s+(?:directly|again|by\s+url))?$")
def _try_to_reach(said: Said) -> list[Retold]:
    return [(f"Go to {said['path']}",)]


@retelling("A list of N shown", "A list of 5 projects is displayed", (A.EXPECT_COUNT,),
           r"^(?:a|the)\s+list\s+of\s+(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<noun>[a-z][\w-]*)\s+(?:is|are)\s+(?:shown|displayed|visible|listed)$")
def _list_of_n(said: Said) -> list[Retold]:
    return [(f"Verify {said['n']} {said['noun']} are shown",)]


@retelling("A page that opens and shows something", 'The dashboard opens and shows the "Welcome!" widget', (A.EXPECT_VISIBLE,),
           r"^the\s+(?P<page>[a-z][\w -]*?)\s+(?:page\s+)?(?:opens|loads|appears|is\s+shown|is\s+displayed)\s+and\s+shows\s+(?P<rest>.+)$")
def _opens_and_shows(said: Said) -> list[Retold]:
    return [(f"Verify the {said['page']} shows {said['rest']}",)]  # what it shows is what tells it opened


@retelling("A form shown with its button", 'The login form with the "Sign In" button is shown again', (A.EXPECT_VISIBLE,),
           r"^the\s+[a-z][\w -]*?\s+form\s+with\s+(?:the|a|its)\s+(?P<button>\"[^\"]+\"|“[^”]+”)\s+button\s+(?:is\s+)?(?:shown|displayed|visible)(?:\s+again)?$")
def _form_with_button(said: Said) -> list[Retold]:
    return [(f"Verify the {said['button']} button is visible",)]


@retelling("A field holding one word as written", "The Email field has maria.lopez@harborsupply.example", (A.EXPECT_VALUE,),
           r"^the\s+(?P<field>[\w' -]+?)\s+(?:field|input|box)\s+(?:still\s+|now\s+)?(?:has|holds|contains)\s+(?P<value>[^\s\"“”]+|(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){1,4})$")
def _field_holds_word(said: Said) -> list[Retold]:
    """One word as written, or a name in capitals ("the Name field still holds Erin Walsh")."""
    return [(f'Verify the {said["field"]} field has the value "{said["value"]}"',)]


@retelling("Controls named one after another", 'There is a "Log in" link and a "Sign up" link in the top bar', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^there\s+(?:is|are)\s+(?P<first>an?\s+(?:\"[^\"]+\"|“[^”]+”)\s+(?:link|button|tab|field|checkbox))\s+and\s+"
           r"(?P<second>an?\s+(?:\"[^\"]+\"|“[^”]+”)\s+(?:link|button|tab|field|checkbox))(?P<where>\s+(?:in|on|at)\s+the\s+.+)?$"
           r"|^the\s+(?P<a>(?-i:[A-Z])[\w' -]*?|\"[^\"]+\")\s+and\s+(?P<b>(?-i:[A-Z])[\w' -]*?|\"[^\"]+\")\s+(?P<kind>buttons|links|tabs|fields)\s+(?:are|is)\s+(?:visible|shown|displayed|present)$")
def _controls_named(said: Said) -> list[Retold]:
    if said.has("a"):
        kind = said["kind"][:-1]
        return [tuple(f'Verify the "{phrases.strip_quotes(n)}" {kind} is visible' for n in (said["a"], said["b"]))]
    where = f" {said['where']}" if said.has("where") else ""
    return [tuple(f"Verify {part}{where} is visible" for part in (said["first"], said["second"]))]


@retelling("A page that links to names", 'Verify the page links to "Your First Week", "Laptop Setup" and "Buddy Program"', (A.EXPECT_VISIBLE,) * 3,
           r"^the\s+(?:page|article|section|menu|sidebar)\s+(?:links|link)\s+to\s+(?P<values>.+)$")
def _links_to(said: Said) -> list[Retold]:
    names = phrases.split_values(said["values"])
    if not names or any(not re.match(r'["“]', n) and n[:1].islower() for n in names):
        return []
    return [tuple(f'Verify the "{phrases.strip_quotes(n)}" link is visible' for n in names)]


@retelling("A box that appears asking for something", 'The login form appears asking to "Please log in"', (A.EXPECT_VISIBLE,),
           r"^(?:the|a|an)\s+(?-i:[a-z]+)\s+(?:form|dialog|page|box|window|prompt)\s+(?:appears|opens|is\s+shown)\s+asking\s+(?:me\s+)?(?:to\s+)?(?P<text>\"[^\"]+\"|“[^”]+”)$")
def _appears_asking(said: Said) -> list[Retold]:
    return [(f"Verify {said['text']} is visible",)]


@retelling("Switch to a tab", "Switch to the Managers tab", (A.CLICK,), r"^switch\s+to\s+(?P<tab>.+?\s+tab)$")
def _switch_tab(said: Said) -> list[Retold]:
    return [(f"Open {said['tab']}",)]


@retelling("Go to an address, and what it is", 'Go to /bookmarks/1/edit, the edit page of the bookmark', (A.NAVIGATE,),
           r"^go\s+(?:back\s+)?to\s+(?P<path>/\S*)(?:\s*,\s*.+|\s+again)?$")
def _go_to_path(said: Said) -> list[Retold]:
    return [(f"Go to {said['path']}",)]


@retelling("Search in a part", 'Search the cards for "pricing"', (A.FILL, A.PRESS),
           r"^search\s+(?:(?:the|all|my)\s+)?[a-z]+\s+for\s+(?P<what>.+)$")
def _search_in(said: Said) -> list[Retold]:
    return [(f"Search for {said['what']}",)]


@retelling("A control nowhere to be seen", 'There is no "Add another card" link in any list', (A.EXPECT_HIDDEN,),
           r"^there\s+(?:is|are)\s+no\s+(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'-]*(?:\s+[\w'-]+){0,3}?)\s+(?P<role>link|button|tab|checkbox|field|option|entry|icon|menu)s?(?P<place>\s+(?:in|on|under)\s+(?:any|the|a|this)\s+.+)?$")
def _no_control(said: Said) -> list[Retold]:
    name = in_quotes(said["name"])
    told = [(f"Verify the {name} {said['role']} is not visible",)]  # nowhere: never a pass where it is there
    place = said["place"]
    if re.match(r"(?i)in\s+the\s+(?:header|footer|sidebar|navigation|dialog|menu|toolbar|top bar)$", place):
        told.insert(0, (f"Verify the {name} {said['role']} {place} is not visible",))  # "… in the form": only there
    return told


@retelling("An item without a control", 'The row for Ethan has no "edit" button', (A.EXPECT_VISIBLE, A.EXPECT_HIDDEN),
           r"^(?P<item>the\s+" + phrases.ITEM_NOUNS + r"\s+for\s+.+?)\s+(?:now\s+|still\s+)?(?:has|shows)\s+no\s+(?P<name>\"[^\"]+\"|“[^”]+”|[\w-]+(?:\s+[\w-]+)?)\s+"
           r"(?P<role>button|link|tab|checkbox|icon|badge)$")
def _item_lacks_control(said: Said) -> list[Retold]:
    # the item is there first: a control looked for in an item the page does not show is never visible
    return [(f"Verify {said['item']} is visible", f"Verify the {said['name']} {said['role']} in {said['item']} is not visible")]


@retelling("A name not shown", "QA Temp Project is not listed", (A.EXPECT_HIDDEN,),
           r"^(?:the\s+(?-i:[a-z]+)\s+|the\s+(?=(?-i:[A-Z])[^\"“”]*?\s(?-i:[a-z]+)\s+is\s))?(?!(?:the|a|an)\s)(?P<name>(?-i:[A-Z])[^\"“”;]*?)(?:\s+(?-i:[a-z]+))?\s+is\s+(?:no\s+longer|not)\s+"
           r"(?P<how>listed|shown|visible|displayed)(?P<rest>\s+(?:in|on|under)\s+.+)?$")  # "The Staff Lounge forum is not listed": its name
def _name_not_shown(said: Said) -> list[Retold]:
    rest = f" {said['rest']}" if said.has("rest") else ""
    return [(f'Verify "{said["name"]}" is not {said["how"]}{rest}',)]


@retelling("A dialog that asks", 'A "Create Project" dialog asks to "Enter project title"', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^(?:a|an|the)\s+(?:(?P<name>\"[^\"]+\"|“[^”]+”)\s+)?(?:(?:confirmation|confirm|warning|alert)\s+)?(?P<kind>dialog|popup|modal|window|form)\s+(?:(?:appears|opens|pops\s+up)\s+)?(?:asks|asking|says|saying|shows|prompts)\s+(?:(?:you\s+)?(?:to|for)\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _dialog_asks(said: Said) -> list[Retold]:
    if not said.has("name"):  # 'A modal appears asking "Are you sure?"'
        return [(f"Verify the dialog shows {said['value']}",)]
    return [(f"Verify a {said['kind']} titled {said['name']} opens", f"Verify the {said['kind']} shows {said['value']}")]


@retelling("A statement, with these controls", 'A confirmation popup asks "Are you sure?" with Cancel and Confirm buttons', (A.EXPECT_VISIBLE,) * 3,
           r"^(?P<first>.+?)\s+with\s+(?P<with>[^,]+?\s+(?:buttons|links))$")
def _with_controls(said: Said) -> list[Retold]:
    checks = with_checks(said["with"])
    first = re.sub(r"(?i)^(a|the)\s+confirmation\s+(?:popup|dialog|box|modal)\s+", r"\1 confirmation ", said["first"])
    return [(first, *checks)] if checks else []


@retelling("A table with a row for a name", "The Users table now has a row for Tom Copy", (A.EXPECT_VISIBLE,),
           r"^the\s+.+?\s+(?:table|list|grid)\s+(?:now\s+)?(?:has|shows|contains)\s+a\s+row\s+for\s+(?P<name>.+)$")
def _row_for(said: Said) -> list[Retold]:
    return [(f'Verify the row for "{phrases.strip_quotes(said["name"])}" is visible',)]


@retelling("Controls in one state", "The Archived, Unread and Shared checkboxes are all unchecked", (A.EXPECT_STATE,) * 3,
           r"^(?:under\s+(?P<under>\"[^\"]+\"|“[^”]+”|[^,]+?)\s*,?\s+)?the\s+(?:(?P<names>.+?)\s+(?P<role>checkboxes|buttons|links|fields|switches|toggles)|(?P<role2>checkboxes|switches|toggles)\s+(?P<names2>.+?))\s+are\s+(?:all\s+|both\s+)?"
           r"(?P<state>checked|unchecked|disabled|enabled|empty|selected|unselected)$")
def _controls_in_state(said: Said) -> list[Retold]:
    # 'Under "For whom?" the checkboxes Alice, Bob and Diana are all checked': each one, under that heading
    names = phrases.split_values(said["names"] if said.has("names") else said["names2"])
    if len(names) < 2:
        return []
    role = phrases.singular(said["role"] if said.has("role") else said["role2"])
    under = f" under {said['under']}" if said.has("under") else ""
    return [tuple(f'Verify the "{n}" {role}{under} is {said["state"]}' for n in names)]


@retelling("A corner of a part", '"Ada Admin" appears at the top right of the header', (A.EXPECT_VISIBLE,),
           r"^(?P<what>.+?)\s+(?P<verb>appears|is\s+shown|is\s+displayed|is\s+visible)\s+at\s+the\s+(?:top|bottom)(?:[\s-]+(?:right|left))?(?:\s+corner)?\s+of\s+the\s+(?P<region>header|footer|sidebar|navigation)$")
def _corner_of(said: Said) -> list[Retold]:
    # drops the corner: in the header is checked, not which end of it
    return [(f"Verify {said['what']} is shown in the {said['region']}",)]


@retelling("Scroll to an end of the page", "Scroll to the bottom of the list", (A.PRESS,),
           r"^scroll\s+(?:down\s+|up\s+)?to\s+the\s+(?P<end>bottom|end|top)(?:\s+of\s+the\s+(?:page|list|table|results))?$")
def _scroll_to_end(said: Said) -> list[Retold]:
    return [("Press Home" if said["end"].lower() == "top" else "Press End",)]


@retelling("Scroll by a page", "Scroll down", (A.PRESS,), r"^scroll\s+(?P<way>down|up)(?:\s+(?:a\s+bit|a\s+little|the\s+page))?$")
def _scroll_by_a_page(said: Said) -> list[Retold]:
    return [("Press PageDown" if said["way"].lower() == "down" else "Press PageUp",)]


@retelling("They, after a count or a list", "They are, in order, Real Python, Kubernetes Basics and The Verge", (A.EXPECT_ORDER,),
           r"^(?:they|these)\s+are\s*,?\s+(?:(?P<order>" + ORDERS + r")\s*[,:]?\s+)?(?P<values>.+)$", after="Verify 3 bookmarks are shown")
def _they_are(said: Said) -> list[Retold]:
    if not said.has("order"):  # "They are A, B and C": which ones, in no order said
        values = names_said(said["values"])
        return [tuple(f'Verify "{v}" is listed' for v in values)] if said.subject is not None and len(values) > 1 else []
    values = phrases.split_values(said["values"])
    if said.subject is None or len(values) < 2:
        return []
    return [(in_this_order(phrases.plural(said.subject), values),)]

