"""Prompt templates for the LLM path, shipped inside the package as extract.prompts."""
