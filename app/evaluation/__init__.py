"""Measuring the parser against hand-annotated gold (issue 10): ``commentariat eval``.

:mod:`.gold` reads and checks gold files, :mod:`.matching` decides whether two names or
roles refer to the same thing, :mod:`.scoring` compares one parse with its gold,
:mod:`.calibration` bins statements by attribution confidence, :mod:`.run` ties them to
the real parser and :mod:`.report` prints the figures.
"""
