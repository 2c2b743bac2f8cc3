"""Test support shared across test packages: real servers standing in for the network edge.

`openai_stub` is a local HTTP server speaking OpenAI's chat-completions protocol; every model-path
test uses it instead of mocking the SDK.
"""
