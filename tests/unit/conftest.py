"""Fixtures shared by the unit tests."""
