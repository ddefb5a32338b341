"""`section55 backup`, restored into a new database, and `section55 export-tracker`, run as an
administrator would: separate processes on real SQLite files."""

import csv
import io
import json
import subprocess
import sys


def section55(*args, data_dir, check=True):
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(data_dir),
        "SECTION55_ENV": "development",
        "SECTION55_DATA_DIR": str(data_dir),
    }
    result = subprocess.run(
        [sys.executable, "-m", "section55", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def counts(data_dir) -> dict:
    script = (
        "import json; from section55.reports.models import Finding, Report; "
        "from section55.publishing.models import PublishedDocument; "
        "from section55.tracking.models import TrackedItem; "
        "from section55.accounts.models import User; "
        "models = (Report, Finding, PublishedDocument, TrackedItem, User); "
        "print(json.dumps({m.__name__: m.objects.count() for m in models}))"
    )
    return json.loads(
        section55("shell", "-c", script, data_dir=data_dir).stdout.strip().splitlines()[-1]
    )


def test_a_backup_restores_into_a_new_database_with_everything(tmp_path):
    original, restored = tmp_path / "original", tmp_path / "restored"
    section55("demo", "--no-serve", data_dir=original)
    backup = tmp_path / "section55.json.gz"
    section55("backup", str(backup), data_dir=original)
    section55("migrate", "-v0", data_dir=restored)
    section55("loaddata", str(backup), data_dir=restored)
    assert counts(restored) == counts(original)
    assert counts(restored)["PublishedDocument"] > 0


def test_a_backup_never_overwrites_a_file(tmp_path):
    section55("migrate", "-v0", data_dir=tmp_path)
    existing = tmp_path / "kept.json.gz"
    existing.write_bytes(b"precious")
    result = section55("backup", str(existing), data_dir=tmp_path, check=False)
    assert result.returncode == 2
    assert "already exists" in result.stderr
    assert existing.read_bytes() == b"precious"


def test_the_tracker_exports_as_csv_and_xlsx_with_progress(tmp_path):
    section55("demo", "--no-serve", data_dir=tmp_path)
    result = section55("export-tracker", "--body", "norfolk", data_dir=tmp_path)
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:3] == ["Report", "Report published", "Finding"]
    assert len(rows) == 1 + 6  # five of the Soteria response, one of the late vetting response
    assert "exported 6 tracked item(s) of norfolk" in result.stderr
    xlsx = tmp_path / "tracker.xlsx"
    section55(
        "export-tracker",
        "--body",
        "norfolk",
        "--format",
        "xlsx",
        "-o",
        str(xlsx),
        data_dir=tmp_path,
    )
    assert xlsx.read_bytes().startswith(b"PK")
    unknown = section55("export-tracker", "--body", "atlantis", data_dir=tmp_path, check=False)
    assert unknown.returncode == 2 and "no policing body 'atlantis'" in unknown.stderr
