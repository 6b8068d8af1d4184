from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from tests.cli.helpers import run_cli
from tests.conftest import Store

GOOD = """---
published_on: 2023-03-01
source: Test Times
---
Markets brace for rate rise

Jane Doe, an economist at Example Bank, says:

– Inflation is not going away on its own.
"""

NO_DATE = """Rates on hold

“We will wait and see,” said John Roe, a strategist at Fund House.
"""


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "nested").mkdir()
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "nested" / "undated.txt").write_text(NO_DATE, encoding="utf-8")
    (tmp_path / "nested" / "broken.txt").write_text("---\ntitle: [\n---\nx\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "ignored.md").write_text("not an article", encoding="utf-8")
    return tmp_path


def test_folder_with_good_and_bad_files(store: Store, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    url = store.settings.database_url
    result = run_cli("ingest", str(folder), url=url)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    failures = [line for line in result.stderr.splitlines() if line.startswith("FAILED")]
    assert len(failures) == 3
    assert any("broken.txt" in line and "YAML" in line for line in failures)
    assert any("binary.txt" in line and "UTF-8" in line for line in failures)
    assert any("undated.txt" in line and "published_on" in line for line in failures)
    assert result.stdout.strip().splitlines()[-1].startswith("stored: 1, unchanged: 0, failed: 3")

    with store.client() as client:
        articles = client.get("/v1/articles").json()
        assert articles["total"] == 2
        doe = client.get("/v1/experts/jane-doe").json()
        assert doe["organization"] == "Example Bank"

    dated = run_cli(
        "ingest", "--published-on", "2023-04-02", "--source", "Wire", str(folder), url=url
    )
    assert dated.returncode == 1
    assert "stored: 1, unchanged: 1, failed: 2" in dated.stdout
    with store.client() as client:
        item = client.get("/v1/articles", params={"limit": 100}).json()["items"]
        undated = next(a for a in item if a["title"] == "Rates on hold")
        assert (undated["published_on"], undated["source"]) == ("2023-04-02", "Wire")


def test_all_good_exits_zero_and_missing_path_fails(store: Store, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    url = store.settings.database_url
    ok = run_cli("ingest", str(tmp_path / "good.txt"), url=url)
    assert ok.returncode == 0, ok.stderr
    assert "stored: 1" in ok.stdout
    missing = run_cli("ingest", str(tmp_path / "absent.txt"), url=url)
    assert missing.returncode == 1
    assert "absent.txt: no such file or folder" in missing.stderr


def test_keys_create_list_revoke(store: Store, write_client: TestClient) -> None:
    url = store.settings.database_url
    created = run_cli("keys", "create", "analyst", url=url)
    assert created.returncode == 0, created.stderr
    key = created.stdout.strip().splitlines()[-1]
    headers = {"Authorization": f"Bearer {key}"}
    body = {"text": GOOD.split("---\n", 2)[2], "published_on": "2023-03-01"}
    assert write_client.post("/v1/articles/preview", json=body, headers=headers).status_code == 200

    listed = run_cli("keys", "list", url=url)
    assert "analyst\tactive" in listed.stdout
    assert key not in listed.stdout
    duplicate = run_cli("keys", "create", "analyst", url=url)
    assert duplicate.returncode == 1
    assert len(duplicate.stderr.strip().splitlines()) == 1

    assert run_cli("keys", "revoke", "analyst", url=url).returncode == 0
    assert "analyst\trevoked" in run_cli("keys", "list", url=url).stdout
    assert write_client.post("/v1/articles/preview", json=body, headers=headers).status_code == 401


def _data_version(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT version FROM data_version").scalar_one())


def test_ingest_moves_the_data_version_only_when_it_stores_something(
    store: Store, tmp_path: Path
) -> None:
    # Caches and ETags key on the data version: a batch that stores articles must move
    # it (once, outside the articles' savepoints), a batch that stores nothing must not.
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "two.txt").write_text(GOOD.replace("Jane Doe", "Janet Roe"), encoding="utf-8")
    url = store.settings.database_url
    before = _data_version(store)
    assert run_cli("ingest", str(tmp_path), url=url).returncode == 0
    after = _data_version(store)
    assert after > before
    again = run_cli("ingest", str(tmp_path), url=url)
    assert "stored: 0, unchanged: 2, failed: 0" in again.stdout
    assert _data_version(store) == after


def test_the_same_text_twice_in_one_run_is_stored_once(store: Store, tmp_path: Path) -> None:
    # Which texts are stored is asked once per batch: a copy later in the same batch must
    # still be read back as the article its first copy just wrote, not written again.
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "c.txt").write_text(GOOD.replace("Jane Doe", "Janet Roe"), encoding="utf-8")
    result = run_cli("ingest", str(tmp_path), url=store.settings.database_url)
    assert result.returncode == 0, result.stderr
    assert "stored: 2, unchanged: 1, failed: 0" in result.stdout
    with store.client() as client:
        assert client.get("/v1/articles").json()["total"] == 3  # the seed's and these two
