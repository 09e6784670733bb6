"""The HTML report: records -> one self-contained, escaped, keyboard-usable page."""
