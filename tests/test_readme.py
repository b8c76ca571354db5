"""The README's commands work as written, in a new shell, from a fresh clone."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
ACTIVATE = "source .venv/bin/activate"


def shell_blocks() -> list[list[str]]:
    """Each ```bash block of the README as its commands, comments dropped."""
    blocks = re.findall(r"```bash\n(.*?)```", README, flags=re.DOTALL)
    return [[line.split("#")[0].strip() for line in b.splitlines() if line.strip()] for b in blocks]


def test_the_readme_opens_with_the_tour_and_the_tests() -> None:
    assert shell_blocks()[0] == ["bash scripts/tour", "bash scripts/test"]


def test_every_bare_mathlings_in_the_readme_comes_after_activating_the_environment() -> None:
    blocks = [b for b in shell_blocks() if any("mathlings" in c for c in b)]
    assert blocks
    for block in blocks:
        active = False
        for command in block:
            active = active or command.startswith(ACTIVATE)
            for step in re.split(r"&&|;|\|\|?", command):
                if step.strip().startswith("mathlings"):
                    assert active, f"`{command}` needs `{ACTIVATE}` before it in a new shell"


@pytest.mark.skipif(not (ROOT / ".venv/bin/activate").exists(), reason="no .venv set up here")
def test_after_the_readmes_activation_mathlings_runs_in_a_new_shell(tmp_path: Path) -> None:
    script = f"cd {ROOT} && {ACTIVATE} && mathlings init {tmp_path / 'ws'} && cd {tmp_path / 'ws'}"
    script += " && mathlings list"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "LANG": os.environ.get("LANG", "C.UTF-8"),
    }
    done = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "drills passed in" in done.stdout
