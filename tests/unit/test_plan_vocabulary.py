"""The rules planner's wider vocabulary (issue 18): how testers write steps on apps we did not write.

Each row is a sentence and the whole typed step it must become (target as JSON, only the fields said)."""

from __future__ import annotations

from typing import Any

import pytest

from pacts_farm import errors, model
from pacts_farm.planning import plan

A = model.Action
C, E = model.Match.CONTAINS, model.Match.EQUALS
BASE = "http://127.0.0.1:1/app/"


def _t(text: str, **extra: Any) -> dict[str, Any]:
    return {"text": text, "role_hint": None, "scope": None, "exact": False, **extra}


# sentence -> (action, target JSON or None, value, match, timeout_ms, attribute)
FORMS: list[tuple[str, tuple]] = [
    # unquoted values
    ("Verify URL contains /cart.html", (A.EXPECT_URL, None, "/cart.html", C, None, None)),
    ("Verify the current URL contains inventory", (A.EXPECT_URL, None, "inventory", C, None, None)),
    ("Verify the URL ends with /inventory.html", (A.EXPECT_URL, None, "/inventory.html", model.Match.ENDS_WITH, None, None)),
    ("Verify the user is redirected to /inventory.html", (A.EXPECT_URL, None, "/inventory.html", C, None, None)),
    ("Verify the badge shows 1", (A.EXPECT_TEXT, _t("badge", descriptor="badge"), "1", C, None, None)),
    ("Verify the title is Swag Labs", (A.EXPECT_TITLE, None, "Swag Labs", E, None, None)),
    ("Verify the page title is Swag Labs", (A.EXPECT_TITLE, None, "Swag Labs", E, None, None)),
    ("The page title should be Swag Labs", (A.EXPECT_TITLE, None, "Swag Labs", E, None, None)),
    ("The URL should contain /cart.html", (A.EXPECT_URL, None, "/cart.html", C, None, None)),
    ("Verify the page shows Products", (A.EXPECT_VISIBLE, None, "Products", C, None, None)),
    ("Verify the page shows the Products heading", (A.EXPECT_VISIBLE, _t("Products", role_hint="heading"), None, C, None, None)),
    ("Verify the total is $32.39", (A.EXPECT_TEXT, _t("total"), "$32.39", C, None, None)),
    ("Verify the error message contains Epic sadface: Username is required",
     (A.EXPECT_TEXT, _t("error message", descriptor="error"), "Epic sadface: Username is required", C, None, None)),
    ("Enter standard_user as the username", (A.FILL, _t("username", role_hint="textbox"), "standard_user", C, None, None)),
    ("Enter the username as standard_user", (A.FILL, _t("username", role_hint="textbox"), "standard_user", C, None, None)),
    ("Type secret_sauce into the password field", (A.FILL, _t("password", role_hint="textbox"), "secret_sauce", C, None, None)),
    ("Type John Smith into the Full Name field", (A.FILL, _t("Full Name", role_hint="textbox"), "John Smith", C, None, None)),
    ("Type John in First Name", (A.FILL, _t("First Name", role_hint="textbox"), "John", C, None, None)),
    ("Fill the Username field with standard_user", (A.FILL, _t("Username", role_hint="textbox"), "standard_user", C, None, None)),
    ("Set the quantity to 3", (A.FILL, _t("quantity", role_hint="textbox"), "3", C, None, None)),
    ("Clear the Search field", (A.FILL, _t("Search", role_hint="textbox"), "", C, None, None)),
    ("Select Price (low to high) from the sort dropdown", (A.SELECT, _t("sort", role_hint="combobox"), "Price (low to high)", C, None, None)),
    ("Sort the products by Price (high to low)", (A.SELECT, _t("sort", role_hint="combobox"), "Price (high to low)", C, None, None)),
    ("Click the 'Add to cart' button", (A.CLICK, _t("Add to cart", role_hint="button", exact=True), None, C, None, None)),
    ("Enter 'standard_user' as the username", (A.FILL, _t("username", role_hint="textbox"), "standard_user", C, None, None)),
    ("Verify the page shows 'Products'", (A.EXPECT_VISIBLE, None, "Products", C, None, None)),
    ("Click O'Reilly's link", (A.CLICK, _t("O'Reilly's", role_hint="link"), None, C, None, None)),
    # fields and controls named the way people name them
    ("Enter foo in the field with placeholder Search products",
     (A.FILL, _t("Search products", role_hint="textbox", descriptor="placeholder"), "foo", C, None, None)),
    ('Fill the input with placeholder "Zip code" with "12345"',
     (A.FILL, _t("Zip code", role_hint="textbox", exact=True, descriptor="placeholder"), "12345", C, None, None)),
    ("Click the button labelled Save", (A.CLICK, _t("Save", role_hint="button"), None, C, None, None)),
    ("Click the link named About", (A.CLICK, _t("About", role_hint="link"), None, C, None, None)),
    ('Click the button with the text "Sign up"', (A.CLICK, _t("Sign up", role_hint="button", exact=True), None, C, None, None)),
    # navigation with extra words
    ("Go to the login page at /", (A.NAVIGATE, None, "/", C, None, None)),
    ('Navigate to the cart page at "/cart.html"', (A.NAVIGATE, None, "/cart.html", C, None, None)),
    ("Open the home page", (A.NAVIGATE, None, BASE, C, None, None)),
    ("Go to the homepage", (A.NAVIGATE, None, BASE, C, None, None)),
    ("Navigate to /about", (A.NAVIGATE, None, "/about", C, None, None)),
    ("Go to /cart, the cart page", (A.NAVIGATE, None, "/cart", C, None, None)),
    ("Visit /a,b", (A.NAVIGATE, None, "/a,b", C, None, None)),
    ("Given I am on /login", (A.NAVIGATE, None, "/login", C, None, None)),
    ("Then I am on /inventory.html", (A.EXPECT_URL, None, "/inventory.html", C, None, None)),
    ("Go back", (A.GO_BACK, None, None, C, None, None)),
    ("Navigate back to the previous page", (A.GO_BACK, None, None, C, None, None)),
    ("Reload the page", (A.RELOAD, None, None, C, None, None)),
    ("Refresh", (A.RELOAD, None, None, C, None, None)),
    # counts
    ("Verify 6 products are listed", (A.EXPECT_COUNT, _t("product"), "6", E, None, None)),
    ("Verify exactly one item is listed", (A.EXPECT_COUNT, _t("item"), "1", E, None, None)),
    ("Verify at least 3 results are shown", (A.EXPECT_COUNT, _t("result"), "3", model.Match.AT_LEAST, None, None)),
    ("Verify at most 2 entries are shown", (A.EXPECT_COUNT, _t("entry"), "2", model.Match.AT_MOST, None, None)),
    ("Verify there are more than 2 products", (A.EXPECT_COUNT, _t("product"), "3", model.Match.AT_LEAST, None, None)),
    ("Verify fewer than 5 items are in the cart", (A.EXPECT_COUNT, _t("cart item"), "4", model.Match.AT_MOST, None, None)),
    ("Verify the cart has 2 items", (A.EXPECT_COUNT, _t("cart item"), "2", E, None, None)),
    ("Verify no products are shown", (A.EXPECT_COUNT, _t("product"), "0", E, None, None)),
    ("Verify the cart is empty", (A.EXPECT_COUNT, _t("cart item"), "0", E, None, None)),
    ("Verify the page shows 6 products", (A.EXPECT_COUNT, _t("product"), "6", E, None, None)),
    ("Verify the number of products is 6", (A.EXPECT_COUNT, _t("product"), "6", E, None, None)),
    ("I should see 6 products", (A.EXPECT_COUNT, _t("product"), "6", E, None, None)),
    ("Verify 3 links are shown in the footer", (A.EXPECT_COUNT, _t("link", role_hint="link", region="footer"), "3", E, None, None)),
    ("Verify the table has 4 rows", (A.EXPECT_COUNT, _t("row", role_hint="row"), "4", E, None, None)),
    ("Verify the page does not show Products", (A.EXPECT_HIDDEN, None, "Products", C, None, None)),
    ("Verify the Login button is not enabled", (A.EXPECT_STATE, _t("Login", role_hint="button"), "disabled", C, None, None)),
    ('Verify the error message contains "Password does not match"',
     (A.EXPECT_TEXT, _t("error message", descriptor="error"), "Password does not match", C, None, None)),
    ("Verify no error message is shown", (A.EXPECT_HIDDEN, _t("error message", descriptor="error"), None, C, None, None)),
    # ordinals and positions
    ("Verify the first product is Sauce Labs Backpack", (A.EXPECT_TEXT, _t("product", position=1), "Sauce Labs Backpack", C, None, None)),
    ("Verify the price of the first product is $29.99", (A.EXPECT_TEXT, _t("product price", position=1), "$29.99", C, None, None)),
    ("Verify the first item in the cart is Backpack", (A.EXPECT_TEXT, _t("cart item", position=1), "Backpack", C, None, None)),
    ("Click the last product", (A.CLICK, _t("product", position=-1), None, C, None, None)),
    ("Click the 2nd row", (A.CLICK, _t("row", position=2), None, C, None, None)),
    ("Click Add to cart for the first product", (A.CLICK, _t("Add to cart", position=1), None, C, None, None)),
    ("Click Add to cart for the first product in the list", (A.CLICK, _t("Add to cart", position=1), None, C, None, None)),
    ("Click the third item in the list", (A.CLICK, _t("item", position=3), None, C, None, None)),
    ("Click the first Add to cart button", (A.CLICK, _t("Add to cart", role_hint="button", position=1), None, C, None, None)),
    ("Click the first product's Add to cart button", (A.CLICK, _t("Add to cart", role_hint="button", position=1), None, C, None, None)),
    ("Add the second product to the cart", (A.CLICK, _t("Add to cart", position=2), None, C, None, None)),
    ("Click Edit in the second row", (A.CLICK, _t("Edit", position=2), None, C, None, None)),
    ("Fill in First Name with Ada", (A.FILL, _t("First Name", role_hint="textbox"), "Ada", C, None, None)),  # not an ordinal
    # list order
    ("Verify products are sorted by price, low to high", (A.EXPECT_ORDER, _t("product"), "price", model.Match.ASCENDING, None, None)),
    ("Verify names are in alphabetical order", (A.EXPECT_ORDER, _t("name"), "name", model.Match.ASCENDING, None, None)),
    ("Verify the products are sorted Z to A", (A.EXPECT_ORDER, _t("product"), "name", model.Match.DESCENDING, None, None)),
    ("Verify prices are in descending order", (A.EXPECT_ORDER, _t("price"), "price", model.Match.DESCENDING, None, None)),
    ("Verify the product prices are sorted in ascending order", (A.EXPECT_ORDER, _t("product"), "price", model.Match.ASCENDING, None, None)),
    ("Verify the items are sorted by price from high to low", (A.EXPECT_ORDER, _t("item"), "price", model.Match.DESCENDING, None, None)),
    ("Verify the product list is sorted by name A to Z", (A.EXPECT_ORDER, _t("product"), "name", model.Match.ASCENDING, None, None)),
    # element state, value and attributes
    ("Verify the Login button is disabled", (A.EXPECT_STATE, _t("Login", role_hint="button"), "disabled", C, None, None)),
    ("Verify the Continue button is not disabled", (A.EXPECT_STATE, _t("Continue", role_hint="button"), "enabled", C, None, None)),
    ("Verify the Remember me checkbox is checked", (A.EXPECT_STATE, _t("Remember me", role_hint="checkbox"), "checked", C, None, None)),
    ("Verify Newsletter is unchecked", (A.EXPECT_STATE, _t("Newsletter", role_hint="checkbox"), "unchecked", C, None, None)),
    ("Verify the Username field is empty", (A.EXPECT_STATE, _t("Username", role_hint="textbox"), "empty", C, None, None)),
    ("Verify the Username field is focused", (A.EXPECT_STATE, _t("Username", role_hint="textbox"), "focused", C, None, None)),
    ("The Save button should be enabled", (A.EXPECT_STATE, _t("Save", role_hint="button"), "enabled", C, None, None)),
    ("Verify the Username field has value standard_user", (A.EXPECT_VALUE, _t("Username", role_hint="textbox"), "standard_user", C, None, None)),
    ("Verify Price (low to high) is selected in the sort dropdown", (A.EXPECT_VALUE, _t("sort", role_hint="combobox"), "Price (low to high)", C, None, None)),
    ("Verify the sort dropdown defaults to Name (A to Z)", (A.EXPECT_VALUE, _t("sort", role_hint="combobox"), "Name (A to Z)", C, None, None)),
    ('Verify the About link has attribute href "/about"', (A.EXPECT_ATTRIBUTE, _t("About", role_hint="link"), "/about", E, None, "href")),
    ("Verify the password field's type attribute is password", (A.EXPECT_ATTRIBUTE, _t("password", role_hint="textbox"), "password", E, None, "type")),
    ("Verify the Menu button has the aria-expanded attribute", (A.EXPECT_ATTRIBUTE, _t("Menu", role_hint="button"), None, E, None, "aria-expanded")),
    ("Verify the Username field has placeholder Username", (A.EXPECT_ATTRIBUTE, _t("Username", role_hint="textbox"), "Username", E, None, "placeholder")),
    ("Verify the Twitter link points to https://twitter.com/x", (A.EXPECT_ATTRIBUTE, _t("Twitter", role_hint="link"), "https://twitter.com/x", C, None, "href")),
    # scopes, regions and descriptors
    ("Click Add to cart under Sauce Labs Backpack", (A.CLICK, _t("Add to cart", scope="Sauce Labs Backpack"), None, C, None, None)),
    ("Click Add to cart beside the Blue Mug", (A.CLICK, _t("Add to cart", scope="Blue Mug"), None, C, None, None)),
    ("Click Edit in the row for Blue Mug", (A.CLICK, _t("Edit", scope="Blue Mug"), None, C, None, None)),
    ("Click Remove in the Blue Mug row", (A.CLICK, _t("Remove", scope="Blue Mug"), None, C, None, None)),
    ("Verify the price for Sauce Labs Backpack is $29.99", (A.EXPECT_TEXT, _t("price", scope="Sauce Labs Backpack"), "$29.99", C, None, None)),
    ("Verify the Remove button for Blue Mug is visible", (A.EXPECT_VISIBLE, _t("Remove", role_hint="button", scope="Blue Mug"), None, C, None, None)),
    ("Fill the Name of the pet field with Rex", (A.FILL, _t("Name of the pet", role_hint="textbox"), "Rex", C, None, None)),
    ("Check Sign up for newsletter", (A.CHECK, _t("Sign up for newsletter", role_hint="checkbox"), None, C, None, None)),
    ("Click Logout in the sidebar", (A.CLICK, _t("Logout", region="sidebar"), None, C, None, None)),
    ("Click About in the menu", (A.CLICK, _t("About", region="navigation"), None, C, None, None)),
    ("Click Close in the dialog", (A.CLICK, _t("Close", region="dialog"), None, C, None, None)),
    ("Click the cart icon at the top right", (A.CLICK, _t("cart", region="top right", descriptor="icon"), None, C, None, None)),
    ("Click the shopping cart icon in the header", (A.CLICK, _t("shopping cart", region="header", descriptor="icon"), None, C, None, None)),
    ("Click the hamburger menu", (A.CLICK, _t("hamburger", descriptor="icon"), None, C, None, None)),
    ("Click the burger menu button", (A.CLICK, _t("hamburger", role_hint="button", descriptor="icon"), None, C, None, None)),
    ("Click the menu icon", (A.CLICK, _t("menu", descriptor="icon"), None, C, None, None)),
    ("Verify the cart badge shows 2", (A.EXPECT_TEXT, _t("cart badge", descriptor="badge"), "2", C, None, None)),
    ("Verify the error message is visible", (A.EXPECT_VISIBLE, _t("error message", descriptor="error"), None, C, None, None)),
    ("Verify an error message Epic sadface: Username is required is displayed",
     (A.EXPECT_TEXT, _t("error message", descriptor="error"), "Epic sadface: Username is required", C, None, None)),
    ('Verify the product details page shows "Backpack"', (A.EXPECT_VISIBLE, None, "Backpack", C, None, None)),
    ("Verify there is an error message", (A.EXPECT_VISIBLE, _t("error message", descriptor="error"), None, C, None, None)),
    ('Click on the product name "Sauce Labs Backpack"', (A.CLICK, _t("Sauce Labs Backpack", exact=True, descriptor="name"), None, C, None, None)),
    ('Click the "Sauce Labs Bike Light" product title', (A.CLICK, _t("Sauce Labs Bike Light", exact=True, descriptor="title"), None, C, None, None)),
    ('Click the "Twitter" link in the footer', (A.CLICK, _t("Twitter", role_hint="link", exact=True, region="footer"), None, C, None, None)),
    ("Verify the page heading is Products", (A.EXPECT_VISIBLE, _t("Products", role_hint="heading"), None, C, None, None)),
    ("Close the menu", (A.CLICK, _t("Close menu"), None, C, None, None)),
    # purpose clauses, filler and Gherkin words
    ('Click "Sauce Labs Backpack" to open its details', (A.CLICK, _t("Sauce Labs Backpack", exact=True), None, C, None, None)),
    ("Click Login in order to sign in", (A.CLICK, _t("Login"), None, C, None, None)),
    ("Click Login to sign in", (A.CLICK, _t("Login"), None, C, None, None)),
    ("Press Enter to submit", (A.PRESS, None, "Enter", C, None, None)),
    ("Click Add to cart", (A.CLICK, _t("Add to cart"), None, C, None, None)),  # "to cart" is no purpose
    ("Click Go to checkout", (A.CLICK, _t("Go to checkout"), None, C, None, None)),
    ("Then click Login", (A.CLICK, _t("Login"), None, C, None, None)),
    ("And I click the Login button", (A.CLICK, _t("Login", role_hint="button"), None, C, None, None)),
    ("When the user enters standard_user as the username", (A.FILL, _t("username", role_hint="textbox"), "standard_user", C, None, None)),
    ("Then the cart badge shows 1", (A.EXPECT_TEXT, _t("cart badge", descriptor="badge"), "1", C, None, None)),
    ("Now please click Login", (A.CLICK, _t("Login"), None, C, None, None)),
    ("Finally, verify the title is Done", (A.EXPECT_TITLE, None, "Done", E, None, None)),
    # waits in words
    ("Click Login, allow up to 15 seconds", (A.CLICK, _t("Login"), None, C, 15000, None)),
    ("Click Login (wait up to 20s)", (A.CLICK, _t("Login"), None, C, 20000, None)),
    ("Verify the page shows Products within 10 seconds", (A.EXPECT_VISIBLE, None, "Products", C, 10000, None)),
    ('Wait for "Dashboard", allowing up to 30 seconds', (A.WAIT_FOR, None, "Dashboard", C, 30000, None)),
    ("Wait for the spinner to disappear", (A.EXPECT_HIDDEN, _t("spinner"), None, C, 10000, None)),
    ("Scroll down to the footer", (A.WAIT_FOR, _t("footer"), None, C, None, None)),
]


# issue 18, second pass: forms met on real apps (Angular, Flask, React and Vue admin apps)
FORMS += [
    # a table row named by what it holds: a row's name is all its text, so it contains the name
    ('Verify the row for Blue Mug shows "$9.00"', (A.EXPECT_TEXT, _t("Blue Mug", role_hint="row"), "$9.00", C, None, None)),
    ('Verify the row containing "Red Cap" shows "In stock"', (A.EXPECT_TEXT, _t("Red Cap", role_hint="row"), "In stock", C, None, None)),
    # attributes people name without the word attribute
    ('Verify the Pay button has title "Fill in the amount first"',
     (A.EXPECT_ATTRIBUTE, _t("Pay", role_hint="button"), "Fill in the amount first", E, None, "title")),
    ('Verify the Orders link has class "selected"', (A.EXPECT_ATTRIBUTE, _t("Orders", role_hint="link"), "selected", C, None, "class")),
    ('Verify the rating in the row for Blue Mug has title "4.5"',
     (A.EXPECT_ATTRIBUTE, _t("rating", scope="Blue Mug"), "4.5", E, None, "title")),
    ('Verify the Email field has attribute "type" equal to "email"',
     (A.EXPECT_ATTRIBUTE, _t("Email", role_hint="textbox"), "email", E, None, "type")),
    # an attribute that is gone, or holds another value now (Playwright's not_to_have_attribute)
    ('Verify the Password field no longer has attribute "type" equal to "password"',
     (A.EXPECT_ATTRIBUTE, _t("Password", role_hint="textbox"), "password", model.Match.NOT_CONTAINS, None, "type")),
    ("Verify the Save button does not have attribute disabled",
     (A.EXPECT_ATTRIBUTE, _t("Save", role_hint="button"), None, model.Match.NOT_CONTAINS, None, "disabled")),
    ('Verify the page has title "Checkout"', (A.EXPECT_TITLE, None, "Checkout", E, None, None)),
    # text shown (or not) in a part of the page
    ('Verify "Reports" is visible in the sidebar', (A.EXPECT_VISIBLE, _t("Reports", exact=True, region="sidebar"), None, C, None, None)),
    ('Verify "Reports" is not visible in the sidebar', (A.EXPECT_HIDDEN, _t("Reports", exact=True, region="sidebar"), None, C, None, None)),
    ('Verify the "Orders" tag is visible in the tags bar', (A.EXPECT_VISIBLE, _t("Orders", exact=True, region="tags bar", descriptor="tag"), None, C, None, None)),
    # a lower-case part of the page is a region; a container named by its title is a scope
    ("Click Ann Lee in the contact list", (A.CLICK, _t("Ann Lee", region="contact list"), None, C, None, None)),
    ("Click the Close button in the Settings panel", (A.CLICK, _t("Close", role_hint="button", scope="Settings"), None, C, None, None)),
    ('Click the remove icon on the "Orders" tag', (A.CLICK, _t("remove", scope="Orders", descriptor="icon"), None, C, None, None)),
    ('Click the author link "ann" in the 3rd post', (A.CLICK, _t("ann", role_hint="link", exact=True, position=3), None, C, None, None)),
    ('Verify the error under the Password field says "Too short"',
     (A.EXPECT_TEXT, _t("error", scope="Password", descriptor="error"), "Too short", C, None, None)),
    # a list a person names is not a dropdown, unless the step selects from it
    # a plain noun before a quoted name says what kind of item it is ("the product "Red Shoe"": the card that says so)
    ('Verify the product "Red Shoe" shows 49.99', (A.EXPECT_TEXT, _t("Red Shoe", exact=True, descriptor="product"), "49.99", C, None, None)),
    ('Verify the text "Sold out" is visible', (A.EXPECT_VISIBLE, None, "Sold out", C, None, None)),
    ('Verify the contact list shows "Ann Lee"', (A.EXPECT_TEXT, _t("contact list", descriptor="list"), "Ann Lee", C, None, None)),
    # what a box lists: text inside the box the noun names, or nowhere in it
    ('Verify the cart lists "Red Shoe"', (A.EXPECT_TEXT, _t("cart", descriptor="list"), "Red Shoe", C, None, None)),
    ("Verify the shopping cart contains Red Shoe", (A.EXPECT_TEXT, _t("shopping cart", descriptor="list"), "Red Shoe", C, None, None)),
    ('Verify "Red Shoe" is listed in the basket', (A.EXPECT_TEXT, _t("basket", descriptor="list"), "Red Shoe", C, None, None)),
    ('Verify "Red Shoe" is not listed in the cart', (A.EXPECT_TEXT, _t("cart", descriptor="list"), "Red Shoe", model.Match.NOT_CONTAINS, None, None)),
    ("Verify the cart does not contain Blue Hat", (A.EXPECT_TEXT, _t("cart", descriptor="list"), "Blue Hat", model.Match.NOT_CONTAINS, None, None)),
    ('Verify the Product List shows "Saw"', (A.EXPECT_TEXT, _t("Product List"), "Saw", C, None, None)),  # a box titled so
    ('Select "Red" from the Colour list', (A.SELECT, _t("Colour", role_hint="combobox"), "Red", C, None, None)),
    # a capitalised name may end with a role word: Product List is a link's name, Hide Image a button's
    ("Click Order List", (A.CLICK, _t("Order List"), None, C, None, None)),
    ("Click Show Image", (A.CLICK, _t("Show Image"), None, C, None, None)),
    ("Verify the Show Image button is visible", (A.EXPECT_VISIBLE, _t("Show Image", role_hint="button"), None, C, None, None)),
    ("Click the product image", (A.CLICK, _t("product", role_hint="img", descriptor="image"), None, C, None, None)),
    # "Show" that starts a name is not the verb "shows"
    ("Verify the Show Messages link is visible", (A.EXPECT_VISIBLE, _t("Show Messages", role_hint="link"), None, C, None, None)),
    # dialogs and columns by their role
    ('Verify the dialog titled "Edit user" is visible', (A.EXPECT_VISIBLE, _t("Edit user", role_hint="dialog", exact=True), None, C, None, None)),
    ('Verify the "Email" column header is visible', (A.EXPECT_VISIBLE, _t("Email", role_hint="columnheader", exact=True), None, C, None, None)),
    # counts of controls named by their text
    ("Verify 3 Remove buttons are shown", (A.EXPECT_COUNT, _t("Remove", role_hint="button"), "3", E, None, None)),
    # a purpose clause is read outside quotes only; "again" repeats a click
    ('Click "Click to Continue"', (A.CLICK, _t("Click to Continue", exact=True), None, C, None, None)),
    ('Click "Forgot password? Click to reset it"', (A.CLICK, _t("Forgot password? Click to reset it", exact=True), None, C, None, None)),
    ("Click the menu icon again", (A.CLICK, _t("menu", descriptor="icon"), None, C, None, None)),
    # a field's label is never a descriptor ("the Message field" is not a message box); "the Title filter" is its field
    ('Fill "Hi" in the Message field', (A.FILL, _t("Message", role_hint="textbox"), "Hi", C, None, None)),
    ("Verify the Message field is empty", (A.EXPECT_STATE, _t("Message", role_hint="textbox"), "empty", C, None, None)),
    ("Type mug in the Name filter", (A.FILL, _t("Name", role_hint="textbox"), "mug", C, None, None)),
    ("Click the close icon of the dialog", (A.CLICK, _t("close", region="dialog", descriptor="icon"), None, C, None, None)),
    ("Click the row for Blue Mug", (A.CLICK, _t("Blue Mug", role_hint="row"), None, C, None, None)),
    # a URL the page must have left: Playwright's not_to_have_url
    ('Verify the URL does not contain "/login"', (A.EXPECT_URL, None, "/login", model.Match.NOT_CONTAINS, None, None)),
    ("Verify the URL no longer contains /cart", (A.EXPECT_URL, None, "/cart", model.Match.NOT_CONTAINS, None, None)),
    # rows named as shown, texts named by what they are, positions said after the value, titles by their start
    ('Verify the Disk cleanup row shows the tag "prod"', (A.EXPECT_TEXT, _t("Disk cleanup", role_hint="row"), "prod", C, None, None)),
    ('Verify the row Groceries shows the description "Milk"', (A.EXPECT_TEXT, _t("Groceries", role_hint="row"), "Milk", C, None, None)),
    ("Verify the row for Certificate renewal shows Never", (A.EXPECT_TEXT, _t("Certificate renewal", role_hint="row"), "Never", C, None, None)),
    ('Verify "Log rotation" is the last check', (A.EXPECT_TEXT, _t("check", position=-1), "Log rotation", C, None, None)),
    ('Verify the title starts with "DOWN"', (A.EXPECT_TITLE, None, "DOWN", model.Match.STARTS_WITH, None, None)),
    ('Verify the team table shows "ann@x.org" as "Owner"', (A.EXPECT_TEXT, _t("ann@x.org", role_hint="row"), "Owner", C, None, None)),
    ('Verify the dialog "Add Check" is open', (A.EXPECT_VISIBLE, _t("Add Check", role_hint="dialog", exact=True), None, C, None, None)),
    ("Verify the Add Item dialog is still open", (A.EXPECT_VISIBLE, _t("Add Item", role_hint="dialog"), None, C, None, None)),
    ('Verify the sidebar has an "Items" link', (A.EXPECT_VISIBLE, _t("Items", role_hint="link", exact=True, region="sidebar"), None, C, None, None)),
    ("Verify the table still has 3 rows", (A.EXPECT_COUNT, _t("row", role_hint="row"), "3", E, None, None)),
    ("Click Add row", (A.CLICK, _t("Add row"), None, C, None, None)),  # a button's name, not a row: no article
    ('Verify 3 cards are in the "To buy" list', (A.EXPECT_COUNT, _t("card", section="To buy"), "3", E, None, None)),
    # row actions named by where they sit, rows named by an email, lower-case tags and boxes
    ("Click the three dots button at the end of the Nightly backup row", (A.CLICK, _t("three dots", role_hint="button", scope="Nightly backup"), None, C, None, None)),
    ('Open the actions menu of the "Car service" row', (A.CLICK, _t("actions menu", scope="Car service"), None, C, None, None)),
    ("Verify the row tom@example.com shows User", (A.EXPECT_TEXT, _t("tom@example.com", role_hint="row"), "User", C, None, None)),
    ("Click the prod tag", (A.CLICK, _t("prod", descriptor="tag"), None, C, None, None)),
    ("Click the close icon in the cart", (A.CLICK, _t("close", scope="cart", descriptor="icon"), None, C, None, None)),
    ("Click Jane Doe at the bottom of the sidebar", (A.CLICK, _t("Jane Doe", region="sidebar"), None, C, None, None)),
    ('Verify the initials "JD" are shown in the avatar at the bottom of the sidebar', (A.EXPECT_TEXT, _t("avatar", region="sidebar"), "JD", C, None, None)),
    ('Verify the row "Weekly digest" shows the tag mail', (A.EXPECT_TEXT, _t("Weekly digest", role_hint="row"), "mail", C, None, None)),
    ('Verify "Boots" is not shown in the cart', (A.EXPECT_TEXT, _t("cart", descriptor="list"), "Boots", model.Match.NOT_CONTAINS, None, None)),
    # keys typed where the step before put the focus; a page named by its name
    ('Type "kitchen"', (A.TYPE_TEXT, None, "kitchen", C, None, None)),
    ("Type Buy printer ink", (A.TYPE_TEXT, None, "Buy printer ink", C, None, None)),
    ("Use \"abc\" as the password", (A.FILL, _t("password", role_hint="textbox"), "abc", C, None, None)),
    ("Verify I am on the Today page", (A.EXPECT_PAGE, None, "Today", C, None, None)),
    ("Verify the Account settings page is displayed", (A.EXPECT_PAGE, None, "Account settings", C, None, None)),
]


@pytest.mark.parametrize(("sentence", "expected"), FORMS, ids=[f[0][:60] for f in FORMS])
def test_plan_vocabulary_understands(sentence: str, expected: tuple) -> None:
    step = _plan(sentence).steps[0]
    got = (step.action, step.target.to_json() if step.target else None, step.value, step.match, step.timeout_ms, step.attribute)
    assert got == expected


@pytest.mark.parametrize("sentence", ['Verify the list shows "A", "B" and "C"', "Verify the cart lists A, B and C",
                                      'Verify the basket contains "A", "B", and "C"'])
def test_a_box_listing_several_values_is_one_step_per_value(sentence: str) -> None:
    steps = _plan(sentence).steps
    assert [(s.action, s.value, s.index) for s in steps] == [(A.EXPECT_TEXT, v, i) for i, v in enumerate("ABC")]
    assert all(s.target is not None and s.target.descriptor == "list" and s.text == sentence for s in steps)


@pytest.mark.parametrize(("sentence", "target"), [
    ('Verify the Nightly backup row shows "30 days" and "1 hour"', _t("Nightly backup", role_hint="row")),
    ('Verify the Tags field shows "30 days" and "1 hour"', _t("Tags", role_hint="textbox")),
])
def test_an_element_showing_several_quoted_values_is_one_step_per_value(sentence: str, target: dict[str, Any]) -> None:
    steps = _plan(sentence).steps
    assert [(s.action, s.value) for s in steps] == [(A.EXPECT_TEXT, "30 days"), (A.EXPECT_TEXT, "1 hour")]
    assert all(s.target is not None and s.target.to_json() == target for s in steps)


@pytest.mark.parametrize(
    ("sentence", "hint"),
    [
        ("Wait 45 seconds", "fixed wait over 30 seconds"),
        ("Sleep 2 minutes", "fixed wait over 30 seconds"),
        ("Wait up to 5 seconds", "say what to wait for"),
        ("Wait a while", "say what to wait for"),
        ("Verify I am on the same page", "what shows that this is the same page"),  # where, not a name
        ("Verify the next page is displayed", "what shows that this is the next page"),
        ("Verify the products are sorted in descending order", "sorted by what"),
        ("Click Checkout and make sure the Continue button works", "one step per line"),
        ("Go to /cart.html and verify everything is fine", "one step per line"),
        ("Verify fewer than 0 items are shown", "cannot hold"),
        ("I am on /login", "to start there, say Go to /login; to check it"),
        # a "not" no rule reads is never dropped (it would turn the check around)
        ("Verify the URL does not end with /inventory", 'only "does not contain" can be checked'),
        ("Then the badge does not show 2", '"not" is not understood'),
        ("Verify the error message contains password does not match", "quote a value"),  # capitalised, it is the text checked
        ("Verify the status shows never", '"not" is not understood'),  # only a capitalised one-word value is read as shown
    ],
)
def test_plan_vocabulary_refuses_with_a_hint(sentence: str, hint: str) -> None:
    with pytest.raises(errors.PlanInvalid) as failure:
        _plan(sentence)
    assert hint in failure.value.problems[0].message


@pytest.mark.parametrize(
    "sentence",
    [
        "Verify the footer contains 2026 Sauce Labs",  # a year and a name: text, not a count
        "Verify the title is visible",  # an element, not the document's title "visible"
        "Verify the products are displayed",  # visible, not an order
        "Click the Add Tag button",  # a button's name ending in Tag, not a tag
    ],
)
def test_plan_vocabulary_does_not_misread(sentence: str) -> None:
    step = _plan(sentence).steps[0]
    assert step.action not in (A.EXPECT_COUNT, A.EXPECT_ORDER, A.EXPECT_TITLE)


@pytest.mark.parametrize(
    "sentence", ['Type "garlic" in the Search box and press Enter', 'Fill "garlic" in the Search field, then press Return']
)
def test_plan_vocabulary_fill_then_key_is_two_typed_steps(sentence: str) -> None:
    """The key goes to the field just filled: a fill, then a press in that field, both typed by the schema."""
    steps = _plan(sentence).steps
    field = _t("Search", role_hint="textbox")
    assert [(s.index, s.action, s.target.to_json() if s.target else None, s.value) for s in steps] == [
        (0, A.FILL, field, "garlic"), (1, A.PRESS, field, "Enter"),
    ]


@pytest.mark.parametrize(
    ("sentence", "hint"),
    [
        ("Click Save and verify everything is fine", "one step per line"),  # a second part no rule reads
    ],
)
def test_plan_vocabulary_refuses_what_it_cannot_type(sentence: str, hint: str) -> None:
    with pytest.raises(errors.PlanInvalid) as failure:
        _plan(sentence)
    assert hint in failure.value.problems[0].message


def test_plan_vocabulary_steps_are_typed_by_the_schema() -> None:
    """Every new kind of step round-trips through JSON and the schema refuses what does not fit it."""
    planned = _plan("Verify the About link has attribute href \"/about\"")
    assert model.Plan.from_json(planned.to_json()) == planned
    broken = model.Plan(item_key="k", start_url=BASE, steps=(
        model.PlannedStep(index=0, text="x", action=A.EXPECT_COUNT, target=model.Target(text="product"), value="six", match=E),))
    with pytest.raises(errors.PactsFarmError, match="value"):
        plan.validate_plan(broken)
    wrong_match = model.Plan(item_key="k", start_url=BASE, steps=(
        model.PlannedStep(index=0, text="x", action=A.EXPECT_ORDER, target=model.Target(text="product"), value="price", match=C),))
    with pytest.raises(errors.PactsFarmError, match="match"):
        plan.validate_plan(wrong_match)
    not_a_url = model.Plan(item_key="k", start_url=BASE, steps=(
        model.PlannedStep(index=0, text="x", action=A.EXPECT_TITLE, value="Home", match=model.Match.NOT_CONTAINS),))
    with pytest.raises(errors.PactsFarmError, match="match"):
        plan.validate_plan(not_a_url)  # "does not contain" is a URL's only negation
    no_attribute = model.Plan(item_key="k", start_url=BASE, steps=(
        model.PlannedStep(index=0, text="x", action=A.EXPECT_ATTRIBUTE, target=model.Target(text="About"), value="/a", match=E),))
    with pytest.raises(errors.PactsFarmError, match="attribute"):
        plan.validate_plan(no_attribute)


def test_plan_vocabulary_structured_steps_take_the_new_actions() -> None:
    item = model.Item(key="k", requirement_id="k", title="k", steps=(
        model.SuiteStep(action="assert_count", target="product", value="6"),
        model.SuiteStep(action="back"),
        model.SuiteStep(action="expect_state", target="Login", role="button", value="disabled"),
        model.SuiteStep(action="type", value="kitchen"),  # no field: where the focus is
        model.SuiteStep(action="type", target="Search", value="kitchen"),
    ))
    steps = plan.make_plan(item, base_url=BASE).steps
    assert [(s.action, s.match) for s in steps] == [(A.EXPECT_COUNT, E), (A.GO_BACK, C), (A.EXPECT_STATE, C), (A.TYPE_TEXT, C), (A.FILL, C)]


def _plan(sentence: str) -> model.Plan:
    item = model.Item(key="k", requirement_id="k", title="k", start_url=BASE, steps=(model.SuiteStep(text=sentence),))
    return plan.make_plan(item, base_url=BASE)


def test_plan_two_actions_in_one_sentence_go_to_claude_but_a_fixed_wait_never_does() -> None:
    from pacts_farm.claude import claude_tools

    asked: list[str] = []

    def assist(item: model.Item, sentences: object) -> list[claude_tools.Intent]:
        asked.extend(sentences)  # type: ignore[arg-type]
        return [
            claude_tools.Intent(sentence=1, action=A.CLICK, target=model.Target(text="Checkout"), value=None, match=C, timeout_ms=None),
            claude_tools.Intent(sentence=1, action=A.CLICK, target=model.Target(text="Continue"), value=None, match=C, timeout_ms=None),
        ]

    two = model.Item(key="k", requirement_id="k", title="k", start_url=BASE,
                     steps=(model.SuiteStep(text="Click Checkout and make sure the Continue button works"),))
    made = plan.make_plan(two, base_url=BASE, assist=assist)
    assert asked == ["Click Checkout and make sure the Continue button works"]
    assert [s.target.text for s in made.steps if s.target] == ["Checkout", "Continue"]

    wait = model.Item(key="w", requirement_id="w", title="w", start_url=BASE, steps=(model.SuiteStep(text="Wait 5 minutes"),))
    with pytest.raises(errors.PlanInvalid, match="fixed wait"):
        plan.make_plan(wait, base_url=BASE, assist=assist)
    assert asked == ["Click Checkout and make sure the Continue button works"]


def test_plan_a_verb_that_lists_reads_two_unquoted_names_as_two() -> None:
    members = _plan("Verify the Members table lists heidi and ivan").steps
    assert [(s.action, s.value) for s in members] == [(A.EXPECT_TEXT, "heidi"), (A.EXPECT_TEXT, "ivan")]
    (footer,) = _plan("Verify the footer shows Terms and Conditions").steps  # "shows": one text, "and" in it
    assert (footer.value or footer.target.text) == "Terms and Conditions"


def test_plan_a_sidebar_lists_its_entries_and_words_that_say_when_are_dropped() -> None:
    steps = _plan("Verify the sidebar shows Dashboard and Discussions").steps
    assert [(s.target.text, s.target.region) for s in steps] == [("Dashboard", "sidebar"), ("Discussions", "sidebar")]
    steps = _plan("Verify the navigation bar shows Login and Register again").steps
    assert [s.target.text for s in steps] == ["Login", "Register"]
    (footer,) = _plan("Verify the footer shows Terms and Conditions").steps  # a footer's one link
    assert footer.target.text == "Terms and Conditions"


def test_plan_a_role_word_then_a_capitalised_name() -> None:
    (heading,) = _plan("The heading Tags is displayed").steps
    assert (heading.action, heading.target.text, heading.target.role_hint) == (A.EXPECT_VISIBLE, "Tags", "heading")
    (tab,) = _plan("Click the tab General").steps
    assert (tab.target.text, tab.target.role_hint) == ("General", "tab")


@pytest.mark.parametrize(("sentence", "kinds"), [
    ('Type "Buy printer ink" and press Enter', (A.TYPE_TEXT, A.PRESS)),  # the key at the page: where the text went
    ('Click the Add New Task field, type "Temporary reminder" and hit Enter', (A.CLICK, A.TYPE_TEXT, A.PRESS)),
    ('Click into the "Write a comment..." box and type "Looks good"', (A.FILL,)),  # one fill, when a form tells it so
    ('Clear the Affiliation field and type "Lighthouse QA Lab"', (A.FILL,)),
    ('Type the summary "Printer jam"', (A.FILL,)),  # a field named: never keys typed wherever the focus is
])
def test_plan_typing_at_the_focus_only_where_no_field_is_named(sentence: str, kinds: tuple[A, ...]) -> None:
    steps = _plan(sentence).steps
    assert tuple(s.action for s in steps) == kinds
    assert all(s.target is None for s in steps if s.action in (A.TYPE_TEXT, A.PRESS) and kinds[0] is not A.FILL)


def test_plan_a_count_a_part_shows_is_its_number() -> None:
    tasks, notes = _plan("The Tasks tab shows a count of 4 and the Notes tab a count of 2").steps
    assert [(s.action, s.target.text, s.value) for s in (tasks, notes)] == [(A.EXPECT_TEXT, "Tasks", "4"), (A.EXPECT_TEXT, "Notes", "2")]


@pytest.mark.parametrize(("sentence", "target"), [
    # a place said by a kind: no item; above a table the first copy, below it the last (a pager drawn twice)
    ('Click the ">>>" link below the table', _t(">>>", role_hint="link", exact=True, position=-1)),
    ("Type printer into the Search box above the table", _t("Search", role_hint="textbox", position=1)),
    ("Click Edit next to Hammer", _t("Edit", scope="Hammer")),  # a name: the item it sits in
    ("Type ann@example.org into the email field next to the password", _t("email", role_hint="textbox", scope="password")),  # a field's box
    ("Press the blue search button with the magnifier icon", _t("search", role_hint="button", look="blue")),  # how it looks
    ("Click the red Delete button", _t("Delete", role_hint="button", look="red")),  # the colour only tells twins apart
    ("Click the Blue Mug", _t("Blue Mug")),  # a name, not a colour
    ("Click the red button", _t("red", role_hint="button")),  # the colour is all that tells it
])
def test_plan_where_and_how_a_control_looks_is_not_its_name(sentence: str, target: dict[str, Any]) -> None:
    step = _plan(sentence).steps[0]
    assert step.target is not None and step.target.to_json() == target


def test_plan_rows_and_headings_said_with_their_values() -> None:
    name, number = _plan("The first row is Sanity Check with ID 1").steps
    assert [(s.target.position, s.value) for s in (name, number)] == [(1, "Sanity Check"), (1, "1")]
    (heading,) = _plan('The page title heading is "Scoreboard"').steps
    assert (heading.action, heading.target.text, heading.target.role_hint) == (A.EXPECT_VISIBLE, "Scoreboard", "heading")
    (order,) = _plan("The category headings are Misc, Crypto and Pwn, in that order").steps
    assert order.value == "Misc\nCrypto\nPwn"
    name, password = _plan("Type heidi into the User Name or Email field and Passw0rd! into the Password field").steps
    assert [(s.target.text, s.value) for s in (name, password)] == [("User Name or Email", "heidi"), ("Password", "Passw0rd!")]


@pytest.mark.parametrize(("sentence", "target"), [
    ('Fill "1 Market Road" in the First line of address field', _t("First line of address", role_hint="textbox")),  # a label
    ('Fill "x" in the first field', _t("field", role_hint="textbox", position=1)),  # a position
])
def test_plan_an_ordinal_written_as_a_label_is_the_label(sentence: str, target: dict[str, Any]) -> None:
    step = _plan(sentence).steps[0]
    assert step.target is not None and step.target.to_json() == target
