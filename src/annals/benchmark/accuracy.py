"""Dispatch of `annals benchmark accuracy TASK` to the evaluation of each stage."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from annals.errors import ConfigurationError

#: task → (module, runner, formatter)
_TASKS: dict[str, tuple[str, str, str]] = {
    "ner": ("annals.benchmark.ner_eval", "run_ner_benchmark", "format_ner_report"),
    "time": ("annals.benchmark.time_eval", "run_time_benchmark", "format_time_report"),
    "events": ("annals.benchmark.events_eval", "run_events_benchmark", "format_events_report"),
    "stories": ("annals.benchmark.stories_eval", "run_stories_benchmark", "format_stories_report"),
}


def run_accuracy_benchmark(
    task: str, data: Path, language: str | None, limit: int | None, holdout: bool = False
) -> tuple[dict[str, Any], str]:
    """Run one task's evaluation; return its report and the report as text.

    ``holdout`` scores only the held-out part of a file the project also develops on
    (NER: every 10th sentence; time: the odd half of AQUAINT and of each XTN file; events:
    the 20% held-out split)."""
    if task not in _TASKS:
        raise ConfigurationError(f"unknown task {task!r}; choose one of: {', '.join(_TASKS)}")
    module_name, runner_name, formatter_name = _TASKS[task]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        raise ConfigurationError(
            f"the {task!r} accuracy benchmark is not available in this version of Annals"
        ) from error
    runner = getattr(module, runner_name)
    if task == "ner":
        if not language:
            raise ConfigurationError("benchmark accuracy ner needs --lang (e.g. --lang it)")
        report = runner(data, language, limit=limit, holdout=holdout)
    elif task == "time":
        report = runner(data, language=language, limit=limit, holdout=holdout)
    elif task == "events":
        split = "heldout" if holdout else "all"
        report = runner(data, language=language, limit=limit, split=split)
    else:
        if holdout:
            raise ConfigurationError(f"--holdout is not available for the {task!r} benchmark")
        report = runner(data, language=language, limit=limit)
    return report, getattr(module, formatter_name)(report)
