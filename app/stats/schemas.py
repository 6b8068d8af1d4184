from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field


class TimelinePoint(BaseModel):
    """Statements in one period."""

    period_start: dt.date = Field(
        description="First day of the period (a Monday for weeks).", examples=["2022-01-10"]
    )
    count: int = Field(description="Statements matching the filter in it.", examples=[1])
