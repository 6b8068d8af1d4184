"""Whether the only person an article named was introduced with a description of their
own: why "The Chancellor said …" must not go to them.

A role noun with no known holder falls back to the only person named whose job was not
read ("Marat Dosov said … The minister added …").  That guess is wrong when the text did
describe the person, only in words the role reader did not take as a job ("Ann Lee, the
head of the trade council,", "Ann Lee reports for the Foo Post", "told our
correspondent"): they are someone else than the office the title names, often the writer
of the piece.  Then nobody is the better answer."""

from __future__ import annotations

import re

from app.ingest.speech_verbs import verb_alternation

# a comma right after the name, then words that say who they are ("Ann Lee, the head of
# …", "Ann Lee, an analyst at …", "Ann Lee, who chairs …"); an age or a speech verb is
# no description
_APPOSITION = re.compile(
    rf"\s*(?:,|\(|\s[-–—]\s)\s*(?!{verb_alternation(tenses=('past', 'present'))}\b)"
    r"(?:the|a|an|who|whose|one|head|chief|[a-z]{3,})\b"
)
# the person writes or reports the piece, or works for an outlet or a body
_BYLINE = re.compile(
    r"\b(?:reports?|reporting|reported\s+for|writes|wrote|writing|correspondents?|reporters?"
    r"|journalists?|editors?|columnists?|analysts?|commentators?|head\s+of|chief\s+of"
    r"|chairs?|heads|leads|works?\s+(?:for|at))\b",
    re.IGNORECASE,
)
# a possessive body just before the name ("the Foo Post's Ann Lee")
_POSSESSIVE_BEFORE = re.compile(r"[A-Za-z]['’]s\s*$")
_SENTENCE_END = re.compile(r"[.!?\n]")


def described_otherwise(text: str, name: str, noun: str) -> bool:
    """Whether the sentence first naming ``name`` in ``text`` describes them with words
    other than the office ``noun`` ("Ann Lee, the head of the Foo Trade Council, met
    delegates" for "the president")."""
    at = text.find(name)
    if at < 0 or not noun:
        return False
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    end_match = _SENTENCE_END.search(text, at + len(name))
    end = end_match.start() if end_match else len(text)
    sentence = text[start:end]
    if re.search(rf"\b{re.escape(noun.lower())}\b", sentence.lower()):
        return False  # the office itself is what describes them
    if _BYLINE.search(sentence):
        return True
    if _POSSESSIVE_BEFORE.search(text[start:at]):
        return True
    return _APPOSITION.match(text, at + len(name), end) is not None
