"""Jobs outside the vocabulary before a name (made-up sentences): an agent noun opening
the sentence ("Popularizer of astronautics", "Campaigner") is the person's job and no part
of their name.  "His colleague"
is a tie to someone else, no job of one's own: the role stays empty (the colleague's job
is not copied, since the article may not say whose colleague)."""

from __future__ import annotations

import pytest

from app.ingest.people.open_class_roles import opens_with_agent
from tests.ingest.parsing import parse_body, role_org_by_slug


@pytest.mark.parametrize(
    ("body", "slug", "expected"),
    [
        (
            "Popularizer of astronautics Vitaly Egorov said the launch was a success.",
            "vitaly-egorov",
            ("Popularizer of astronautics", None),
        ),
        ("Campaigner Ann Lee said the park must stay open.", "ann-lee", ("Campaigner", None)),
        (
            "Cosmonaut Oleg Kononenko said the station was in good shape.",
            "oleg-kononenko",
            ("Cosmonaut", None),
        ),
        pytest.param(
            "Theatre critic Marina Davydova said the play was weak.",
            "marina-davydova",
            ("theatre critic", None),
            marks=pytest.mark.xfail(
                strict=True,
                reason="'critic' is no listed job: 'a fierce critic of the dictator' is a tie",
            ),
        ),
        (
            "His colleague Tatyana Pozdnyakova said the report was late.",
            "tatyana-pozdnyakova",
            (None, None),
        ),
    ],
)
def test_a_job_outside_the_vocabulary_before_the_name(
    body: str, slug: str, expected: tuple[str | None, str | None]
) -> None:
    assert role_org_by_slug(parse_body(body))[slug] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Hunter Biden said the report was late.",
        "Carter Page said the report was late.",
        "Parker Lewis Jones said the report was late.",
    ],
)
def test_a_given_name_shaped_like_a_job_stays_the_name(body: str) -> None:
    people = parse_body(body).people
    assert [(p.name, p.role) for p in people] == [(body.split(" said")[0], None)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Popularizer of astronautics", True),
        ("Campaigner", True),
        ("Restorer", True),
        ("Winter of discontent", False),
        ("Center for Policy", False),
        ("Hunter", False),
        ("Campaigner for Acme Robotics", True),
        ("Summer", False),
    ],
)
def test_an_opening_agent_noun(phrase: str, *, expected: bool) -> None:
    assert opens_with_agent(phrase) is expected
