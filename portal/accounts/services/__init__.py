"""Writes for accounts, by concern: registration, profile, personal data, security."""
