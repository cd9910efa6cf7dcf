"""Claude, when ANTHROPIC_API_KEY is set: the SDK client, the tools it is given, and its run-time picks."""
