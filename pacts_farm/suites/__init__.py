"""What a user hands in: suite.yaml and requirement files read into typed suites, and which items run."""
