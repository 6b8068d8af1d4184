"""Recognising lines that are not article content.

Scraped articles carry furniture around the prose: photo credits, the "Source" line the
translator appends, share/comment widgets, and embedded social-media posts whose text
would otherwise look like quotes.  Each rule matches a *whole paragraph* (or line) so that
real sentences mentioning, say, a photograph are never discarded.

* ``photo_credit``: "Photo: AP", "Photo by Jane Doe/Reuters", "Image credit: ...",
  "Фото: ...", or a short line that is only an agency credit ("(AP Photo/Jane Doe)").
* ``source_line``: "Source: ...", "Источник ...", "Originally published at ...".  The
  outlet is the domain or name after the label, without ``www.``.
* ``boilerplate``: comment forms, share buttons, subscription prompts, "Read also", and
  teasers for other stories under an upper-case label ("READ: …", "WATCH: …").
* ``social_caption``: embedded tweets/Instagram posts: ``pic.twitter.com/...`` links, the
  "— Name (@handle) March 3, 2022" signature, "View this post on Instagram".
* ``byline``: the writer's credit on a short paragraph of its own: "By Rachel Dunn, Staff
  Writer", "By Omar Feld | Channel 9 News", "Story by X", "(Reporting by X; Editing by Y)",
  or a name followed by a news outlet or a newsroom role ("Rachel Dunn, Reuters",
  "Rachel Dunn | CNN").  The writer is nobody the article quotes, so the line is never
  read for people.  "By Tuesday, Mayor Ann Lee said, ..." is a sentence, not a byline:
  every word after the names must be part of an outlet, a role or a date.
"""

from __future__ import annotations

import re

from app.ingest.parsed import NoiseKind
from app.ingest.speech_verbs import find_verbs

_PHOTO = re.compile(
    r"^(?:photo|photograph|image|picture|illustration|фото|photo credit|image credit|"
    r"pictured|credit)s?\s*(?::|by\b|credit\b|/|—|–|-)",
    re.IGNORECASE,
)
_AGENCY_CREDIT = re.compile(
    r"^\(?(?:AP|AFP|Reuters|Getty Images|EPA|TASS|RIA Novosti|Shutterstock|Bloomberg)"
    r"(?:\s*(?:Photo|Images)?\s*(?:/[^)]{0,80})?)\)?\.?$",
    re.IGNORECASE,
)
_SOURCE = re.compile(
    r"^(?:source|sources|источник|originally published (?:at|in|by)|read more at|"
    r"first published (?:at|in|by)|via)\s*[:\-–—]?\s*(?P<outlet>\S.*)?$",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"^(?:leave a (?:reply|comment)|your email address will not be published|"
    r"required fields are marked|post comment|comments?\s*(?:\(\d+\))?$|share(?: this| on|$)|"
    r"share:|tweet$|email$|print$|follow us|subscribe|sign up|click here|read also|"
    r"read more|related(?: articles| stories)?:|also read|advertisement$|see also|"
    r"tags?:|copyright|©|all rights reserved|this article|cancel reply|save my name|"
    r"you may also like|recommended|loading)",
    re.IGNORECASE,
)
# "READ: Ana Lee reveals …", "MORE: …", "WATCH: …": a teaser for another story, in the
# capitals a page sets its labels in (a sentence never opens so).
_TEASER = re.compile(
    r"^(?:READ(?: MORE| ALSO| NEXT)?|MORE|WATCH|LISTEN|RELATED|SEE ALSO|ALSO READ|"
    r"MUST READ|DON'T MISS|TRENDING|RECOMMENDED|PHOTOS|VIDEO)\s*:"
)
_SOCIAL = re.compile(
    r"pic\.twitter\.com/|(?:^|\s)[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s*\d{4}|"
    r"view this post on instagram|a post shared by|twitter\.com/\w+/status/|"
    r"instagram\.com/p/|t\.co/\w+",
    re.IGNORECASE,
)
_HANDLE_SIGNATURE = re.compile(r"^[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)", re.IGNORECASE)
# A writer's name: two to four capitalised words or initials ("J. R. Smith", "Anne-Marie
# O'Neil", "Luis de la Cruz"); several joined by "and", "&" or commas.
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:de|la|da|del|van|von|der|bin|al|le|du)(?=\s+[A-Z]))"
_ONE_NAME = rf"[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{1,3}}"
_NAMES = rf"{_ONE_NAME}(?:\s*(?:,|\band\b|&)\s*{_ONE_NAME})*"
# After the names: an outlet, a role, a date or a contact, in short segments.
_TAIL_WORD = (
    r"(?:[A-Z0-9@][\w'’.:&@/-]*|\S+@\S+|of|the|and|for|at|in|on|by|de|&|[|,/·•—–-]|"
    r"staff|senior|chief|special|contributing|writer|reporter|correspondent|editor|"
    r"columnist|contributor|photographer|journalist|a\.m\.|p\.m\.|am|pm)"
)
# Atomic: a word once matched is never split into shorter words ("AAAA" as "A", "AAA"),
# which would make a line that fails to match cost exponential time.
_TAIL_ATOM = rf"(?>{_TAIL_WORD})"
_TAIL = rf"(?:\s*[,|/·•—–-]\s*|\s+)(?:{_TAIL_ATOM}\s*){{0,12}}"
_BY = r"(?i:by|story by|written by|words by|text by|report by|reporting by|compiled by)"
_BYLINE = re.compile(rf"^\(?{_BY}\s+(?P<names>{_NAMES})(?:{_TAIL})?\)?\.?$")
# "(Reporting by X in Boston; Editing by Y)": the wire service's credit line.
_WIRE_CREDIT = re.compile(
    r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b[^()\n]{0,200}"
    r";\s*(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b[^()\n]{0,200}"
    r"\)?\.?$",
    re.IGNORECASE,
)
# "Rachel Dunn, Reuters" / "Rachel Dunn | CNN": a bare name is a byline only when what
# follows names a news outlet or a newsroom role ("Ann Lee, Press Secretary" and "Ann Lee,
# Staff Sergeant" sign other things: no bare "Press", "Post" or "Staff").
_MEDIA = re.compile(
    r"\b(?:Reuters|Associated Press|AP|AFP|CNN|BBC|NPR|Bloomberg|Xinhua|TASS|UPI|dpa|"
    r"Al Jazeera|Fox News|ABC News|NBC News|CBS News|News|The [A-Z]\w+ (?:Press|Post)|Times|"
    r"Herald|Tribune|Journal|Gazette|Chronicle|Telegraph|Channel|TV|Radio|Wire|Writer|Reporter|"
    r"Correspondent|Contributor|Columnist|Editor|writer|reporter|correspondent|"
    r"contributor|columnist|editor)\b"
)
_NAMED_CREDIT = re.compile(
    rf"^(?P<names>{_NAMES})\s*[,|·•—–/]\s*(?P<tail>(?:{_TAIL_ATOM}\s*){{1,12}})$"
)
_TAIL_LINE = re.compile(rf"^(?:{_TAIL_ATOM}\s*){{1,12}}$")
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?([a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+)", re.I)


def classify(paragraph: str) -> NoiseKind | None:
    """The noise kind of a whole paragraph, or ``None`` for content."""
    text = paragraph.strip()
    if not text:
        return None
    if _SOCIAL.search(text[:2000]):
        return "social_caption"
    if len(text) <= 200:
        if _SOURCE.match(text) and source_outlet(text) is not None:
            return "source_line"
        if _PHOTO.match(text) or _AGENCY_CREDIT.match(text):
            return "photo_credit"
        if is_byline(text):
            return "byline"
    if len(text) <= 400 and (_BOILERPLATE.match(text) or _teaser(text)):
        return "boilerplate"
    return None


def _teaser(text: str) -> bool:
    """A teaser label ("WATCH:", "READ MORE:") over a link's title; not when what follows
    the label is a whole sentence that reports someone's words ("WATCH: Ann Lee says the
    city is ready for the storm."), which is a statement under page furniture."""
    label = _TEASER.match(text)
    if label is None:
        return False
    rest = text[label.end() :].strip()
    return not (rest.endswith((".", "!", "…")) and find_verbs(rest))


def is_byline(paragraph: str) -> bool:
    """A writer's credit: its first line is "By X …" (or a wire credit, or a name with an
    outlet or newsroom role) and any further lines (at most two) are outlet, role or date
    lines ("Staff Writer", "Published March 3, 2020")."""
    lines = [line.strip() for line in paragraph.strip().splitlines() if line.strip()]
    if not lines or len(lines) > 3 or len(paragraph) > 200:
        return False
    first = lines[0]
    if _WIRE_CREDIT.match(first) or _BYLINE.match(first):
        byline = True
    else:
        named = _NAMED_CREDIT.match(first)
        byline = named is not None and _MEDIA.search(named.group("tail")) is not None
    return byline and all(_TAIL_LINE.match(line) for line in lines[1:])


def is_handle_signature(paragraph: str) -> bool:
    """ "— Name (@handle) ..." on its own line: the paragraph before it is the post's text."""
    return bool(_HANDLE_SIGNATURE.match(paragraph.strip()))


def source_outlet(line: str) -> str | None:
    """The outlet named by a source line: ``"Источник www.mk.ru"`` -> ``"mk.ru"``."""
    match = _SOURCE.match(line.strip())
    if match is None:
        return None
    outlet = (match.group("outlet") or "").strip().rstrip(".")
    if not outlet:
        return None
    domain = _DOMAIN.search(outlet)
    if domain is not None and "." in domain.group(1):
        return domain.group(1).lower()
    # A plain outlet name ("Source: Kommersant"); keep it short and sentence-free.
    if len(outlet) <= 60 and outlet[0].isupper() and not re.search(r"[.!?]\s", outlet):
        return outlet
    return None
