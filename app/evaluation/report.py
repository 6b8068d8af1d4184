"""The figures of an evaluation as text for people or as JSON for programs."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from app.evaluation.calibration import by_rule, calibration
from app.evaluation.run import Evaluation
from app.evaluation.scoring import Counts, by_genre, iter_outcomes, totals

_LABEL_WIDTH = 52


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.2f}" if whole else f"{part}/{whole} = –"


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def genre_gap(evaluation: Evaluation) -> float | None:
    """Attributed recall of translations minus that of web news, when both are scored."""
    genres = by_genre(evaluation.scores)
    if "translation" not in genres or "web" not in genres:
        return None
    translation = genres["translation"].figures()["attributed_recall"]
    web = genres["web"].figures()["attributed_recall"]
    return None if translation is None or web is None else translation - web


def skipped_message(evaluation: Evaluation) -> str | None:
    if not evaluation.skipped:
        return None
    return (
        f"skipped {len(evaluation.skipped)} gold article(s): corpus directory "
        f"{evaluation.missing_corpus} not found (pass --corpus DIR)"
    )


def _totals_lines(counts: Counts) -> list[str]:
    figures = counts.figures()
    return [
        "gold statements stored with the right speaker (attributed recall): "
        + _ratio(counts.attributed, counts.gold_statements),
        "gold statements found, any speaker: " + _ratio(counts.found, counts.gold_statements),
        "stored statements that are right (speaker and span): "
        + _ratio(counts.right, counts.parsed_statements),
        f"speakers: precision {_ratio(counts.speakers_matched, counts.parsed_speakers)}, "
        f"recall {_ratio(counts.speakers_matched, counts.gold_speakers)}, "
        f"F1 {_figure(figures['speaker_f1'])}",
        f"role recall {_ratio(counts.roles_right, counts.roles)}; organisation recall "
        f"{_ratio(counts.organizations_right, counts.organizations)}",
        "role and organisation recall (speakers with either): "
        + _ratio(counts.role_org_right, counts.role_org),
        "person kind right (paired speakers): " + _ratio(counts.kinds_right, counts.kinds),
        "statement kind right (attributed statements): "
        + _ratio(counts.statement_kinds_right, counts.attributed),
    ]


def render_text(evaluation: Evaluation, *, split: str, misses: bool = True) -> str:
    lines: list[str] = []
    scores = evaluation.scores
    lines.append(f"{len(scores)} gold article(s) scored (split: {split})")
    if scores:
        lines.append("")
        lines.append(
            f"{'article':<{_LABEL_WIDTH}} {'genre':<11} {'attributed':>10} {'found':>7} "
            f"{'right':>9} {'speakers':>9}"
        )
        for score in scores:
            c = score.counts
            label = score.label
            if len(label) > _LABEL_WIDTH:
                label = label[: _LABEL_WIDTH - 1] + "…"
            lines.append(
                f"{label:<{_LABEL_WIDTH}} {score.genre or '-':<11} "
                f"{f'{c.attributed}/{c.gold_statements}':>10} {c.found:>7} "
                f"{f'{c.right}/{c.parsed_statements}':>9} "
                f"{f'{c.speakers_matched}/{c.gold_speakers}':>9}"
                + (f"  ERROR {score.error}" if score.error else "")
            )
        lines.append("")
        lines.append("Totals")
        lines.extend("  " + line for line in _totals_lines(totals(scores)))
        lines.append("")
        lines.append("Attributed recall by genre")
        for genre, counts in sorted(by_genre(scores).items()):
            lines.append(f"  {genre:<12} {_ratio(counts.attributed, counts.gold_statements)}")
        gap = genre_gap(evaluation)
        if gap is not None:
            lines.append(f"  translations minus web: {gap:+.2f}")
        lines.append("")
        lines.append("Calibration: parsed statements per attribution confidence band")
        lines.append(f"  {'band':<14} {'statements':>10} {'right':>6} {'accuracy':>9}")
        for band in calibration(iter_outcomes(scores)):
            lines.append(
                f"  {band.label:<14} {band.statements:>10} {band.right:>6} "
                f"{_figure(band.accuracy):>9}"
            )
        lines.append("")
        lines.append("Per attribution rule (its prior in app/ingest/evidence.py is set from this)")
        lines.append(
            f"  {'rule':<24} {'statements':>10} {'right':>6} {'accuracy':>9} {'confidence':>11}"
        )
        for tally in by_rule(iter_outcomes(scores)):
            lines.append(
                f"  {tally.rule:<24} {tally.statements:>10} {tally.right:>6} "
                f"{_figure(tally.accuracy):>9} {_figure(tally.confidence):>11}"
            )
        if misses:
            lines.append("")
            lines.append("Misses")
            for score in scores:
                if not score.misses and not score.error:
                    continue
                lines.append(f"  {score.label}")
                if score.error:
                    lines.append(f"    error: {score.error}")
                for miss in score.misses:
                    lines.append(f"    {miss.what}: {miss.detail}")
    message = skipped_message(evaluation)
    if message:
        lines.append("")
        lines.append(message)
    return "\n".join(lines)


def _block(counts: Counts) -> dict[str, Any]:
    return {"counts": asdict(counts), "figures": counts.figures()}


def render_json(evaluation: Evaluation, *, split: str) -> dict[str, Any]:
    scores = evaluation.scores
    return {
        "split": split,
        "articles": [
            {
                "article": score.label,
                "genre": score.genre,
                **_block(score.counts),
                "misses": [asdict(miss) for miss in score.misses],
                "error": score.error,
            }
            for score in scores
        ],
        "total": _block(totals(scores)),
        "by_genre": {genre: _block(c) for genre, c in sorted(by_genre(scores).items())},
        "genre_gap": genre_gap(evaluation),
        "calibration": [
            {"band": b.label, "statements": b.statements, "right": b.right, "accuracy": b.accuracy}
            for b in calibration(iter_outcomes(scores))
        ],
        "rules": [
            {
                "rule": t.rule,
                "statements": t.statements,
                "right": t.right,
                "accuracy": t.accuracy,
                "confidence": t.confidence,
            }
            for t in by_rule(iter_outcomes(scores))
        ],
        "skipped": evaluation.skipped,
        "message": skipped_message(evaluation),
    }
