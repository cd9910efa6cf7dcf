"""How a heal is chosen: a failed locator to a justified new one, the checks every heal passes, and heals
remembered once per run."""
