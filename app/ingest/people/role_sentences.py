"""Jobs a sentence gives a named person outside an apposition: "Ann Lee is the chairman of
X", "Harper — a young British filmmaker — had found …", "was named as chief executive of
Acme", "Barr put Ann Lee in charge of X", "Lee reports for NPR".  Each is noted in the
registry for later mentions and given now to a known person with no job yet.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from app.ingest.layout import Span
from app.ingest.people.earlier_organisation import OWNER_REACH, organisation_before
from app.ingest.people.kinds import classify
from app.ingest.people.names import has_role_noun, is_role_word, surname_of
from app.ingest.people.roles import relative_of, split_role
from app.ingest.tokens import Token

if TYPE_CHECKING:
    from app.ingest.article_state import ArticleState

_IS_ROLE = re.compile(
    r"\s*(?:is|was|has been|had been|serves as|served as|works as|worked as)\s+"
    r"(?:(?:the|a|an)\s+)?(?P<role>[^.;:!?“”\"«»(),]{3,160}?)"
    # "Hege is the CEO of DH, the Spokane branding firm behind …": what follows a comma
    # describes the organisation, and may quote its slogan.
    r"(?:,\s+(?:the|a|an|which|whose|based)\s[^.;:!?]{0,300})?\s*[.;]?\s*$"
)


def role_sentence(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], sentence: Span
) -> None:
    """ "Ann Lee is the current chairman of the X Council.": a role in a sentence of its
    own, for a person named before or after it."""
    if not runs or runs[0][0] > 1:
        return
    end = runs[0][1]
    if end >= len(tokens) or tokens[end - 1].trailing:
        return
    masked = state.masked_text
    match = _IS_ROLE.match(masked, tokens[end - 1].end, sentence.end)
    if match is not None and has_role_noun(match.group("role")):
        role = _CURRENT.sub("", match.group("role"))
    else:
        # "As Ann Lee reports for NPR, …": who the person works for, with no job named.
        works = _WORKS_FOR.match(masked, tokens[end - 1].end, sentence.end) or _SCORED_FOR.match(
            masked, tokens[end - 1].end, sentence.end
        )
        if works is None:
            return
        role = f"who works for {works.group('org')}"
    surname = surname_of([token.core for token in tokens[runs[0][0] : end]])
    _note_role(state, surname, role)


def _note_role(state: ArticleState, surname: str, role: str) -> None:
    """``role`` for the person called ``surname``: noted for a later mention, and given
    now to a known person who has neither role nor organisation yet."""
    state.registry.note_role(surname, role)
    known = state.registry.by_word(surname)
    if known is not None and known.role is None and known.organization is None:
        known.role, known.organization = split_role(role)
        known.kind = classify(known.role, known.organization, "")


_DASH_APPOSITION = re.compile(
    r"\s*(?:[—–]|--)\s*(?:a|an|the)\s+(?P<role>[^—–.;:!?()]{3,160}?)\s*(?:[—–,]|--)"
)


def dash_apposition(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], sentence: Span
) -> None:
    """ "Harper — a young British filmmaker hot off directing a BBC drama — had found
    …": a job between dashes after a name, for the person named (noted for later)."""
    for first, end in runs:
        if tokens[end - 1].trailing:
            continue
        match = _DASH_APPOSITION.match(state.masked_text, tokens[end - 1].end, sentence.end)
        if match is None or not has_role_noun(match.group("role")):
            continue
        surname = surname_of([token.core for token in tokens[first:end]])
        role = _role_head(match.group("role"))
        _note_role(state, surname, role)


def relative_apposition(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], sentence: Span
) -> None:
    """ "She wrote to Ford's sister, Martha Fry.": a full name set off after a tie to
    someone named is that relative, whatever the narration before it (noted for later)."""
    for first, end in runs:
        if first < 2 or end - first < 2 or tokens[first - 1].trailing != ",":
            continue
        phrase = state.masked_text[tokens[max(0, first - 4)].start : tokens[first - 1].end]
        found = relative_of(phrase.rstrip(","))
        if found is None or found[0] is None:
            continue
        _note_role(state, surname_of([token.core for token in tokens[first:end]]), found[0])


_PAIR_IS_ROLE = re.compile(
    r"\s+(?:are|were)\s+(?:both\s+)?(?:the\s+)?(?:only\s+|two\s+|both\s+)?"
    r"(?P<role>[a-z][^.;:!?“”\"«»(),]{2,120})"
)


# "senior economists at Harbor Bank", "officers on duty": the job in the plural, with the
# body after it when one is named.
_PLURAL_JOB = re.compile(
    r"(?:[a-z][\w-]*\s+){0,3}?(?P<job>[a-z][\w-]*s)\b"
    r"(?:\s+(?:at|of|for|with|from)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)?"
)


# Words that show the plural noun after "were" is not what the pair were: a preposition
# ("treated by nurses", "among teachers") or a verb in the infinitive ("to meet").
_NOT_COMPLEMENT = frozenset(
    {"by", "with", "to", "among", "amongst", "from", "for", "at", "of", "in", "on", "into"}
    | {"onto", "against", "between", "near", "behind", "like", "than", "as", "about", "not"}
    | {"joined", "met", "seen", "taken", "told", "asked", "being", "getting"}
)


def _complement(leading: list[str]) -> bool:
    """Whether the words before the plural job ("senior" in "were senior economists") let
    it be what the pair were: adjectives only, no participle ("arrested", "taken") and no
    preposition ("by", "among")."""
    return not any(
        word.lower() in _NOT_COMPLEMENT or word.lower().endswith(("ed", "en")) for word in leading
    )


def pair_role(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], sentence: Span
) -> None:
    """ "Lee and Park were the only officers assigned to the unit": two people joined by
    "and" and given one job in the plural hold it each (noted for later)."""
    for (first, middle), (second, end) in pairwise(runs):
        if second != middle + 1 or tokens[middle].core != "and" or tokens[end - 1].trailing:
            continue
        if tokens[middle - 1].trailing:
            continue  # "Lee, and Park were …": a list, not a pair
        match = _PAIR_IS_ROLE.match(state.masked_text, tokens[end - 1].end, sentence.end)
        if match is None:
            continue
        head = _PLURAL_JOB.match(match.group("role"))
        if head is None or not is_role_word(head.group("job")):
            continue  # "were the only ones left": no job in the plural
        if not _complement(head.group()[: head.start("job")].split()):
            continue  # "were arrested by police officers": the officers are others
        role, organization = split_role(head.group())
        if role is None:
            continue
        job = f"{role} at {organization}" if organization else role
        for lo, hi in ((first, middle), (second, end)):
            _give_role(state, surname_of([token.core for token in tokens[lo:hi]]), job)


# "Both accomplished songwriters who had written for television, X and Y came …", "A
# veteran economist, Ann Lee said …": a job opening the sentence, set off by a comma,
# describes its subject.
_OPENING_JOB = re.compile(
    r"(?P<det>Both|Two|Three|All|A|An)\s+(?P<role>(?:[a-z][\w-]*\s+){0,3}?(?P<job>[a-z][\w-]*))"
    r"(?:\s+(?:who|whose|with|from|at|of|for)\b[^.;:!?,]{0,200})?[”\"’]?,[”\"’]?\s+"
)
_PLURAL_DETERMINERS = frozenset({"Both", "Two", "Three", "All"})
# "Kern’s co-writers ": an owner and a second description between the job and the names.
_OWNER_AND_JOB = re.compile(
    r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s(?:\s+[a-z][\w-]*){0,2}\s+(?P<job>[a-z][\w-]*)\s+"
)


def _right_after(gap: str) -> bool:
    """Whether the names follow the opening job's comma with nothing between, or only an
    owner and a job ("Both songwriters, Kern’s co-writers Ann Lee and Bo Park"): a clause
    or a speech verb between ("A spokesman, who asked not to be named, said Ann Lee")
    puts the job on someone else."""
    if not gap:
        return True
    owned = _OWNER_AND_JOB.fullmatch(gap)
    if owned is None:
        return False
    job = owned.group("job")
    return is_role_word(job) or is_role_word(job.removesuffix("s"))


def opening_job(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], sentence: Span
) -> None:
    """A job opening the sentence before its subject: one named person after "A/An …,",
    two joined by "and" after "Both …," (a possessive and a job may come between: "X's
    co-writers Ann Lee and Bo Park").  Noted for later."""
    match = _OPENING_JOB.match(state.masked_text, sentence.start, sentence.end)
    if match is None or not is_role_word(match.group("job")):
        return
    plural = match.group("det") in _PLURAL_DETERMINERS
    if plural != (match.group("job").endswith("s") and not match.group("job").endswith("ss")):
        return
    after = [run for run in runs if tokens[run[0]].start >= match.end()]
    if after and tokens[after[0][0]].core.endswith(("'s", "’s")) and after[0][1] - after[0][0] == 1:
        after = after[1:]  # "Steenburgen’s co-writers …": the owner of a second description
    if not after or not _right_after(state.masked_text[match.end() : tokens[after[0][0]].start]):
        return  # "A spokesman for the company, who asked not to be named, said Ann Lee …"
    subjects = after[:1]
    if plural:
        if len(after) < 2 or after[1][0] != after[0][1] + 1:
            return
        if tokens[after[0][1]].core != "and":
            return
        subjects = after[:2]
    role, _ = split_role(match.group("role"))
    if role is None:
        return
    for first, end in subjects:
        _give_role(state, surname_of([token.core for token in tokens[first:end]]), role)


_WORKS_AT = "who works at "  # how app.ingest.people.workplace notes a workplace


def _give_role(state: ArticleState, surname: str, role: str) -> None:
    """Like :func:`_note_role`, but a known person who has an organisation and no job yet
    gets the job too ("assigned to … at X", later "the only officers")."""
    noted = state.registry.noted_role(surname)
    if noted is not None and noted.startswith(_WORKS_AT):
        role = f"{role} at {noted[len(_WORKS_AT) :]}"  # the workplace noted, and now the job
        state.registry.note_role(surname, role, replace=True)
    _note_role(state, surname, role)
    known = state.registry.by_word(surname)
    if known is not None and known.role is None:
        known.role, organization = split_role(role)
        known.organization = known.organization or organization
        known.kind = classify(known.role, known.organization, "")


_APPOINTED_AS = re.compile(
    r"\b(?:named|appointed|hired|elected|installed|chosen|promoted|replace|succeed)"
    r"(?:\s+[A-Z][\w'’.-]*){0,3}\s+as\s+(?:the\s+|its\s+|their\s+|new\s+)*"
    r"(?P<role>[^,.;:!?“”\"«»()]{3,100})"
)
# "as Tottenham's manager until the end of the season": the job ends before its time.
_ROLE_TIME = re.compile(
    r"\s+(?:until|after|before|since|following|from|on|in|at the end|last|this|next|"
    r"effective|starting|when|and|with)\b.*$"
)


def appointed_as(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], sentence: Span
) -> None:
    """ "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's
    manager", "Ann Lee was named as chief executive of Acme": the job the sentence's
    subject is given (noted for later mentions)."""
    if not runs or runs[0][0] > 1:
        return
    first, end = runs[0]
    match = _APPOINTED_AS.search(state.masked_text, tokens[end - 1].end, sentence.end)
    if match is None:
        return
    role = _ROLE_TIME.sub("", match.group("role")).strip()
    if not has_role_noun(role):
        return
    surname = surname_of([token.core for token in tokens[first:end]])
    _note_role(state, surname, role)


_PUT = frozenset({"put", "puts", "putting", "placed", "places", "placing", "left", "leaves"})
_IN_CHARGE = re.compile(
    r"\s+in\s+charge\b(?:\s+of\s+(?P<org>(?:the\s+)?[A-Za-z][\w&.'’-]*"
    r"(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*)*))?"
)


def put_in_charge(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], sentence: Span
) -> None:
    """ "Barr put Ann Lee in charge (of the Bureau of Prisons)": Lee heads it; with no
    "of", the organisation is the last one named before the sentence."""
    masked = state.masked_text
    for first, end in runs:
        if first == 0 or tokens[first - 1].core.lower() not in _PUT or end - first < 2:
            continue
        match = _IN_CHARGE.match(masked, tokens[end - 1].end, sentence.end)
        if match is None:
            continue
        surname = surname_of([token.core for token in tokens[first:end]])
        known = state.registry.by_word(surname)
        if known is not None and known.role and known.role.split()[-1].lower() in _PUT:
            # "The mayor put Ann Lee in charge": "mayor put" was read as Lee's title.
            known.role = known.organization = None
        organization = match.group("org")
        if organization is None:
            before = masked[max(0, sentence.start - OWNER_REACH) : sentence.start]
            organization = organisation_before(state.registry, before)
        if organization is None:
            continue
        organization = re.sub(r"^the\s+", "", organization)
        _note_role(state, surname, f"head of {organization}")


_ROLE_LINKS = frozenset({"of", "at", "for", "with", "in", "on", "to", "and", "from"})


def _role_head(role: str) -> str:
    """ "young British filmmaker hot off directing a drama" -> "young British filmmaker":
    the job ends at its last job word unless a preposition carries it on."""
    words = role.split()
    last = max((i for i, word in enumerate(words) if is_role_word(word)), default=None)
    if last is None or last + 1 >= len(words) or words[last + 1].lower() in _ROLE_LINKS:
        return role
    return " ".join(words[: last + 1])


_WORKS_FOR = re.compile(
    r"\s*(?:reports|reported|writes|wrote|works|worked|plays|played)\s+for\s+"
    r"(?P<org>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*)*)"
)
# "Dennis Reyes scored 20 of his 31 points in the first half for the Hawks": the team a
# player scores or plays for (not "the Hawks’ win", a possessive); "finished with 25
# points for the league-leading Hawks": the team after a ranking adjective.
_SCORED_FOR = re.compile(
    r"\s*(?:scored|played|pitched|rushed|started|finished)\b[^.;:!?“”\"«»_]{0,120}?\bfor\s+the\s+"
    r"(?:[\w.]+-(?:leading|ranked|seeded|placed)\s+)?"
    r"(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?![\w'’])"
)
# "Ann Lee scored twice as the Wild beat the Sabres", "Bo Park, heating up, scores twice
# to help Harbor top Vell", "Lee had 30 points as the Hawks beat the Owls": whoever scores
# as a team wins plays for it.  "had"/"has"/"added" count only before a number and a stat
# ("had watched as", "has momentum as Trump wins" are no scoring), and nothing may turn
# the sentence between ("had 30 points but it was not enough as the Hawks beat ...").
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|a\s+career-high\s+\d+)"
_STAT = (
    r"(?:points?|goals?|assists?|rebounds?|saves?|runs?|yards?|touchdowns?|tries|try|"
    r"wickets?|birdies|baskets?|hits?|strikeouts?|steals?|blocks?|three-pointers?)"
)
_SCORED_AS = re.compile(
    r",?\s+(?:[a-z][\w-]*,?\s+){0,3}"
    r"(?:(?:scored|scores|netted|nets|tallied|tallies|notched|notches)\b|"
    rf"(?:added|adds|had|has|posted|posts|recorded|records)\s+{_NUMBER}\s+(?:[a-z-]+\s+)?{_STAT}\b)"
    r"(?P<gap>[^.;:!?“”\"«»_,]{0,60}?)\b(?:as|to help|to lift|to lead|helping|lifting|leading)\s+"
    r"(?:the\s+)?(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+(?:to\s+)?"
    r"(?:beat|beats|top|tops|past|over|rout|routs|routed|edge|edges|edged|down|downs|downed|"
    r"defeat|defeats|defeated|blank|blanks|blanked|stun|stuns|stunned|win|wins|won)\b"
)


_TURN = re.compile(r"\b(?:but|not|despite|although|though|yet|while|even)\b")
# A goal that counts for the other side, or a score on the losing side: "scored an own goal
# as City beat United", "a late consolation goal", "35 points in a losing effort".
_FOR_THE_LOSERS = re.compile(r"\b(?:own|consolation|losing|loss|defeat|vain)\b")


def team_of_scorer(
    state: ArticleState, tokens: list[Token], runs: list[tuple[int, int]], span: Span
) -> None:
    """ "Ann Lee scores twice as Wild beat Sabres": Lee plays for the Wild (noted for later;
    a headline says it as often as a sentence). Not when the score went to the losers (an
    own goal, a consolation goal, a losing effort) or a side already owns the name
    ("Chelsea's Cole Palmer")."""
    for first, end in runs:
        if end - first < 2 and state.registry.by_word(tokens[first].core) is None:
            continue  # a lone capitalised word is no one known
        core_end = tokens[end - 1].end - len(tokens[end - 1].trailing)
        if first > 0 and tokens[first - 1].raw.endswith(("'s", "’s")):
            continue  # "Chelsea's Cole Palmer scored as Arsenal beat Chelsea": a side named
        match = _SCORED_AS.match(state.masked_text, core_end, span.end)
        if match is None:
            continue
        gap = match.group("gap")
        if _TURN.search(gap) or _FOR_THE_LOSERS.search(gap):
            continue
        surname = surname_of([token.core for token in tokens[first:end]])
        _note_role(state, surname, f"who plays for {match.group('org')}")


_CURRENT = re.compile(r"^(?:current|longtime|long-time|new|newly appointed)\s+", re.IGNORECASE)
