"""More actions said another way; going somewhere by a control, and what a part lacks."""

from __future__ import annotations

import re

from pacts_farm.planning import phrases
from pacts_farm.planning.narrative.telling import A, Retold, Said, retelling
from pacts_farm.planning.narrative.wording import ACTION_VERB, N, QUOTED, QUOTED_NAME, as_field, in_quotes, in_this_order


@retelling("Clear a field, then type", 'Clear the Affiliation field and type "Lighthouse QA Lab"', (A.FILL,),
           r"^clear\s+(?:the\s+)?(?P<field>.+?)(?:\s+(?:field|box|input))?\s*,?\s+(?:and\s+(?:then\s+)?|then\s+)(?:type|enter)\s+(?:in\s+)?(?P<value>.+)$")
def _clear_then_type(said: Said) -> list[Retold]:
    return [(f"Fill {said['value']} in the {said['field']} field",)]


@retelling("Two fields typed in one sentence", "Type Warehouse Status in Name and warehouse in Slug", (A.FILL, A.FILL),
           r"^(?P<verb>type|enter|fill\s+in|put)\s+(?P<v1>.+?)\s+(?:in|into)\s+(?:the\s+)?(?P<f1>.+?)\s*,?\s+and\s+(?P<v2>(?!the\s).+?)\s+(?:in|into)\s+(?:the\s+)?(?P<f2>.+)$")
def _two_typed(said: Said) -> list[Retold]:
    return [(f"{said['verb']} {said['v1']} in the {as_field(said['f1'])}", f"{said['verb']} {said['v2']} in the {as_field(said['f2'])}")]


@retelling("Choose a value as a field", 'Select "HTTP(s) - Keyword" as the Monitor Type', (A.SELECT,),
           r"^(?:select|choose|pick)\s+(?P<value>\"[^\"]+\"|“[^”]+”|[^\"“”]+?)\s+as\s+(?:the\s+)?(?P<field>[\w' -]+?)(?:\s+(?:field|dropdown|select))?"
           r"(?P<form>\s+in\s+the\s+[^,]+?\s+form)?$")
def _select_as(said: Said) -> list[Retold]:
    # in a form named: the field's label finds it ("the queue"), the form only says where it is
    return [(f"Select {said['value']} from the {said['field']} dropdown",)]


@retelling("Two values chosen as two fields", 'Select "Frontend" as component and "minor" as priority', (A.SELECT, A.SELECT),
           r"^(?P<verb>select|choose|pick)\s+(?P<v1>\"[^\"]+\"|“[^”]+”)\s+as\s+(?:the\s+)?(?P<f1>[\w' -]+?)\s*,?\s+and\s+"
           r"(?P<v2>\"[^\"]+\"|“[^”]+”)\s+as\s+(?:the\s+)?(?P<f2>[\w' -]+?)$")
def _two_chosen(said: Said) -> list[Retold]:
    return [(f"{said['verb']} {said['v1']} as the {said['f1']}", f"{said['verb']} {said['v2']} as the {said['f2']}")]


@retelling("Two values entered as two fields", "Enter contractor as the username and secret as the password", (A.FILL, A.FILL),
           r"^(?P<verb>enter|type|fill\s+in|input|use)\s+(?P<v1>\"[^\"]*\"|“[^”]*”|\S+)\s+as\s+(?:the\s+)?(?P<f1>[\w' -]+?)\s*,?\s+and\s+"
           r"(?P<v2>\"[^\"]*\"|“[^”]*”|\S+)\s+as\s+(?:the\s+)?(?P<f2>[\w' -]+?)"
           r"(?P<submit>\s*,?\s+(?:and\s+|then\s+)+(?:log\s*in|sign\s*in|submit(?:\s+the\s+form)?))?$")
def _two_entered_as(said: Said) -> list[Retold]:
    # "… and log in": the form sent with Enter from the field typed in last, as a sign-in sends it
    sent = ("Press Enter",) if said.has("submit") else ()
    return [(f"Enter {said['v1']} as the {said['f1']}", f"Enter {said['v2']} as the {said['f2']}", *sent)]


@retelling("Two fields filled with values", 'Fill Name with "Acme Copy" and Slug with "acme"', (A.FILL, A.FILL),
           r"^(?:fill(?:\s+in)?|set)\s+(?:the\s+)?(?P<f1>[\w' -]+?)\s+(?:with|to)\s+(?P<v1>\"[^\"]*\"|“[^”]*”)\s*,?\s+and\s+(?:the\s+)?(?P<f2>[\w' -]+?)\s+(?:with|to)\s+(?P<v2>\"[^\"]*\"|“[^”]*”)$")
def _two_filled(said: Said) -> list[Retold]:
    return [(f"Fill {said['v1']} in the {as_field(said['f1'])}", f"Fill {said['v2']} in the {as_field(said['f2'])}")]


@retelling("Answer a question with a button", 'Confirm with Yes when asked "Are you sure want to delete this monitor?"', (A.EXPECT_VISIBLE, A.CLICK),
           r"^(?:confirm|answer|reply|respond)\s+with\s+(?P<button>.+?)\s+when\s+(?:asked|prompted)\s*:?\s+(?P<question>\"[^\"]+\"|“[^”]+”)$")
def _answer_with(said: Said) -> list[Retold]:
    return [(f"Verify the page shows {said['question']}", f"Click {said['button']}")]


@retelling("Submit a form", "Submit the login form", (A.CLICK,),
           r"^submit(?:\s+the\s+(?:(?P<name>[\w-]+(?:\s+[\w-]+)?)\s+)?form|\s+the\s+(?:[\w-]+(?:\s+[\w-]+)?\s+)?(?:ticket|request|application|order|report)|\s+it)?$")  # "Submit." alone too
def _submit_form(said: Said) -> list[Retold]:
    # the form's submit button: <button type=submit> or <input type=submit>, whatever its text; in the form named
    told: list[Retold] = [("Click the submit button",)]
    if said.has("name"):
        told.insert(0, (f"Click the submit button in the {said['name']} form",))
    return told


@retelling("A page that opens at an address", "The page editor opens at /status/acme?edit", (A.EXPECT_URL,),
           r"^(?:the|a|an)\s+[a-z][\w -]*?\s+(?:opens|loads|is\s+(?:shown|open|opened|displayed))\s+(?:at|on)\s+(?P<path>/\S*)$")
def _opens_at(said: Said) -> list[Retold]:
    return [(f"Verify the URL ends with {said['path']}",)]


# last: a statement no other form fits, read as a check
@retelling("A marker named by its word", 'The row for "Django documentation" has the Shared badge', (A.EXPECT_TEXT,),
           r"^(?P<subject>.+?)\s+(?:(?:still|now)\s+)?(?P<verb>shows?|displays?|has)\s+(?:the|an?)\s+"
           r"(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:marker|badge|label|tag|flag|pill|chip)$")
def _marker_named(said: Said) -> list[Retold]:
    """ "… shows the Unread marker": the marker is the word it shows."""
    return [(f'Verify {said["subject"]} shows "{said["name"]}"',)]


@retelling("A statement of what holds", 'Alice\'s shared bookmark "Django documentation" is listed', (A.EXPECT_VISIBLE,),
           r"^(?!" + ACTION_VERB + r"|verify|assert|ensure|confirm|expect|go\b|wait\b|close\b|search\b|scroll\b)(?P<statement>.+\s(?:is|are|has|have|shows?|appears?|lists?|reads?|says?|contains?)\s.+)$")
def _statement(said: Said) -> list[Retold]:
    if re.search(r"\s(?:and|but|while)\s", phrases.mask_quoted(said["statement"])):
        return []  # two statements: each is read on its own, or not at all
    return [(f"Verify {said['statement']}",)]


@retelling("A part that lists names in an order", "The dropdown lists Active, Archived and Shared in this order", (A.EXPECT_ORDER,),
           r"^the\s+(?P<part>dropdown|menu|list|sidebar|navigation|tab\s+bar)\s+(?:lists|shows|offers|has)\s+(?P<values>.+?)\s+in\s+(?:this|that)\s+order$")
def _part_lists_in_order(said: Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    if len(values) < 2:
        return []
    return [(in_this_order(f"{said['part']} items", values),)]


@retelling("None of a kind, wherever they would be", "No checkboxes are visible next to the bookmarks", (A.EXPECT_COUNT,),
           r"^no\s+(?P<noun>[a-z][\w-]*s)\s+(?:are|is)\s+(?:visible|shown|displayed)\s+(?:next\s+to|beside|in\s+front\s+of|by)\s+.+$|"
           r"^the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?\s+has\s+no\s+(?P<noun2>[a-z][\w-]*s)$")
def _none_of_a_kind(said: Said) -> list[Retold]:
    return [(f"Verify no {said['noun'] or said['noun2']} are shown",)]  # nowhere on the page: stricter than where it was said


@retelling("What a part no longer has", "The table no longer has a copies column", (A.EXPECT_COUNT,),
           r"^(?P<subject>the\s+(?:(?!(?:and|shows?|has|is|are)\b)[a-z][\w-]*\s+){0,3}?(?:table|list|page|form|menu|panel|dialog|bar|grid))\s+no\s+longer\s+(?:has|shows|contains)\s+(?:an?|the|any)\s+(?P<what>[a-z][\w -]*?\s+(?:column|tab|button|link|field|section))$")
def _no_longer_has(said: Said) -> list[Retold]:
    return [(f"Verify {said['subject']} has no {said['what']}",)]


@retelling("A count said with what it was looked for", "At least one result is listed for kubernetes", (A.EXPECT_COUNT,),
           r"^(?P<count>(?:(?:at\s+least|at\s+most|exactly|only)\s+)?" + N + r"\s+[a-z][\w-]*\s+(?:is|are)\s+(?:listed|shown|found|returned|displayed))"
           r"\s+for\s+(?:\"[^\"]+\"|“[^”]+”|[^\s\"“]+)$")
def _count_for_a_search(said: Said) -> list[Retold]:
    return [(f"Verify {said['count']}",)]  # "… for kubernetes": what was searched, which the results need not show


@retelling("There are some, listed", 'There are 3 meetings listed, in this order "A", "B", "C"', (A.EXPECT_COUNT, A.EXPECT_ORDER),
           r"^there\s+(?:are|is)\s+(?P<n>" + N + r")\s+(?P<noun>[a-z][\w-]*)\s+(?P<verb>listed|shown|displayed)(?P<rest>\s*[,:–—-].+)$")
def _there_are_listed(said: Said) -> list[Retold]:
    return [(f"{said['n']} {said['noun']} are {said['verb']}{said['rest']}",)]


@retelling("A message by someone", 'A comment by Ada Admin appears saying "Looks good"', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^an?\s+(?:new\s+)?(?:comment|message|note|reply|post)\s+(?:by|from)\s+(?P<who>[^\"“]+?)\s+(?:appears|is\s+shown|is\s+added)\s+(?:saying|that\s+says|with(?:\s+the\s+text)?)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _message_by(said: Said) -> list[Retold]:
    return [(f"Verify the page shows {said['value']}", f'Verify the page shows "{said["who"]}"')]


@retelling("A marker, whatever its icon", 'The row for "Real Python" shows an "Unread" marker with an open book icon', (A.EXPECT_TEXT,),
           r"^(?P<subject>.+?\s(?:shows?|has))\s+(?:an?\s+|the\s+)?(?P<value>\"[^\"]+\"|“[^”]+”)\s+(?:marker|badge|label|tag)\s+with\s+(?:an?|the)\s+[\w -]+?\s+icon$")
def _marker_with_icon(said: Said) -> list[Retold]:
    # drops the icon: the marker's text is checked, not the picture beside it
    return [(f"Verify {said['subject']} {said['value']}",)]


@retelling("Neither one marker nor another", '"Python Tutorial" has neither an Unread nor a Shared marker', (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?P<name>\"[^\"]+\"|“[^”]+”)\s+has\s+neither\s+(?:an?\s+)?(?P<a>\"[^\"]+\"|\w+)\s+nor\s+(?:an?\s+)?(?P<b>\"[^\"]+\"|\w+)(?:\s+(?:marker|badge|label|tag|icon)s?)?$")
def _neither_nor(said: Said) -> list[Retold]:
    row = f"the row for {said['name']}"  # a row is checked whole: its text, never its title alone
    return [tuple(f'Verify {row} does not show "{phrases.strip_quotes(said[k])}"' for k in ("a", "b"))]


# "with password X", "using the password X", "/ X", or "with X" where X looks like a password (a digit or a sign in it)
_PASSWORDED = r"(?:(?:with|using|and)\s+(?:the\s+)?password|/|(?:with|using|and)(?=\s+\S*[\d#!@$%&*?]|\s+[\"“]))"
_SIGN_IN = r"(?:log\s*in|sign\s*in|login|signin)"


def _in_that_form(said: str) -> str:
    """' in the I already have an account form' -> ' in the "I already have an account" form': its name quoted, whole."""
    named = re.fullmatch(r"\s*(?:(?:in|on)\s+the\s+(?P<name>.+?)\s+form|under\s+(?P<heading>.+))", said or "")
    return f' in the "{phrases.strip_quotes(named["name"] or named["heading"])}" form' if named else ""
# 'in the "I already have an account" form': the sign-in form of a page that also has a sign-up form
_IN_FORM = r"(?P<form>\s+(?:in|on)\s+the\s+(?:\"[^\"]+\"|“[^”]+”|[\w' -]+?)\s+form|\s+under\s+(?:\"[^\"]+\"|“[^”]+”))?"


@retelling("Sign in at an address", "Log in at /login as bob with password Bob#2026pw", (A.NAVIGATE, A.CLICK, A.FILL, A.FILL, A.PRESS),
           r"^" + _SIGN_IN + r"\s+(?:at|on|from|via)\s+(?:the\s+)?(?P<path>/\S*)(?:\s+page)?\s+(?P<how>(?:as|with)\s+.+)$"
           r"|^(?P<signing>" + _SIGN_IN + r"\s+(?:as|with)\s+.+?)\s+(?:(?:at|on|from|via)\s+(?:the\s+)?(?:login\s+page\s+at\s+)?)(?P<at>/\S*)(?:\s+page)?$"
           r"|^(?:go\s+to|open|visit)\s+(?P<first>/\S*)\s+and\s+(?P<then>" + _SIGN_IN + r"\s+(?:as|with)\s+.+)$")
def _sign_in_at(said: Said) -> list[Retold]:
    how = re.sub(r"^(as\s+\S+)\s*,\s*(password\s)", r"\1 with \2", said["how"] or "")  # "as carol, password …"
    if said.has("path"):
        return [(f"Go to {said['path']}", f"Log in {how}")]
    if said.has("first"):
        return [(f"Go to {said['first']}", said["then"])]
    return [(f"Go to {said['at']}", said["signing"])]


@retelling("Sign in with a user and a password, said with and", "Log in with admin and Admin#2026pw", (A.CLICK, A.FILL, A.FILL, A.PRESS),
           r"^" + _SIGN_IN + r"\s+(?:with|using)\s+(?P<who>\"[^\"]+\"|“[^”]+”|[^\s\"“]+)\s+and\s+(?P<password>\"[^\"]+\"|“[^”]+”|\S*[\d#!@$%&*?]\S*)" + _IN_FORM + "$")
def _sign_in_with_and(said: Said) -> list[Retold]:
    return [(f"Log in as {said['who']} with password {said['password']}{said['form'] and ' ' + said['form']}",)]


@retelling("Sign in with a user name and a password", "Sign in with username ebrooks and password Customer-Pass-1", (A.CLICK, A.FILL, A.FILL, A.PRESS),
           r"^(?:log\s*in|sign\s*in|login|signin)\s+with\s+(?:the\s+)?(?:user\s*name|username|user|e-?mail|email\s+address)\s+(?P<who>\"[^\"]+\"|“[^”]+”|\S+)\s+"
           r"and\s+(?:the\s+)?password\s+(?P<password>\"[^\"]+\"|“[^”]+”|\S+)$")
def _sign_in_with(said: Said) -> list[Retold]:
    return [(f"Log in as {said['who']} with password {said['password']}",)]


@retelling("Sign in with a user and a password, written short", "Log in with alice / Alice-Pass-1", (A.CLICK, A.FILL, A.FILL, A.PRESS),
           r"^(?:log\s*in|sign\s*in|login|signin)\s+(?:with|as|using)\s+(?P<who>\"[^\"]+\"|“[^”]+”|[^\s/()]+)\s*"
           r"(?:/\s*|\(\s*password\s*:?\s+)(?P<password>\"[^\"]+\"|“[^”]+”|[^\s()]+)\)?" + _IN_FORM + "$")
def _sign_in_short(said: Said) -> list[Retold]:
    return [(f"Log in as {said['who']} with password {said['password']}{said['form'] and ' ' + said['form']}",)]


# ", which is wrong": what the tester knows of the password, nothing the page shows
_ASIDE_ON_PASSWORD = r"(?:\s*,\s*(?:which|that)\s+is\s+(?:wrong|incorrect|invalid|not\s+(?:right|correct|valid)|(?:her|his|their|the)\s+(?:normal|usual|correct|real)\s+(?:one|password)))?"


@retelling("Sign in as someone, the password in brackets", "Log in as Daniel (daniel@northwind.test / Daniel#Admin2024)", (A.CLICK, A.FILL, A.FILL, A.PRESS),
           r"^" + _SIGN_IN + r"\s+as\s+(?P<who>[^\s()]+|(?-i:[A-Z])\w+\s+(?-i:[A-Z])\w+)\s*\(\s*(?:(?P<login>[^\s/(),]+)\s*[/,]\s*|password\s*:?\s*)?"
           r"(?P<password>\"[^\"]+\"|“[^”]+”|[^\s()]*[\d#!@$%&*?][^\s()]*)\s*\)$")
def _sign_in_bracketed(said: Said) -> list[Retold]:
    # "as admin (AdminPass2026)": a word that looks like a password; "as Daniel (daniel@… / …)": the login, then it
    if not said["login"] and " " in said["who"]:
        return []  # a person's full name is not what the login form asks for
    return [(f"Log in as {said['login'] or said['who']} with password {said['password']}",)]


@retelling("Sign out, then in as someone else", "Log out and sign in as maria / Maria#Docs2026", (A.CLICK, A.CLICK, A.FILL, A.FILL, A.PRESS),
           r"^(?P<out>log\s*out|sign\s*out|logout)\s*,?\s+(?:and\s+)?(?:then\s+)?(?P<signing>" + _SIGN_IN + r"\s+(?:again\s+)?as\s+.+)$")
def _sign_out_then_in(said: Said) -> list[Retold]:
    return [(f"Click {said['out']}", said["signing"].replace(" again ", " "))]


@retelling("Sign in as someone", 'Log in as "alice" with password "Alice-Pass-1"', (A.CLICK, A.FILL, A.FILL, A.PRESS),
           r"^(?:log\s*in|sign\s*in|login|signin)\s+as\s+(?:the\s+user\s+|user\s+)?(?P<who>\"[^\"]+\"|“[^”]+”|\S+)\s+" + _PASSWORDED + r"\s+(?P<password>\"[^\"]+\"|“[^”]+”|\S+)"
           + _ASIDE_ON_PASSWORD + _IN_FORM + "$")
def _sign_in_as(said: Said) -> list[Retold]:
    where = _in_that_form(said["form"])  # the fields of that form, where a sign-up form beside it has its own
    # on a page without the sign-in form (a forum's home page), its page is opened first, as a person would; Enter in
    # the password field submits the form, whatever its button says
    return [("Open the login page", *_login_typed(said["who"], said["password"], where), f"Press Enter in the password field{where}")]


def _login_typed(who: str, password: str, where: str) -> tuple[str, str]:
    """The login (an email address in the email field, a name in the username field) and the password, typed."""
    login = phrases.strip_quotes(who)
    field = "email" if "@" in login else "username"
    return f'Fill "{login}" in the {field} field{where}', f'Fill "{phrases.strip_quotes(password)}" in the password field{where}'


# a word that is a password with no "password" said before it: a digit, and a capital or a sign ("Watchtower-2026")
_PASSWORD_WORD = r"(?=\S*\d)(?=\S*(?-i:[A-Z])|\S*[-_!@#$%^&*+])"
_LOOKS_LIKE_A_PASSWORD = re.compile(_PASSWORD_WORD + r"\S+")


@retelling("Sign in with a password alone", "Log in with the password ${password}", (A.CLICK, A.FILL, A.PRESS),
           r"^" + _SIGN_IN + r"\s+(?:with|using)\s+(?:the\s+)?(?:password\s+(?P<said>\"[^\"]+\"|“[^”]+”|\S+)|(?P<var>\$\{[\w:]*(?i:pass|pw|secret)[\w:]*\})"
           r"|(?P<token>" + _PASSWORD_WORD + r"[^\s\"“]+)|(?P<quoted>\"[^\"]+\"|“[^”]+”))"
           r"(?:\s*,?\s+and\s+(?:then\s+)?(?:i\s+)?(?P<then>(?:open|go|click|select|choose|have\s+opened|opened)\s+\S.*))?$")
def _sign_in_with_password(said: Said) -> list[Retold]:
    # an app with one shared password (changedetection.io): no user to name, its password field only; a word with a
    # digit and a capital or a symbol is one, quoted or not ("Log in with Watchtower-2026"; "Log in with Google" names a button)
    password = phrases.strip_quotes(said["said"] or said["var"] or said["token"] or said["quoted"])
    if said.has("quoted") and not _LOOKS_LIKE_A_PASSWORD.fullmatch(password):
        return []  # 'Log in with "Google"', 'Sign in with "alice"': a way or a user, no password said
    signed_in = ("Open the login page", f'Fill "{password}" in the password field', "Press Enter in the password field")
    return [(*signed_in, phrases.HAVE_OPENED.sub("Open ", said["then"])) if said.has("then") else signed_in]


@retelling("A value left as it is", "Leave the role as Member", (A.EXPECT_VALUE,),
           r"^(?:leave|keep)\s+(?:the\s+)?(?P<field>(?!it\b|them\b|this\b|that\b)[^\"“]+?)(?:\s+(?:field|dropdown|select|box))?\s+"
           r"(?:(?:as|at|on|set\s+(?:to|at))\s+(?P<value>[^\"“\s][^\"“]*|" + QUOTED_NAME + r")|(?P<quoted>" + QUOTED_NAME + r"))$")
def _left_as_it_is(said: Said) -> list[Retold]:
    """Nothing to do but what the tester saw: the field holds that value (it would have to be changed otherwise)."""
    value = said["value"] or said["quoted"]
    if re.fullmatch(r"(?i)empty|blank|unchanged|as\s+it\s+is|alone|(?:un)?checked|(?:un)?ticked|on|off|(?:its|their|the)\s+defaults?.*", phrases.strip_quotes(value)):
        return []  # "Leave everything else at its default": nothing named to check
    if re.fullmatch(r"(?i)(?:everything|all|anything|the\s+rest|others?|rest)(?:\s+else)?", said["field"]) or re.match(
            r"(?i)(?:\S+\s+)?(?:page|screen|site|app|form|dialog|tab|window|editor|modal)\b|.*\s(?:with|without)\s", said["field"]):
        return []  # "Leave the page with the Media breadcrumb at the top": the page is left, no field
    return [(f"Verify the {said['field']} has value {in_quotes(phrases.strip_quotes(value))}",)]  # a box or a dropdown


@retelling("Neither one nor the other", 'Neither Globex Blog nor Wiki Changelog shows the "UnMute notification" icon any more',
           (A.EXPECT_VISIBLE, A.EXPECT_HIDDEN, A.EXPECT_VISIBLE, A.EXPECT_HIDDEN),
           r"^neither\s+(?P<a>.+?)\s+nor\s+(?P<b>.+?)\s+(?:shows?|displays?|has|have)\s+(?P<what>.+?)(?:\s+(?:any\s*more|now))?$")
def _neither_nor(said: Said) -> list[Retold]:
    """Each of the two, on its own, does not show it."""
    return [(f"{said['a']} does not show {said['what']}", f"{said['b']} does not show {said['what']}")]


@retelling("What you should not see", 'I should not see "Welcome back"', (A.EXPECT_HIDDEN,),
           r"^(?:i|we|you|the\s+user)\s+(?:should\s+not|shouldn't|do\s+not|don't|does\s+not|doesn't|cannot|can't|can\s+no\s+longer)\s+see\s+(?P<value>.+)$")
def _should_not_see(said: Said) -> list[Retold]:
    control = re.fullmatch(r"(?i)(?:an?|the|any)\s+(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w' -]*?)\s+"
                           r"(?P<role>link|button|tab|option|menu|field|checkbox|section|heading|column|entry|item)", said["value"])
    if control:  # 'I should not see a "Users" link': that control not shown
        return [(f'Verify the "{phrases.strip_quotes(control["name"])}" {control["role"].lower()} is not shown',)]
    return [(f"Verify the page does not show {said['value']}",)]


@retelling("Signing out", "Log out", (A.CLICK,), r"^(?P<verb>log\s*out|sign\s*out|logout)(?:\s+of\s+(?:the\s+)?(?:application|app|site|website|account|system))?$")
def _sign_out(said: Said) -> list[Retold]:
    return [(f"Click {said['verb']}",)]


@retelling("What a search returns", "The search returns 3 results", (A.EXPECT_COUNT,),
           r"^the\s+search\s+(?:now\s+)?(?:returns|finds|shows|gives|yields)\s+(?P<n>" + N + r")\s+(?P<noun>[a-z][\w-]*)$")
def _search_returns(said: Said) -> list[Retold]:
    return [(f"Verify {said['n']} {said['noun']} are shown",)]


@retelling("A list without a text", 'The list no longer contains "Local API"', (A.EXPECT_HIDDEN,),
           r"^the\s+(?:list|table|page|results|grid|search\s+results)\s+(?:no\s+longer|does\s+not|doesn't)\s+(?:contains?|shows?|lists?|includes?)\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _list_lacks(said: Said) -> list[Retold]:
    return [(f"Verify the page does not show {said['value']}",)]  # nowhere on the page: stricter than in the list


@retelling("A value named by what it is", 'The header shows the user\'s name "Alice"', (A.EXPECT_VISIBLE,),
           r"^(?P<subject>.+?)\s+(?P<verb>shows?|displays?|says|has)\s+(?:the|a|an)\s+(?!(?:text|value)\s)[\w' ]+?\s+(?P<value>\"[^\"]+\"|“[^”]+”)$")
def _value_named(said: Said) -> list[Retold]:
    verb = "shows" if said["verb"].lower() == "has" else said["verb"]  # 'has a state badge "hidden"': it shows that text
    return [(f"Verify {said['subject']} {verb} {said['value']}",)]


@retelling("Opening a box with the control that opens it", "Open the user management dialog with the people icon in the header", (A.CLICK,),
           r"^open\s+(?:the\s+|a\s+)?[\w' -]+?\s+(?:dialog|modal|menu|panel|popup|pop-up|window|drawer|sidebar)\s+"
           r"(?:with|using|by\s+clicking|via|from)\s+(?P<control>(?:the|a|an)\s+.+)$")
def _open_with(said: Said) -> list[Retold]:
    """What is opened only describes the click: the control named is what is clicked."""
    return [(f"Click {said['control']}",)]


@retelling("Two fields, each named with its value", 'Enter the username "alice" and the password "Alice-Pass-1"', (A.FILL, A.FILL),
           r"^(?:enter|type|fill\s+in|input)\s+the\s+(?P<f1>[\w -]+?)\s+(?P<v1>\"[^\"]*\"|“[^”]*”)\s*,?\s+and\s+the\s+(?P<f2>[\w -]+?)\s+(?P<v2>\"[^\"]*\"|“[^”]*”)$")
def _two_fields(said: Said) -> list[Retold]:
    return [(f"Fill {said['v1']} in the {said['f1']} field", f"Fill {said['v2']} in the {said['f2']} field")]


@retelling("A form filled in with values", 'Fill in the form with name "Bob" and email "bob@example.org"', (A.FILL, A.FILL),
           r"^(?:fill\s+(?:in|out)|complete)\s+the\s+(?:[\w-]+\s+)?form\s+with\s+(?P<pairs>.+)$")
def _form_with(said: Said) -> list[Retold]:
    pairs = re.findall(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|a\s+|an\s+)?([\w -]+?)\s+(\"[^\"]*\"|“[^”]*”)", said["pairs"])
    rest = re.sub(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|a\s+|an\s+)?[\w -]+?\s+(?:\"[^\"]*\"|“[^”]*”)", "", said["pairs"])
    if not pairs or rest.strip():
        return []  # every value must come with its field
    return [tuple(f"Fill {value} in the {field} field" for field, value in pairs)]


@retelling("Toggle a switch", "Toggle the dark mode switch", (A.CLICK,), r"^(?:toggle|flip)\s+(?P<what>.+?\s+(?:switch|toggle))$")
def _toggle(said: Said) -> list[Retold]:
    return [(f"Click {said['what']}",)]


@retelling("An action, and save", 'Enter "home lab" as the name and save', (A.FILL, A.CLICK),
           r"^(?P<first>" + ACTION_VERB + r".+?)\s*,?\s+(?:and\s+(?:then\s+)?|then\s+)(?P<verb>save|submit|confirm)(?:\s+(?:it|the\s+form|the\s+changes))?$")
def _and_save(said: Said) -> list[Retold]:
    return [(said["first"], f"Click {said['verb'].capitalize()}")]


@retelling("An action with a description in brackets", "Click the search preferences button (the sliders icon next to the search box)", (A.CLICK,),
           r"^(?P<before>" + ACTION_VERB + r"[^(]*?)\s*\((?P<aside>[^)]+)\)(?P<after>.*)$")
def _bracketed(said: Said) -> list[Retold]:
    verb = re.match(r"\S+(?:\s+on)?", said["before"])
    told = [(f"{said['before']}{' ' + said['after'] if said['after'] else ''}",)]
    if verb and re.match(r"(?i)(?:the|a|an)\s", said["aside"]):  # "(the sliders icon …)": what it looks like, said again
        told.append((f"{verb.group()} {said['aside']}",))
    return told


@retelling("What a page lists, counted", "The Bundles page lists 3 bundles", (A.EXPECT_COUNT,),
           r"^the\s+.+?\s+(?:page|tab)\s+(?:now\s+|still\s+)?(?:lists|shows|has|contains)\s+(?P<n>" + N + r")\s+(?P<noun>[a-z][\w-]*)$")
def _page_lists_count(said: Said) -> list[Retold]:
    # 'the "Comments" tab lists 7 comments': the tab open now, what it lists
    return [(f"Verify {said['n']} {said['noun']} are shown",)]


@retelling("Go to a page of the results", "Go to page 2", (A.CLICK,),
           r"^go\s+to\s+page\s+(?P<n>\d+)(?:\s+of\s+the\s+(?:results|list|table))?$")
def _go_to_page(said: Said) -> list[Retold]:
    return [(f'Click "{said["n"]}" in the pagination bar',)]


_PART = r"(?:left\s+|right\s+|top\s+|main\s+)?(?:sidebar|side\s+menu|header|footer|navigation|nav\s*bar|menu|top\s+bar|toolbar|dialog)"


@retelling("Go to a page by its name", "Go to the Memberlist", (A.CLICK,),
           r"^go\s+to\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})$")
def _go_to_named_page(said: Said) -> list[Retold]:
    return [(f"Open the {said['name']} page",)]  # its link, unless that page is the one shown


@retelling("Go to a control, a tab or a menu entry", "Go to the Security tab", (A.CLICK,),
           r"^go\s+to\s+(?P<what>(?:the\s+)?.+?\s+(?:tab|link|button|menu\s+item|entry))$"
           r"|^go\s+to\s+the\s+(?P<collection>(?-i:[A-Z])[\w -]*?)\s+(?:collection|section|module)$"
           r"|^go\s+to\s+(?P<named>.+?)\s+(?P<where>(?:in|on|from|via)\s+the\s+" + _PART + r")$")
def _go_to_control(said: Said) -> list[Retold]:
    if said.has("collection"):  # "Go to the Posts collection": the entry that names it, in the navigation first
        return [(f'Click "{said["collection"]}" in the navigation',), (f'Click "{said["collection"]}"',)]
    if said.has("what"):
        return [(f"Click {said['what']}",)]
    return [(f"Click {said['named']} {said['where']}",)]


@retelling("A part that does not show names", 'The sidebar does not show "User Management"', (A.EXPECT_HIDDEN,),
           r"^the\s+(?P<part>" + _PART + r")\s+(?:does\s+not|doesn't|no\s+longer)\s+(?:show|list|contain|include|offer|have|display)s?\s+(?P<values>.+)$")
def _part_lacks(said: Said) -> list[Retold]:
    values = phrases.split_values(said["values"])
    if not values or any(phrases.ARTICLES.match(v + " ") for v in values):
        return []  # "does not show the admin entry": a kind of control, not a name
    return [tuple(f'Verify "{v}" is not shown in the {said["part"]}' for v in values)]


@retelling("The left or right sidebar, its footer", 'Click "Settings" in the sidebar footer', (A.CLICK,),
           r"^(?P<before>.+?\s)the\s+(?:(?:left|right)(?:-hand)?\s+(?P<part>sidebar|side\s+menu|navigation)|(?P<p2>sidebar)\s+(?:footer|bottom))(?P<after>.*)$")
def _sided(said: Said) -> list[Retold]:
    return [(f"{said['before']} the {said['part'] or said['p2']}{said['after']}",)]  # drops the side or end: the page has one sidebar


# the fields a form names plainly: a value said without quotes right after one of them is that field's value
_FIELD_NOUN = (r"(?:user\s*name|e-?mail(?:\s+address)?|password|(?:first|last|full|display)\s+name|name|title|subject|message|"
               r"recipient|phone(?:\s+number)?|address|city|zip(?:\s+code)?|url|website|description|comment|body|tags?|search)")
_FIELD_VALUE = r"(?:\"[^\"]*\"|“[^”]*”|[^\s\"“”,]+)"


@retelling("Fields named, each with its value", 'Fill in the recipient maria, the subject "Meetup" and the message "See you"', (A.FILL,) * 3,
           r"^(?:fill\s+in|fill\s+out|enter|type\s+in)\s+(?P<pairs>(?:the\s+)?[a-z][\w -]*?\s+" + _FIELD_VALUE
           + r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[a-z][\w -]*?\s+" + _FIELD_VALUE + r")*)$")
def _fields_with_values(said: Said) -> list[Retold]:
    parts = phrases.cut_outside_quotes(said["pairs"], re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+"))
    fills = []
    for part in parts:
        pair = re.fullmatch(r"(?i)(?:the\s+)?(?P<field>[a-z][\w -]*?)\s+(?P<value>" + _FIELD_VALUE + r")", part)
        if pair is None:
            return []
        value, field = pair["value"], pair["field"]
        plain = not QUOTED.fullmatch(value)
        # a bare value only after a field a form names so, or when it cannot be a word of the sentence (an e-mail)
        if plain and not re.fullmatch(r"(?i)" + _FIELD_NOUN, field) and not re.search(r"[@\d#._]", value):
            return []
        fills.append(f'Fill "{phrases.strip_quotes(value)}" in the {as_field(field)}')
    return [tuple(fills)] if fills else []


@retelling("One value typed into two fields", 'Type Bob#2025 into "New password" and into "Confirm new password"', (A.FILL, A.FILL),
           r"^(?:type|enter|fill\s+in|put)\s+(?P<value>" + _FIELD_VALUE + r")\s+(?:in|into)\s+(?P<f1>\"[^\"]+\"|“[^”]+”|the\s+[\w -]+?)\s+and\s+(?:(?:also\s+)?(?:in|into)\s+)?(?P<f2>\"[^\"]+\"|“[^”]+”|the\s+[\w -]+?)$")
def _typed_twice(said: Said) -> list[Retold]:
    return [tuple(f"Type {in_quotes(said['value'])} into {field}" for field in (said["f1"], said["f2"]))]


@retelling("Confirm in a named dialog", 'Confirm with Yes in the "Are you sure?" dialog', (A.CLICK,),
           r"^(?:confirm|answer|reply)\s+(?:with|by\s+clicking)\s+(?P<button>.+?)\s+(?P<where>in\s+the\s+.+?(?:dialog|modal|popup|pop-up|prompt|box))$")
def _confirm_in(said: Said) -> list[Retold]:
    return [(f"Click {said['button']} {said['where']}",)]


@retelling("Leave a page, nothing saved", "Leave the page without saving", (A.GO_BACK,),
           r"^(?:leave|exit|navigate\s+away\s+from)\s+(?:the|this)\s+(?:page|form|screen)\s+without\s+(?:saving|submitting|clicking\s+.+|posting|changing\s+anything)$")
def _leave_unsaved(said: Said) -> list[Retold]:
    return [("Go back",)]  # as a person leaves it: the page before, nothing pressed


@retelling("The index of a site, for its home page", "Go to the forum index", (A.NAVIGATE,),
           r"^(?:go\s+(?:back\s+)?to|open|visit|return\s+to)\s+the\s+(?:forum|board|site|blog|shop|wiki|main)\s+index(?:\s+page)?$")
def _site_index(said: Said) -> list[Retold]:
    return [("Go to the home page",)]


@retelling("Looking at something on a page", "Look at the forum list on the home page", (A.NAVIGATE,),
           r"^(?:look\s+at|view|browse)\s+(?:the\s+)?.+?\s+on\s+the\s+(?:home|main|start|front|landing)\s+page$")
def _look_on_page(said: Said) -> list[Retold]:
    return [("Go to the home page",)]  # looking checks nothing: the steps after say what is seen


@retelling("One value as both of two fields", 'Enter "short1" as both the Password and the Confirm password', (A.FILL, A.FILL),
           r"^(?:enter|type|fill\s+in|put)\s+(?P<value>" + _FIELD_VALUE + r")\s+(?:as|in|into)\s+both\s+the\s+(?P<f1>[\w' -]+?)\s+and\s+(?:the\s+)?(?P<f2>[\w' -]+?)(?:\s+fields?)?$"
           # 'Enter "Brand-New-Pass-77" in both New Password and Repeat New Password': the fields as named, no "the"
           r"|^(?:enter|type|fill\s+in|write|put)\s+(?P<named_value>" + _FIELD_VALUE + r")\s+(?:in|into)\s+both\s+(?:the\s+)?"
           r"(?P<a>[^\"“]+?|\"[^\"]+\")\s+and\s+(?:the\s+)?(?P<b>[^\"“]+?|\"[^\"]+\")(?:\s+fields)?$")
def _as_both(said: Said) -> list[Retold]:
    value = said["value"] or said["named_value"]
    fields = (said["f1"], said["f2"]) if said.has("f1") else (phrases.strip_quotes(said["a"]), phrases.strip_quotes(said["b"]))
    return [tuple(f"Fill {in_quotes(value)} in the {as_field(f)}" for f in fields)]


@retelling("From a menu, choose an entry", "From the TESTING menu choose New Bug", (A.CLICK, A.CLICK),
           r"^(?:from|in)\s+the\s+(?P<menu>[\w' -]+?)\s+(?:menu|dropdown)\s*,?\s+(?:choose|select|pick|click)\s+(?P<entry>.+)$")
def _from_menu_choose(said: Said) -> list[Retold]:
    return [(f"Open the {said['menu']} menu", f"Click {said['entry']}")]  # what opens it, then its entry


@retelling("A switch flipped to a value", "Switch the Active toggle from Yes to No", (A.CLICK,),
           r"^(?:switch|flip|toggle|set|turn)\s+the\s+(?P<name>[\w' -]+?)\s+(?P<kind>toggle|switch)(?:\s+from\s+\S+)?\s+to\s+(?P<value>\S+)$")
def _switch_to(said: Said) -> list[Retold]:
    return [(f"Click the {said['name']} {said['kind']}",)]  # a two-way switch: one press turns it the other way


@retelling("Visit a thing at its address", 'Visit the "Checkout Regression" plan at /plan/1/', (A.NAVIGATE,),
           r"^(?:visit|go\s+to|navigate\s+to)\s+the\s+.+?\s+(?:at|on)\s+(?P<path>/\S*)$")
def _visit_at(said: Said) -> list[Retold]:
    return [(f"Go to {said['path']}",)]  # where it is, gone to: its name only says what the page is


@retelling("One value into both fields of a kind", 'Fill both password fields with "Lantern-Orbit-77"', (A.FILL, A.FILL),
           r"^(?:fill(?:\s+in)?|complete)\s+both\s+(?P<kind>[\w -]+?)\s+(?:fields|boxes|inputs)\s+with\s+(?P<value>\S.*)$"
           r"|^(?:type|enter|write|put)\s+(?P<typed>\S.*?)\s+(?:in|into)\s+both\s+(?P<kind2>[\w -]+?)\s+(?:fields|boxes|inputs)$")
def _both_fields(said: Said) -> list[Retold]:
    kind, value = said["kind"] or said["kind2"], said["value"] or said["typed"]
    return [tuple(f"Fill the {nth} {kind} field with {value}" for nth in ("first", "second"))]  # a password and its confirmation



@retelling("Where a step is done, said first", 'On the home page, click "General Discussion"', (A.CLICK,),
           r"^on\s+(?:the|this|that|your|my)\s+(?:[\w&'-]+\s+){0,4}?(?:page|screen|form|view)\s*,?\s+(?P<rest>(?:" + ACTION_VERB + r"|log\s*in|sign\s*in|search|try\s+to)\b.+)$")
def _on_the_page_first(said: Said) -> list[Retold]:
    # the page a person is on already: the step is done there (a check said so is left to the forms made for where)
    return [(said["rest"],)]


@retelling("A part without a control", "The header does not show an Admin link", (A.EXPECT_HIDDEN,),
           r"^the\s+(?P<part>header|footer|sidebar|side\s+bar|navigation|nav\s*bar|top\s+bar|menu)\s+(?:does\s+not|doesn't|no\s+longer|should\s+not|must\s+not)\s+"
           r"(?:shows?|have|has|contains?|includes?|displays?|lists?)\s+(?:an?|the|any)\s+(?P<name>\"[^\"]+\"|“[^”]+”|[\w' -]+?)\s+(?P<kind>link|button|tab|icon|entry|item|option)$")
def _part_without(said: Said) -> list[Retold]:
    return [(f"Verify the {said['name']} {said['kind']} is not in the {said['part']}",)]


@retelling("A label and its value said without the", "priority is P1 and category is Security", (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?P<label>(?!(?:the|a|an|it|its|this|that|there|he|she|they|which|what|who|nothing|none|everything|all|each|every|his|her|their|my|your|our|value|text)\b)"
           r"(?-i:[a-z][\w-]*)(?:\s+(?!(?:shown|listed|displayed|visible|selected|left)\b)(?-i:[a-z][\w-]*))?)\s+is\s+(?P<rest>(?!not\b)\S.*)$")
def _label_without_the(said: Said) -> list[Retold]:
    # a note taken fast: "default tester is alice", each "and LABEL is" a second label
    rest = re.sub(r"\band\s+(?=(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))?\s+is\s)", "and the ", said["rest"])
    return [(f"Verify the {said['label']} is {rest}",)]


@retelling("Two checks joined by and that", "Check that the status is Active and that the utilization shows 1.6%", (A.EXPECT_TEXT, A.EXPECT_TEXT),
           r"^(?P<first>[^\"“]+?|.+?[\"”][^\"“]*?)\s+and\s+that\s+(?P<second>\S.+)$")
def _and_that(said: Said) -> list[Retold]:
    return [(f"Verify {said['first']}", f"Verify {said['second']}")]


@retelling("Neither one text nor another", 'Neither "Sunday Favourites" nor "Quick Weeknights" appears', (A.EXPECT_HIDDEN, A.EXPECT_HIDDEN),
           r"^neither\s+(?P<a>\"[^\"]+\"|“[^”]+”)\s+nor\s+(?P<b>\"[^\"]+\"|“[^”]+”)\s+(?:appears?|is\s+(?:shown|listed|visible)|shows?(?:\s+up)?)(?:\s+(?:on\s+the\s+page|anywhere))?$")
def _neither_text(said: Said) -> list[Retold]:
    return [(f"Verify {said['a']} is not shown", f"Verify {said['b']} is not shown")]


@retelling("A message with two texts", 'A toast should appear with "Error while creating" and "name: This field is required."', (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE),
           r"^an?\s+(?:toast|message|notification|alert|error|banner|snackbar)\s+(?:should\s+)?(?:appears?|shows?(?:\s+up)?|pops?\s+up)\s+(?:with|saying)\s+"
           r"(?P<a>\"[^\"]+\"|“[^”]+”)\s+and\s+(?P<b>\"[^\"]+\"|“[^”]+”)$")
def _message_with_two(said: Said) -> list[Retold]:
    return [(f"Verify the page shows {said['a']}", f"Verify the page shows {said['b']}")]


@retelling("Count the things in a part", "Count the rows in the links table: 10", (A.EXPECT_COUNT,),
           r"^count\s+the\s+(?P<noun>(?:(?-i:[a-z][\w-]*)\s+)?(?-i:[a-z][\w-]*s))(?:\s+(?P<where>(?:in|on|under)\s+the\s+[\w -]+?))?\s*(?::|-|—)\s*"
           r"(?:there\s+(?:should\s+be|are|is|must\s+be)\s+)?(?P<q>(?:exactly|only|at\s+least|at\s+most)\s+)?(?P<n>\d+)$")
def _count_the(said: Said) -> list[Retold]:
    where = f" {said['where']}" if said.has("where") else ""
    return [(f"Verify there are {said['q'] + ' ' if said.has('q') else ''}{said['n']} {said['noun']}{where}",)]


@retelling("A comment by someone, saying a text", 'There should be a comment by Jonas Brandt saying "Perfect on a rainy day."', (A.EXPECT_VISIBLE, A.EXPECT_TEXT),
           r"^there\s+(?:is|should\s+be)\s+an?\s+(?P<kind>comment|reply|post|note|message|review)\s+(?:by|from)\s+(?P<who>[^\"“]+?)\s+(?:saying|that\s+says|reading)\s+(?P<said>\"[^\"]+\"|“[^”]+”)$")
def _comment_by(said: Said) -> list[Retold]:
    # the text is shown, and the item that holds it names its author
    return [(f"Verify {said['said']} is shown", f'Verify the row for {said["said"]} shows "{said["who"]}"')]


@retelling("A name listed after another, unquoted", "Seafood comes after Dinner", (A.EXPECT_ORDER,),
           r"^(?P<a>(?-i:[A-Z])[\w'&.-]*(?:\s+[\w'&.-]+){0,3}?)\s+(?:comes|is\s+listed|is\s+shown)\s+(?P<where>after|before)\s+(?P<b>(?-i:[A-Z])[\w'&.-]*(?:\s+[\w'&.-]+){0,3})$")
def _after_unquoted(said: Said) -> list[Retold]:
    return [(f'Verify "{said["a"]}" is listed {said["where"]} "{said["b"]}"',)]


@retelling("An address typed in the address bar", "Type /admin in the address bar and open it", (A.NAVIGATE,),
           r"^(?:type|enter|put)\s+(?P<path>/\S*)\s+in(?:to)?\s+the\s+(?:browser(?:'s)?\s+)?(?:address|url|location)\s+bar"
           r"(?:\s*,?\s+(?:and\s+)?(?:then\s+)?(?:open|load|visit|go\s+to|press\s+enter(?:\s+to\s+open)?)(?:\s+it)?)?$")
def _typed_address(said: Said) -> list[Retold]:
    return [(f"Go to {said['path']}",)]


@retelling("A field left empty", "Leave the Name field empty", (A.FILL,),
           r"^leave\s+the\s+(?P<field>[\w' -]+?\s+(?:field|box|input))\s+(?:empty|blank)$")
def _left_empty(said: Said) -> list[Retold]:
    return [(f"Clear the {said['field']}",)]  # emptied, as it would be left: a value typed before is gone


@retelling("The rest left as it is, then an action", "Leave everything else at its default and press Save", (A.CLICK,),
           r"^leave\s+(?:everything|all|the\s+rest|all\s+other\s+fields)\s+(?:else\s+)?(?:at|as|with)\s+(?:its|their|the)\s+defaults?(?:\s+values?)?\s*,?\s+and\s+(?:then\s+)?(?P<rest>\S.+)$")
def _rest_as_is(said: Said) -> list[Retold]:
    return [(said["rest"],)]


@retelling("A login and its password typed, in a form named first", 'Under "I already have an account", enter sam@example.org and the password ${password}', (A.FILL, A.FILL),
           r"^(?:(?P<form>under\s+(?:\"[^\"]+\"|“[^”]+”)|in\s+the\s+(?:\"[^\"]+\"|“[^”]+”)\s+form)\s*,\s*)?(?:enter|type|fill\s+in)\s+(?P<who>\"[^\"]+\"|“[^”]+”|[^\s\"“]+)\s+"
           r"and\s+(?:the\s+|your\s+)?password\s+(?P<password>\"[^\"]+\"|“[^”]+”|\S+)(?P<tail>\s+under\s+(?:\"[^\"]+\"|“[^”]+”)|\s+in\s+the\s+(?:\"[^\"]+\"|“[^”]+”)\s+form)?$")
def _login_and_password_typed(said: Said) -> list[Retold]:
    return [_login_typed(said["who"], said["password"], _in_that_form(said["form"] or said["tail"]))]


@retelling("A control and where it is", 'A button "New team" is at the top right', (A.EXPECT_VISIBLE,),
           r"^(?:an?|the)\s+(?:(?P<kind1>button|link|tab|icon)\s+(?P<q1>\"[^\"]+\"|“[^”]+”)|(?P<q2>\"[^\"]+\"|“[^”]+”)\s+(?P<kind2>button|link|tab|icon))\s+"
           r"(?:is|sits|appears)\s+(?:shown\s+)?(?P<where>(?:at|in|on)\s+the\s+.+)$")
def _control_where(said: Said) -> list[Retold]:
    return [(f"Verify the {said['q1'] or said['q2']} {said['kind1'] or said['kind2']} is shown {said['where']}",)]


@retelling("Delete an item with its control", "Delete Lab 3 with the trash can icon and confirm", (A.CLICK, A.CLICK),
           r"^(?:delete|remove)\s+(?:the\s+[a-z]+\s+)?(?P<name>\"[^\"]+\"|“[^”]+”|[^\"“]+?)\s+(?:with|using|via|by\s+clicking)\s+(?:the|its)\s+"
           r"(?P<control>[\w -]+?\s+(?:icon|button|link))(?P<confirm>\s*,?\s+(?:and|then)\s+confirm(?:\s+it|\s+the\s+dialog)?)?$")
def _delete_with(said: Said) -> list[Retold]:
    click = f'Click the {said["control"]} in the row for "{phrases.strip_quotes(said["name"])}"'
    return [(click, "Confirm the dialog") if said.has("confirm") else (click,)]


@retelling("An address given in brackets", "Go to the speakers page of PyCamp 2027 (/orga/event/pycamp2027/speakers/)", (A.NAVIGATE,),
           r"^(?:go\s+to|open|visit|navigate\s+to)\s+(?:the\s+)?[^()]+?\s*\((?:at\s+)?(?P<path>/\S*|https?://\S+)\)$")
def _address_in_brackets(said: Said) -> list[Retold]:
    return [(f"Go to {said['path']}",)]


@retelling("A field put back to a value", 'Put the Abstract back to "An introduction to async python"', (A.FILL,),
           r"^(?:put|set|change|turn|reset)\s+the\s+(?P<field>[\w' -]+?)(?:\s+field)?\s+back\s+to\s+(?P<value>\"[^\"]*\"|“[^”]*”|\S+)$")
def _field_back_to(said: Said) -> list[Retold]:
    return [(f"Fill {in_quotes(said['value'])} in the {as_field(said['field'])}",)]


@retelling("Looking at a part first", "When I look at the row for Blogs", (A.EXPECT_VISIBLE,),
           r"^(?:look\s+at|find|locate|scroll\s+to)\s+(?P<what>the\s+(?!(?:page|screen|url|title|top|bottom|list\s+of)\b)(?!.*\b(?:page|screen)$).+)$")
def _look_at(said: Said) -> list[Retold]:
    # where the next checks look: that it is there is all a person checked by looking at it
    return [(f"Verify {said['what']} is visible",)]


@retelling("An item opened, with what its page says after whose", 'Open device fra1-srv-01, whose title is "fra1-srv-01 (AC-2004)"', (A.CLICK,),
           r"^(?P<act>(?:open|click|select|choose)\s+[^,]+?)\s*,\s*whose\s+\S.*$")
def _opened_whose(said: Said) -> list[Retold]:
    return [(said["act"],)]  # the aside says what the page shows after, not where to click


@retelling("Delete or remove an item by its name", 'Delete the "advanced" tag', (A.CLICK,),
           r"^(?P<verb>delete|remove)\s+(?:the\s+)?(?P<name>\"[^\"]+\"|“[^”]+”|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z0-9])[\w'’.-]*){0,4})"
           r"(?:\s+(?:tag|label|row|item|entry|card|user|member|bill|note|comment|link|bookmark|file|keyword|group|project|page|post|topic))?$")
def _delete_by_name(said: Said) -> list[Retold]:
    # the item's own Delete (or Remove) control, in its row or card; none there: not found, never another item's
    return [(f'Click {said["verb"].capitalize()} in the row for {in_quotes(phrases.strip_quotes(said["name"]))}',)]


@retelling("Delete or remove what the step before opened or named", "Delete it", (A.CLICK,),
           r"^(?P<verb>delete|remove)\s+(?:it|this\s+one)$", after="Open Marshmallows")
def _delete_it(said: Said) -> list[Retold]:
    verb = said["verb"].capitalize()
    if said.opened or not said.item:  # on its own page: that page's Delete
        return [(f"Click {verb}",)]
    return [(f"Click {verb} in the row for {in_quotes(said.item)}",)]


@retelling("Open something, then a part of it", "Open the Mobile App project and its Release 2.0 board", (A.CLICK, A.CLICK),
           r"^(?P<verb>open|click(?:\s+on)?)\s+(?P<first>(?:(?!\s+and\s+).)+?)\s+and\s+(?:then\s+)?(?:its|their)\s+(?P<part>[^,]+)$")
def _open_then_its_part(said: Said) -> list[Retold]:
    return [(f"{said['verb'].capitalize()} {said['first']}", f"{said['verb'].capitalize()} {said['part']}")]
