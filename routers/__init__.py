"""Intent routing: a chat message and its thread context become a flow with parameters."""
