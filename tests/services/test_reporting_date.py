"""The reporting date chooses the law: --as-of, else the open round's reporting date, else today."""

from __future__ import annotations

from datetime import date

import pytest

from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.reporting import parse_day, reporting_date
from dvc_desktop.store import models

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server


def test_as_of_wins_then_the_open_round_then_today(context):
    with context.transaction() as session:
        assert reporting_date(session, date(2026, 6, 15)).rules.code == "ND42-2022"
        chosen = reporting_date(session, date(2026, 6, 15), as_of=date(2026, 7, 5))
        assert (chosen.day, chosen.source, chosen.rules.code) == (date(2026, 7, 5), "as_of", "ND224-2026")
        session.add(models.Round(name="Đợt 1", basis="CV 1", opened_on=date(2026, 6, 1), deadline=date(2026, 6, 30),
                                 state="open", reporting_date=date(2026, 6, 30)))
        session.flush()
        from_round = reporting_date(session, date(2026, 7, 5))
        assert (from_round.day, from_round.source, from_round.rules.code) == (date(2026, 6, 30), "round", "ND42-2022")
        assert reporting_date(session, date(2026, 7, 5), as_of=date(2026, 7, 1)).rules.code == "ND224-2026"


@pytest.mark.parametrize("text, day", [("05/07/2026", date(2026, 7, 5)), ("5/7/2026", date(2026, 7, 5)),
                                       (" 2026-07-05 ", date(2026, 7, 5))])
def test_dates_as_an_office_types_them(text, day):
    assert parse_day(text) == day


@pytest.mark.parametrize("text", ["31/02/2026", "hôm nay", "2026-13-01", "1/2"])
def test_a_wrong_date_is_refused_in_vietnamese(text):
    with pytest.raises(InvalidRequest, match="Ngày báo cáo .* không phải một ngày"):
        parse_day(text)
