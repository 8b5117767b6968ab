"""What the verb before a cue word says about the words: said ("did say", "could only
quip"), only supposed ("might ask"), or put to the subject ("was asked")."""

from __future__ import annotations

import re

#: A verb before a cue word in its base form that says the words were said: "did say",
#: "could only quip", "would later tell"; not "may ask" or "might say" (no one spoke).
MODAL_BEFORE_RE = re.compile(
    r"\b(?:(?:did|does|do)\s+(?:(?:only|not|also|just|then|[a-z]+ly)\s+)?"
    r"|(?:could|would|can|will)\s+(?:only|later|then)\s+)\Z"
)


#: A modal that makes the words supposed, not said: "might ask", "may well say".
HYPOTHETICAL_RE = re.compile(r"\b(?:may|might|should|must)\s+(?:(?:well|also|then|[a-z]+ly)\s+)?\Z")


#: A passive auxiliary right before "asked" / "told" ("was asked", "were repeatedly told",
#: "was also asked", "was then told").
PASSIVE_AUX_RE = re.compile(
    r"\b(?:was|were|is|are|been|being|be|gets?|got)\s+"
    r"(?:(?:[a-z]+ly|also|then|later|once|again|never|not|first|still|even|just)\s+){0,2}\Z"
)
