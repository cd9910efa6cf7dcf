"""The bundled demo shop: the demo suite's target and the tests' fixture."""
