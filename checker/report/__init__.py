"""Report formatters: each turns an Outcome (or claims) into a string; the CLI writes it."""
