"""The onion pipeline wrapped around every run."""
