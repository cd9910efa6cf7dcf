"""How a target is found: one DOM scan scored in Python, what kind of thing a sentence names (icons, badges,
messages, boxes, fields of items, labels and values), closed menus, and the selector cache."""
