"""`python -m pacts_farm.cli`: the same as the `pacts-farm` console script."""

from __future__ import annotations

from pacts_farm.cli import main

main()
