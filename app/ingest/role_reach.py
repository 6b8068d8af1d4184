"""How far back the role before a name reaches.

The text before a name ("and Apple CEO Tim Cook", "In a statement Chief Nurse Ann Lee",
"At the meeting Premier Ivo Brandt", "expressed regret that the German Chancellor") holds
the role only after the last word that starts a new phrase: a conjunction, a relative
word, a preposition other than "of", a line break.  Everything before that word belongs to
the sentence, not to the role.  A cut is kept only when what stays still names a role and
what is dropped names none ("President and Chief Executive", "Head of Department at the
Ministry" are one role each and are left whole).
"""

from __future__ import annotations

import re

from app.ingest.people.names import has_role_noun

# Words after which a new phrase starts: conjunctions, relatives, prepositions (not "of",
# which ties a role to its body: "Minister of Trade").
_BREAK = re.compile(
    r"\b(?:(?:and|or|but)(?=\s+[A-Z])|that|which|who|whom|in|at|from|with|during|after|before|on|"
    r"like|to|into|against|about|over|under|without|while|when|where)\b"
    r"|^(?:And|In|At|From|With|During|After|Before|On|Like|To|While|When)\b"
)
# Verbs that take a person as their object ("X received Prosecutor General Y"): what
# stands before them is the sentence's subject, never part of the object's role.  Only
# right after a name or a pronoun (a finite verb), not a participle ("newly appointed").
_OBJECT_VERB = re.compile(
    r"(?:\b[A-Z][\w'’.-]*|\b(?:he|she|they|who|we|I))\s+(?:met|meets|received|receives|appointed|appoints|replaced|replaces|visited|"
    r"visits|thanked|thanks|welcomed|welcomes|congratulated|congratulates|hosted|hosts|"
    r"invited|invites|accompanied|joined|joins|urged|urges|praised|praises|"
    r"dismissed|dismisses|fired|fires|succeeded|succeeds|meeting|receiving)\s+"
)
# Nouns of an occasion that a name's title follows without a break ("At the meeting
# Premier X", "In a statement Chief Nurse X"): the title starts after them.
_OCCASION_THEN_TITLE = re.compile(
    r"^(?:(?:the|a|an|this|that|its|his|her|their)\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:meeting|statement|interview|conference|briefing|session|speech|event|ceremony|"
    r"summit|address|hearing|visit|talks|letter|post|video|message|call|press release)"
    r"\s+(?=[A-Z])"
)


def cut_reach_back(pre: str) -> str:
    """``pre`` without the sentence words before the role (see the module docstring)."""
    if "\n" in pre:
        pre = pre[pre.rfind("\n") + 1 :].strip(" ,;:")  # a role never spans a line break
    verb = _last_match(_OBJECT_VERB, pre)
    if verb is not None and _title_like(pre[verb.end() :]):
        pre = pre[verb.end() :].strip(" ,;:")
    last = _last_match(_BREAK, pre)
    if last is not None:
        kept = pre[last.end() :].strip(" ,;:")
        dropped = pre[: last.start()]
        if _title_like(kept) and not has_role_noun(dropped):
            pre = kept
    occasion = _OCCASION_THEN_TITLE.match(pre)
    if occasion is not None and has_role_noun(pre[occasion.end() :]):
        pre = pre[occasion.end() :]
    return pre


def _title_like(phrase: str) -> bool:
    """A short phrase ending in a role noun ("Apple CEO", "the German Chancellor"): what a
    cut may leave; a longer one ("the way his business partner") is sentence text."""
    words = phrase.split()
    return 0 < len(words) <= 4 and has_role_noun(words[-1])


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text``, if any."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 (the loop keeps the last one)
        continue
    return found
