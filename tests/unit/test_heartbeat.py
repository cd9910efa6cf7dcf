"""Beat's heartbeat file: fresh, stale, missing, garbled."""

from __future__ import annotations

from pathlib import Path

from pacts_farm.farm import heartbeat


def test_heartbeat_fresh_is_alive_and_stale_is_not(tmp_path: Path) -> None:
    path = heartbeat.path_in(tmp_path / "home")
    heartbeat.write(path, 1000.0)
    assert heartbeat.problem(path, now=1030.0, max_age_s=90) is None
    stale = heartbeat.problem(path, now=1100.0, max_age_s=90)
    assert stale is not None and "100 s ago" in stale and "stuck or gone" in stale
    heartbeat.write(path, 1095.0)  # the next pass replaces it
    assert heartbeat.problem(path, now=1100.0, max_age_s=90) is None
    assert [p.name for p in path.parent.iterdir()] == [heartbeat.FILE_NAME]  # no partial file left behind


def test_heartbeat_missing_or_garbled_is_not_alive(tmp_path: Path) -> None:
    path = heartbeat.path_in(tmp_path)
    missing = heartbeat.problem(path, now=0.0)
    assert missing is not None and "no heartbeat" in missing
    path.write_text("yesterday")
    garbled = heartbeat.problem(path, now=0.0)
    assert garbled is not None and "not a time" in garbled
