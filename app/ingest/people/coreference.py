"""Who a reference points to.

A full name introduces a new person (or finds the one already introduced under it).  A
surname, "Title Surname", a role noun ("the expert") or a pronoun ("she") never creates
anyone: it resolves to the most recently mentioned compatible person
(:class:`app.ingest.people.registry.Registry`).  The first role/organisation seen for a person
sticks; a pre-name title such as "Senator" makes an official whatever the apposition says.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas  # type: ignore[import-untyped]

from app.ingest.attribution import Mention
from app.ingest.people.context_body import bodies_before, sole_body_before, wants_company
from app.ingest.people.earlier_organisation import company_in_sentence, organisation_before
from app.ingest.people.given_names import gender_of_name, is_common_word_not_name
from app.ingest.people.introduction_descriptions import described_otherwise
from app.ingest.people.kinds import classify
from app.ingest.people.lead_roles import lead_role
from app.ingest.people.mention_roles import role_words
from app.ingest.people.names import TITLE_ABBREVIATIONS, has_role_noun
from app.ingest.people.nationalities import is_nationality_noun
from app.ingest.people.plural_surnames import plural_noun_name
from app.ingest.people.plural_titles import plural_title_before
from app.ingest.people.registry import Person, Registry, gender_of_role
from app.ingest.people.role_bodies import bodies_agree
from app.ingest.people.roles import OFFICE_TITLES, body_out_of_role, has_title, split_role

__all__ = ["resolve", "unnamed_antecedent"]


_CONGRESS_TITLES = ("rep", "sen", "senator", "representative", "congressman", "congresswoman")
_PARTY_TAG = re.compile(r"\b[DRI]-[A-Z][A-Za-z.]{1,12}")


_GENERIC_OWNER = re.compile(
    r"\b(?:the|its|their)\s+(?:company|firm|group|bank|agency|startup|start-up|carrier|"
    r"lender|insurer|retailer|manufacturer|organi[sz]ation|institute|university|team|club)['’]s\s",
    re.IGNORECASE,
)
# "the National Institute on Drug Abuse", "Doctors for Camp Closure": capitalised words
# right after a capitalised word and "on"/"for"/"against" end an organisation's name.
# A given name of two romanised syllables joined by a hyphen ("Ji-ho", "Jae-in", "Hye-jin").
_SYLLABIC_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,4}")
_ORGANISATION_HEAD = re.compile(r"\b[A-Z][\w'’&-]*\s+(?:on|for|against)\s+(?:the\s+)?$")


def _holds(person: Person | None, noun: str) -> bool:
    """Whether ``person``'s known role holds the role noun ``noun``'s last word."""
    if person is None or not person.role or not noun:
        return False
    return noun.lower().rsplit(" ", 1)[-1] in person.role.lower().replace("-", " ").split()


_DETERMINER = re.compile(r"^\s*(?:the|our|this)\s+", re.IGNORECASE)
_PERSONAL_DETERMINER = re.compile(r"(?:its|his|her|their)\s", re.IGNORECASE)


# "company spokesman", "firm spokeswoman": the job of someone speaking for a company
_COMPANY_JOB = re.compile(r"(?:company|firm|corporate)\s+spokes", re.IGNORECASE)
# "Institute Director": a capitalised word for the body, then the job; a fuller phrase
# naming the body replaces it.
_BARE_WORD_DIRECTOR = re.compile(r"[A-Z][a-z]+ Director")
# "Former Defense Minister X": the title before the name is one the person held.
_FORMER_ROLE = re.compile(r"^(?:former|ex-|retired|one-time|onetime)\b", re.IGNORECASE)


def _capitalised_title(phrase: str) -> bool:
    """Whether the role phrase ends in a capitalised title word ("The President"), not an
    acronym ("the MP") nor a lower-case noun after a capitalised modifier."""
    word = phrase.partition(" of ")[0].rsplit(" ", 1)[-1]
    return word[:1].isupper() and word[1:].islower()


def _same_body(phrase: str, person: Person) -> bool:
    """Whether the title's "of" body is the person's known organisation ("Head of the
    Academy, Ann Lee" … "the President of the Academy said"): the same post in other
    words."""
    body = phrase.partition(" of ")[2].lower().removeprefix("the ").strip()
    organisation = (person.organization or "").lower().removeprefix("the ").strip()
    return bool(body and organisation) and (body in organisation or organisation in body)


def resolve(
    registry: Registry,
    mention: Mention,
    context: str,
    *,
    create: bool = True,
    before: str = "",
    text: str = "",
    narration: str = "",
) -> Person | None:
    """The person ``mention`` refers to; a full name creates one when ``create``.
    ``before`` is the text before the mention, where "the company's" finds the company;
    ``text`` is the article's text and ``narration`` the same with its quotes masked, where
    a pronoun between a name and ``mention`` links them."""
    person: Person | None
    if mention.kind == "name" and object_of_relative(before):
        return None  # "Police who stopped Hal Brook said": Brook is the clause's object
    if mention.kind == "pronoun":
        pronoun = mention.noun or ""
        candidate = registry.by_pronoun(pronoun, assign=False)
        named = registry.named_since(candidate, pronoun, mention.start, text, narration)
        if named is not None and create:
            # "I thought of Ann Lee. … “…,” she replied.": the name given since the last
            # person mentioned, with the pronoun's gender, is who is meant.
            name = " ".join(named)
            person = registry.by_full_name(name) or registry.add(name, named, None)
            if person.role is None and person.organization is None:
                person.kind = classify(None, None, context)
        else:
            person = registry.by_pronoun(pronoun)
    elif mention.kind == "role":
        nationality = mention.noun if is_nationality_noun(mention.noun or "") else None
        decided, person = (
            registry.by_described_role(
                mention.noun or "",
                mention.qualifier,
                possessive=mention.possessive,
                personal=bool(text and _PERSONAL_DETERMINER.match(text, mention.start)),
            )
            if not nationality
            else (False, None)
        )
        if not decided:
            person = (
                None if nationality else registry.by_role_noun(mention.noun or "", mention.start)
            )
        stance: list[str] | None = None
        tied = 0
        noted = False
        if nationality is not None:
            # "Rafael Nadal of Spain beat … “…,” the Spaniard said.": the one person the
            # text tied to that state; with two, nobody
            stance, tied = registry.by_nation(nationality, mention.start)
        if nationality is None and not _holds(person, mention.noun or ""):
            # "Ann Lee is the finance minister. … “…,” the minister said.": the one person
            # a sentence or the headline gave the job, no one known holding it
            stance = registry.noted_holder(mention.noun or "")
            noted = stance is not None
        if person is None and stance is None and tied == 0:
            stance = registry.stance_subject(mention.start, text, nationality=nationality)
        if stance is not None and create:
            # "Ines Roth praised the squad's spirit. … “…,” the Basel coach said.": no one
            # known holds the job, and the name just before took a stance.
            name = " ".join(stance)
            person = registry.by_full_name(name) or registry.add(name, stance, None)
            phrase = _DETERMINER.sub("", text[mention.start : mention.end]) if text else ""
            if (
                person.role is None
                and person.organization is None
                and phrase
                and not nationality
                and not noted  # the job as the sentence noted it is read below
            ):
                # the job the role noun gives them ("the Basel coach": coach, Basel)
                person.role, person.organization = split_role(phrase)
            person.kind = classify(person.role, person.organization, context)
        phrase = _DETERMINER.sub("", text[mention.start : mention.end]) if text else ""
        if (
            person is not None
            and nationality is None
            and _capitalised_title(phrase)
            and person.role
            and not registry.job_fits(person, mention.noun or "")
            and not _same_body(phrase, person)
        ):
            # "Ann Lee, the head of the trade council, … The President said": a
            # capitalised office title is no one whose known job is another
            person = None
        if (
            person is not None
            and person.organization
            and mention.possessive
            and not bodies_agree(mention.qualifier, f"{person.role or ''} {person.organization}")
        ):
            person = None  # "the director of the Institute of History": not the Hermitage's
        sole = registry.sole_person_without_job() if nationality is None and text else None
        if (
            sole is not None
            and person in (None, sole)
            and described_otherwise(text, sole.name, mention.noun or "")
        ):
            # "Ann Lee reports for the Foo Post. The Chancellor said": the one person
            # named was described as someone else than the office; nobody is meant
            person = None
            sole = None
        if sole is not None and person in (None, sole) and create and has_role_noun(phrase):
            # "Marat Dosov said … The minister added that …": the only person named,
            # with no job known, is the one the role noun means, and has that job
            person = sole
            # the job the headline or a sentence noted for them ("President Amos
            # Kirui visits port" … "the head of state said") says it more exactly
            noted_job = registry.noted_role(person.surname)
            person.role, person.organization = split_role(noted_job or phrase)
            person.kind = classify(person.role, person.organization, context)
    elif mention.full:
        # "T. Novak predicted" after "Tomas Novak told the radio": the initial's holder
        person = registry.by_full_name(mention.name) or registry.by_initial(mention.words)
        if person is None:
            person = _initialled_form(registry, mention)
        if person is None:
            if not create or _ORGANISATION_HEAD.search(before):
                return None
            if plural_noun_name(mention.words):
                return None  # "Highway Roads said": a plan's or a body's name, nobody
            if is_common_word_not_name(mention.words[0]) and not _SYLLABIC_GIVEN_NAME.fullmatch(
                mention.words[1]
            ):
                # "… All the Money You Will Ever Need": a title, nobody; but "Park Ji-ho",
                # "Moon Jae-in": a Korean surname that is an English word, then a given name
                return None
            first_named = registry.most_recent() is None
            person = registry.add(mention.name, mention.words, mention.honorific)
            person.kind = classify(None, None, context)
            own_job = role_words(mention, context)
            if first_named and text and (not own_job or split_role(own_job) == (None, None)):
                # "The new head of the agency spoke on Monday. … Dana Reyes said": the
                # lead's job is the first person's the article names
                job = lead_role(text)
                if job is not None:
                    person.role, person.organization = split_role(job)
                    person.kind = classify(person.role, person.organization, context)
    else:
        person = registry.by_word(mention.words[-1]) if mention.words else None
        seen = registry.seen_name(mention.words[-1]) if person is None and mention.words else None
        if person is None and mention.words and mention.title and (seen is None or len(seen) < 2):
            # "Minister Serikow said" beside Minister Daulet Serikov: the same, misspelt
            person = registry.by_misspelled_surname(mention.words[-1], mention.title)
        if person is None and create and seen is not None:
            # "LeBron James scored 30. … “…,” James said.": the surname of a full name the
            # article used before without presenting anyone.
            name = " ".join(seen)
            person = registry.by_full_name(name) or registry.add(name, seen, mention.honorific)
            person.kind = classify(None, None, context)
            seen_title = registry.seen_title(mention.words[-1])
            if seen_title is not None and mention.title is None:
                mention.title = seen_title  # "President Trump … Trump said": the title holds
        if person is None and create and mention.words and (mention.honorific or mention.title):
            person = registry.add(mention.words[-1], mention.words, mention.honorific)
            person.kind = classify(None, None, context)
    if person is None:
        return None
    role_text = (
        # "Sens. Mike Dorn (R-UT), Ron Kell (R-WI) and Rick Sand": the list's plural title
        (plural_title_before(before) if mention.kind == "name" and mention.full else None)
        or role_words(mention, context)
        or registry.noted_role(person.surname)
    )
    if role_text and person.role is None and person.organization is None:
        role, organization = split_role(role_text)
        fallback = mention.pre_role or mention.title
        if role is None and organization is None and fallback and fallback != role_text:
            # "Wild defenseman Ryan Suter, who joked about ...": the clause says no job,
            # the title before the name does.
            role, organization = split_role(fallback)
        if mention.owner and (organization is None or organization.islower()):
            organization = mention.owner  # "NASA's Steve Clarke, deputy administrator"
        if organization is None and _GENERIC_OWNER.search(role_text):
            # "X reported a loss. …, said Ann Lee, the company's chief operating officer":
            # the company is the one named just before; but after "Harbor Foods bought Kiel
            # Bank." either may be meant, and neither is taken.
            bodies = bodies_before(registry, before)
            if len(bodies) < 2:
                organization = organisation_before(registry, before)
        if (
            organization is not None
            # "a lawyer for Petrov": a job done for someone; not "the Ice Hawks", nor the
            # body before a job ("Ice Hawks forward")
            and _after_for_of_to(organization, role_text)
            and _names_someone(registry, organization, person)
        ):
            organization = None  # "a lawyer for Petrov": the client, no employer
        company_job = bool(role and _COMPANY_JOB.match(role))
        if role and organization and _COMPANY_JOB.match(f"{organization} {role}"):
            # "Company spokesman Dan Ruiz said" opening a sentence: the capital is the
            # sentence's, the word is no company's name; read as "company spokesman"
            role, organization, company_job = f"{organization.lower()} {role}", None, True
        if organization is None and company_job:
            # "Although Veltrix heard from owners, company spokesman Dan Ruiz said"
            organization = company_in_sentence(registry, before)
            if organization is not None and _COMPANY_JOB.match(f"{organization} spokes"):
                organization = None  # the sentence's own first word, "Company"
            organization = organization or sole_body_before(registry, before)
        if organization is None and wants_company(role):
            # "Carver Steel will close a plant. “…,” CEO Linda Foster said.": the one
            # company named just before.
            organization = sole_body_before(registry, before)
        moved = body_out_of_role(role, organization)
        if moved is not None and organization is not None and " " not in organization:
            role, organization = moved  # "Latvia's Foreign Ministry spokesperson"
        if role is not None and role.lower() in TITLE_ABBREVIATIONS:
            role += "."  # "Sen. Ann Lee": the abbreviation as written, its dot kept
        person.role = role
        person.organization = organization
        if person.gender is None:
            person.gender = gender_of_role(role)
        if role or organization:
            person.kind = classify(role, organization, context)
    elif role_text and person.organization is not None and person.organization.islower():
        # "director for games at the tech giant", later "director for games at Google":
        # a named organisation replaces a description of one.
        _, organization = split_role(role_text)
        if organization is not None and organization[:1].isupper():
            person.organization = organization
    elif role_text and person.organization is None and person.role:
        # "Institute Director Mara Lind" first, later "Mara Lind, director of the Bay Marine
        # Institute": the fuller apposition names the body of the same job
        role, organization = split_role(role_text)
        if (
            role
            and organization
            and organization[:1].isupper()
            and role.split()[-1].lower() == person.role.split()[-1].lower()
            and not _names_someone(registry, organization, person)  # "an attorney for Miller"
            # "Company spokesman Dan Ruiz" read again: the sentence's capital, no body
            and not _COMPANY_JOB.match(f"{organization} {role}")
        ):
            person.organization = organization
            if _BARE_WORD_DIRECTOR.fullmatch(person.role):
                person.role = role
            person.kind = classify(person.role, organization, context)
    elif not role_text and mention.owner and person.role is None and person.organization is None:
        # "Serbia's Novak Djokovic said", "NASA's Steve Clarke said": the owner before the
        # name is the body the person belongs to, with no job named.
        person.organization = mention.owner
        person.kind = classify(None, mention.owner, context)
    if (
        mention.title
        and has_title(mention.title.lower(), OFFICE_TITLES)
        and not _FORMER_ROLE.match(person.role or "")
    ):
        person.kind = "official"  # "Senator X, a member of the committee"
    if (
        person.organization is None
        and has_title((person.role or mention.title or "").lower(), _CONGRESS_TITLES)
        and _PARTY_TAG.search(context)
    ):
        # "Rep. Ilhan Omar (D-Minn.)": a party and state tag names a member of the U.S.
        # Congress; the gold convention gives an official's country as the organisation.
        person.organization = "U.S."
    person.last_at = max(person.last_at, mention.start)
    return registry.touch(person)


def _initialled_form(registry: Registry, mention: Mention) -> Person | None:
    """ "Tomas Novak" after "T. Novak said": the person known by the initial and the
    surname gets the full name (one person, one slug); None when there is none."""
    if len(mention.words) < 2 or not mention.words[0][:1].isupper():
        return None
    initialled = registry.by_full_name(f"{mention.words[0][0]} {mention.words[-1]}")
    if initialled is None or len(initialled.words) != 2 or len(initialled.words[0]) > 2:
        return None
    return registry.rename(initialled, mention.name, mention.words)


# "Police who stopped", "the firm that hired", "the union which represents": a relative
# clause whose verb the name right after it is the object of.
_RELATIVE_VERB_BEFORE = re.compile(
    r"\b(?:who|that|which|whom)\s+(?:(?:had|has|have|also|later|first|once|reportedly)\s+)?"
    r"(?P<verb>[a-z]{3,})\s+$"
)
_COPULAS = frozenset({"was", "were", "are", "is", "been", "became", "becomes", "remains"})


def object_of_relative(before: str) -> bool:
    """Whether ``before`` (the text up to a name) ends in a relative pronoun and a verb:
    "Police who stopped [Hal Brook] said", "the officer who arrested [Hal Brook]"; the
    name is the object of the clause, not the subject of the verb after it nor the person
    the clause describes.  A copula ("the winner, who was Ann Lee") or a word that is no
    verb ("that only Ann Lee") leaves the name alone."""
    found = _RELATIVE_VERB_BEFORE.search(before[-80:])
    if found is None or found.group("verb") in _COPULAS:
        return False
    lemmas = getAllLemmas(found.group("verb"))
    return "VERB" in lemmas and "ADV" not in lemmas and "ADP" not in lemmas


# "a lawyer for", "an adviser to": a static pattern, the name compared after it (a pattern
# built per name would be compiled again for every person: re's cache holds 512).
_FOR_OF_TO = re.compile(r"\b(?:for|of|to)\s+")


def _after_for_of_to(organization: str, role_text: str) -> bool:
    """Whether ``role_text`` has "for", "of" or "to" right before ``organization``."""
    return any(
        role_text.startswith(organization, found.end()) for found in _FOR_OF_TO.finditer(role_text)
    )


def _names_someone(registry: Registry, organization: str, person: Person) -> bool:
    """Whether ``organization`` is someone else the article named: "Ivan Petrov" (a given
    name and a surname, introduced or seen as a name), or "Petrov" alone."""
    words = organization.split()
    if len(words) == 1:
        other = registry.by_word(organization)
        if other is None:
            # "Viktor Petrov was detained. … a lawyer for Petrov": named, never quoted
            seen = registry.seen_name(organization)
            return seen is not None and gender_of_name(seen[0]) is not None
        return other is not person
    if gender_of_name(words[0]) is None:
        return False  # "the Ice Hawks", "Carver Steel": a body's name
    other = registry.by_full_name(organization)
    if other is not None:
        return other is not person
    return registry.seen_name(words[-1]) == words


UNNAMED_REACH = 600  # characters looked back for an unnamed "one expert"


def unnamed_antecedent(masked: str, noun: str, at: int) -> bool:
    """Whether "the <noun>" at ``at`` refers back to someone the article never named:
    '“…,” said one legal expert. “…,” the expert warned.'  An indefinite "a/an/one/another
    (…) <noun>" shortly before, with no name after it, introduced an unnamed person, who
    is the nearest antecedent; the last named person is not."""
    window = masked[max(0, at - UNNAMED_REACH) : at]
    pattern = r"\b(?:a|an|one|another)\s+(?:[a-z][\w-]*\s+){0,2}" + re.escape(noun.lower()) + r"\b"
    found = None
    for found in re.finditer(pattern, window, re.IGNORECASE):  # noqa: B007 (the last one)
        continue
    if found is None:
        return False
    # "Ann Lee, an economist", "Lee is an economist", "an economist, Ann Lee,", "an
    # economist at Barclays, Ann Lee,": named.
    return (
        _NAME_AFTER.match(window, found.end()) is None
        and _NAME_AFTER_JOB.match(window, found.end()) is None
        and _NAMED_BEFORE.search(window, 0, found.start()) is None
    )


_NAME = r"(?:[A-Z][\w'’-]+\s+)+[A-Z]"
_NAME_AFTER = re.compile(r",?\s+" + _NAME)
# The rest of the job ("at Barclays", "with the Harbor Bank"), then the name set off by a
# comma: the name is an apposition to the whole role phrase.
_NAME_AFTER_JOB = re.compile(
    r"\s+(?:at|of|with|for|from|in|on)\s+[^,.;:!?“”\"«»()]{1,80}?,\s+" + _NAME
)
_NAMED_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*,|\b(?:is|was|as|became|remains|served as))\s+$")
