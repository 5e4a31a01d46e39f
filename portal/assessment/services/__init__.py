"""Writes of the self-assessment: framework, item bank, attempts and proctored sessions."""
