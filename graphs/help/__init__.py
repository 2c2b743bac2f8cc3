"""The `help` flow: what the system can do, with the courses and scenarios it has."""
