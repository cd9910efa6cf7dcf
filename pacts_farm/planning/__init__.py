"""How a sentence is planned: the rules planner's phrases and rule table, the plan cache and Claude's turn."""
