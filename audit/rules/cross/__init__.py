"""XSC rules: all records checked together, grouped into stories."""

from __future__ import annotations

from audit.rules.base import Rule
from audit.rules.cross.dates import DATE_RULES
from audit.rules.cross.figures import FIGURE_RULES
from audit.rules.cross.origin import OriginDisagreement
from audit.rules.cross.quotes import QUOTE_RULES

XSC_RULES: tuple[type[Rule], ...] = (*FIGURE_RULES, *QUOTE_RULES, OriginDisagreement, *DATE_RULES)
