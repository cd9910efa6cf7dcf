"""Running a plan on a live page: the step runner, the evidence it keeps and the root cause of a failure."""
