"""Server-side charts: one bar per period with data, empty months as gaps, long spans by year."""

from __future__ import annotations

import re

from app.explore.charts import MAX_MONTHS, Period, bar_chart, month_periods


def test_months_between_the_first_and_last_are_filled_with_zero() -> None:
    periods = month_periods({"2021-11": 2, "2022-02": 3})
    assert periods == [
        Period("2021-11", 2),
        Period("2021-12", 0),
        Period("2022-01", 0),
        Period("2022-02", 3),
    ]


def test_a_span_too_long_for_months_is_drawn_by_year() -> None:
    periods = month_periods({"0001-01": 1, "9999-12": 2, "9999-01": 1})
    assert periods == [Period("0001", 1), Period("9999", 3)]
    assert len(month_periods({"2000-01": 1, "2019-12": 1})) == MAX_MONTHS


def test_the_chart_has_axes_labels_and_a_bar_per_period_with_data() -> None:
    svg = str(bar_chart(month_periods({"2021-11": 2, "2022-02": 7}), "Statements <per> month"))
    bars = re.findall(r'<rect class="bar" data-period="([^"]+)" data-count="(\d+)"', svg)
    assert bars == [("2021-11", "2"), ("2022-02", "7")]
    assert '<title id="chart-title">Statements &lt;per&gt; month</title>' in svg
    assert ">Month</text>" in svg
    assert ">Nov 2021</text>" in svg
    assert re.findall(r'class="y-label"[^>]*>(\d+)<', svg) == ["0", "2", "4", "6", "8"]


def test_no_data_is_a_sentence_not_an_empty_chart() -> None:
    assert "No statements" in str(bar_chart([], "Nothing"))
