"""XSC rules: all records checked together, grouped into stories."""

from __future__ import annotations

from audit.rules.base import Rule
from audit.rules.cross.counts import COUNT_RULES
from audit.rules.cross.dates import DATE_RULES
from audit.rules.cross.figures import FIGURE_RULES
from audit.rules.cross.headline import HeadlineQuote
from audit.rules.cross.origin import OriginDisagreement
from audit.rules.cross.quotes import QUOTE_RULES

XSC_RULES: tuple[type[Rule], ...] = (
    *FIGURE_RULES,
    *COUNT_RULES,
    *QUOTE_RULES,
    HeadlineQuote,
    OriginDisagreement,
    *DATE_RULES,
)
