"""The kinds of check a drill's `check.py` is made of.

A drill's check.py defines `CHECKS`, a list of these, run in order; each is one named step of the
verdict, so a wrong step is pointed at even when later steps are right.

- `Call`: call a learner function on fixed edge cases and on generated inputs, compare with an
  oracle; a failure is shrunk to the smallest input and matched against the known mistakes. A
  crash is diagnosed too: the learner's line, and the edge case it happened on (edges.py).
- `Value`: a number or array the learner computed by hand and typed in; its right value may
  depend on the learner's other answers (`expected=lambda learner: ...`).
- `Behaviour`: anything else (a trajectory over a run, a rate that must diverge): a function of the
  learner that returns a Mismatch or None.
- `Pipeline`: a Call on the learner's functions composed, each stage on what the ones before gave.
- `Statistical`: a seeded test of samples at the drill's stated false-alarm rate (stats.Budget).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, runtime_checkable

import numpy as np
from hypothesis import HealthCheck, Phase, find, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from mathlings.checker.compare import Comparator, Mismatch, NotNumeric, as_array, close
from mathlings.checker.detect import Example, Raised, detect
from mathlings.checker.edges import check_edges, crashed_on_edge
from mathlings.checker.learner import (
    CallTimeout,
    ChangedInput,
    Learner,
    LearnerRaised,
    Missing,
    parse_signature,
)
from mathlings.checker.remote import LearnerGone
from mathlings.checker.rules import RuleBroken
from mathlings.checker.stats import Budget
from mathlings.checker.values import as_source
from mathlings.checker.verdict import GENERIC, Diagnosis

STUB_ERROR = NotImplementedError  # what a starter's stub raises until the learner writes it


def unwritten(raised: LearnerRaised) -> bool:
    return isinstance(raised.error, STUB_ERROR)


def not_written(what: str, raised: LearnerRaised | None = None) -> str:
    """ "f(x) is not written yet"; where the stub that raised is another function of the learner's
    (a method of their class, a helper), that one is named, with the stub's own message."""
    stub = STUB_ERROR.__name__
    if raised is not None:
        frames = re.findall(r", in (\w+)\n", raised.trace + "\n")
        called = {name.split("(")[0].strip() for name in what.split(", ")}
        said = str(raised.error).strip()
        if frames and frames[-1] not in called:
            told = f"{stub}: {said}" if said else stub
            return f"{frames[-1]} is not written yet (it raises {told}); {what} calls it"
    return f"{what} is not written yet (it raises {stub})"


RETURNED_NONE = GENERIC + "returned-none"


def returned_none(call: str, printed: bool = False) -> str:
    """What to tell a function that returned None where an answer is due; `printed` when the
    learner's code printed something (the engine knows once the learner's process is done)."""
    if printed:
        return (
            f"{call} returned None, and your code printed: did you print the answer instead of "
            "returning it? `print` only shows a value; `return` hands it back."
        )
    return f"{call} returned None: did you forget to `return` the answer?"


_FRAME = re.compile(r'File "[^"\n]*", line (\d+), in ([^\n]*)\n(?: {4}(\S[^\n]*)\n)?')


def raised_at(raised: LearnerRaised, function: str = "") -> str:
    """Where in the learner's code it raised, from its own traceback: ", at line 12 (`code`)",
    with the function's name when that is not `function`; "" when the trace has no frame."""
    frames = list(_FRAME.finditer(raised.trace + "\n"))
    if not frames:
        return ""
    line, name, code = frames[-1].groups()
    where = f", at line {line}" + (f", in {name}" if name != function else "")
    return where + (f" (`{code.strip()}`)" if code else "")


@dataclass(frozen=True)
class Raises:
    """An expected outcome that is an exception: `Raises(ValueError, "b is the zero vector")`."""

    error: type[BaseException]
    why: str = ""


@dataclass
class Outcome:
    """How one check went."""

    name: str
    status: str  # pass | fail | error | timeout | rule
    examples: int = 0
    message: str = ""
    call: str | None = None
    inputs: dict[str, Any] | None = None
    mismatch: Mismatch | None = None
    trace: str | None = None
    mistake: str | None = None
    diagnosis: Diagnosis | None = None  # a generic pattern (detect.py), when no mistake is named
    shrunk: bool = False
    detail: str | None = None
    gone: bool = False  # the learner's process ended: no later step can run


@dataclass
class Context:
    """What a check runs against: the learner, and the known mistakes to name a failure by."""

    learner: Learner
    mistakes: Sequence[tuple[str, Learner]] = ()
    # The generated inputs with their expected answers, made once before the learner's code
    # runs (see engine.prepare); None means generate them now.
    prepared: list[tuple[tuple, Any]] | None = None
    # The mistakes earlier steps of this verdict named: where two catalogued mistakes fit a
    # step's failures alike, the one already named is tried first, so the steps agree.
    named: list[str] = field(default_factory=list)

    def mistakes_in_order(self) -> Iterator[tuple[str, Learner]]:
        """The known mistakes, those earlier steps named first; each loaded only when reached."""
        ids = getattr(self.mistakes, "ids", None)
        if ids is None or not self.named:
            yield from self.mistakes
            return
        first = [i for i, m in enumerate(ids) if m in self.named]
        for i in [*first, *(i for i in range(len(ids)) if i not in first)]:
            yield self.mistakes[i]


UNKNOWN = object()  # an expected answer not computed yet (None is a possible answer)
DEFAULT_EXAMPLES = 60  # generated inputs per Call; a drill may set fewer for a slow oracle


class _Stop(BaseException):
    def __init__(self, cause: BaseException, args: tuple) -> None:
        self.cause, self.args_tried = cause, args


def _without_local_constants() -> None:
    """Hypothesis (6.131 on) mixes numbers it finds in the "local" modules of sys.modules into the
    inputs it generates. Then which check.py files and known mistakes a warm judge has loaded, and
    whether mathlings is installed editable or in site-packages, would change the inputs a file is
    tried on, and so its verdict. Hypothesis has no setting for it; this turns it off."""
    try:
        from hypothesis.internal.conjecture import providers
    except ImportError:  # pragma: no cover - a Hypothesis without the feature
        return
    if hasattr(providers, "_get_local_constants") and hasattr(providers, "Constants"):
        none = providers.Constants()
        providers._get_local_constants = lambda *_, **__: none


_without_local_constants()


def settings_for(examples: int) -> settings:
    """Seeded and quiet: the same file gets the same verdict, and nothing is stored on disk."""
    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        print_blob=False,
        phases=[Phase.generate, Phase.shrink],  # the "explain" phase costs seconds, shows nothing
    )


@dataclass
class Call:
    """Call `signature` on generated `inputs` (tuples of arguments) and on fixed `cases`; compare
    the answer with `expected(*args)` by `compare`."""

    signature: str
    inputs: st.SearchStrategy[tuple]
    expected: Callable[..., Any]
    compare: Comparator = field(default_factory=close)
    cases: Sequence[tuple] = ()
    name: str | None = None
    examples: int | None = None
    # What the task says about an edge case (edges.EDGES names them), said when the learner's
    # code raises on that edge only: {"zero vector": "the task says both must raise ValueError"}.
    edges: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_edges(self.edges)

    @property
    def step(self) -> str:
        return self.name or parse_signature(self.signature)[0]

    @property
    def needs(self) -> list[str]:
        return [self.signature]

    def settings(self) -> settings:
        return settings_for(self.examples or DEFAULT_EXAMPLES)

    def sample(self) -> list[tuple]:
        """The inputs a search generates when nothing fails: the same ones every time."""
        seen: list[tuple] = []

        def record(args: tuple) -> bool:
            seen.append(args)
            return False

        with contextlib.suppress(NoSuchExample):
            find(self.inputs, record, settings=self.settings())
        return seen

    def prepare(self) -> list[tuple[tuple, Any]]:
        """The generated inputs with their expected answers, made before the learner's code runs
        (engine.prepare): any kind of check may define this, and gets them as `ctx.prepared`."""
        return [(args, self.expected(*args)) for args in self.sample()]

    def outcome_of(
        self, learner: Learner, args: tuple, want: Any = UNKNOWN
    ) -> Mismatch | LearnerRaised | None:
        """None when the learner is right on args; else what went wrong."""
        if want is UNKNOWN:
            want = self.expected(*args)
        try:
            got = learner.call(self.signature, *args)
        except LearnerRaised as raised:
            if isinstance(want, Raises) and isinstance(raised.error, want.error):
                return None
            return raised
        if isinstance(want, Raises):
            return Mismatch(
                f"returned a value where it should raise {want.error.__name__}"
                + (f" ({want.why})" if want.why else ""),
                expected=f"raises {want.error.__name__}",
                got=got,
                answer=got,
            )
        found = self.compare(want, got, args)
        if found is not None:
            found.answer = got  # the whole answer, where `got` may be the one wrong part of it
        return found

    def run(self, ctx: Context) -> Outcome:
        learner = ctx.learner
        learner.function(self.signature)  # a missing function is reported before any input
        failures: list[tuple[tuple, Mismatch | LearnerRaised]] = []
        tried = 0

        def fails(args: tuple, want: Any = UNKNOWN) -> bool:
            nonlocal tried
            tried += 1
            try:
                found = self.outcome_of(learner, args, want)
            except (CallTimeout, RuleBroken, ChangedInput, LearnerGone) as stop:
                raise _Stop(stop, args) from None
            if isinstance(found, LearnerRaised) and isinstance(found.error, MemoryError):
                raise _Stop(found, args)  # trying more inputs would only run out again
            if found is not None and len(failures) < 8:
                failures.append((args, found))
            return found is not None

        try:
            # The common case, a right answer, replays prepared inputs; only a failure pays for
            # the search that finds and shrinks the smallest failing input.
            smallest, shrunk = None, False
            if ctx.prepared is None or any(fails(a, w) for a, w in ctx.prepared):
                with contextlib.suppress(NoSuchExample):
                    smallest = find(self.inputs, fails, settings=self.settings())
                    shrunk = True
            if smallest is None:
                smallest = next((case for case in self.cases if fails(case)), None)
        except _Stop as stop:
            return self._stopped(stop, tried)
        if smallest is None:
            return Outcome(self.step, "pass", examples=tried)
        try:
            found = self.outcome_of(learner, smallest)
        except (CallTimeout, RuleBroken, ChangedInput, LearnerGone) as stop:
            return self._stopped(_Stop(stop, smallest), tried)
        if found is None:  # a learner whose answers change from call to call
            found = failures[0][1] if failures else Mismatch("gave different answers each time")
        inputs = self.named(smallest)
        if isinstance(found, LearnerRaised) and unwritten(found):
            return Outcome(self.step, "fail", tried, not_written(self.signature, found))
        seen = [(smallest, found), *failures]
        mistake = (found.mistake if isinstance(found, Mismatch) else None) or self.diagnose(
            ctx, seen
        )
        want = self.expected(*smallest)
        if isinstance(found, LearnerRaised):
            return self._crashed(ctx, seen, want, tried, shrunk, mistake)
        message = f"{self.signature} {found.message}"
        if found.answer is None and want is not None and not isinstance(want, Raises):
            message = f"{self.signature} returned None"
            diagnosis = Diagnosis(RETURNED_NONE, returned_none(self.signature))
        else:
            diagnosis = self.notice(ctx, seen)
        return Outcome(
            self.step,
            "fail",
            examples=tried,
            message=message + (f" (in {'/'.join(found.where)})" if found.where else ""),
            call=self.signature,
            inputs=inputs,
            mismatch=found,
            shrunk=shrunk,
            detail=found.detail,
            mistake=mistake,
            diagnosis=None if mistake else diagnosis,
        )

    def _crashed(
        self,
        ctx: Context,
        seen: list[tuple[tuple, Any]],
        want: Any,
        tried: int,
        shrunk: bool,
        mistake: str | None,
    ) -> Outcome:
        """The learner's code raised on the smallest failing input: where, what was due there,
        the input written so it can be typed back in, and the edge case it is, if it is one."""
        args, raised = seen[0]
        name = parse_signature(self.signature)[0]
        due = f"raises {want.error.__name__}" if isinstance(want, Raises) else want
        got = f"raised {type(raised.error).__name__}"
        return Outcome(
            self.step,
            "error",
            examples=tried,
            message=f"{self.signature} raised on this input{raised_at(raised, name)}: {raised}",
            call=self.signature,
            inputs=self.named(args),
            mismatch=Mismatch(str(raised), expected=due, got=got),
            trace=raised.trace,
            shrunk=shrunk,
            detail=self.typed_back(args),
            mistake=mistake,
            diagnosis=None if mistake else self.notice(ctx, seen, crashed=True),
        )

    def typed_back(self, args: tuple) -> str | None:
        """The input as Python, to paste and call the function on; None when it cannot be
        written (a function argument) or is too long to read."""
        written = [as_source(a) for a in args]
        if any(w is None for w in written):
            return None
        text = "; ".join(f"{k} = {w}" for k, w in zip(self.named(args), written, strict=True))
        return f"To try it yourself: {text}" if 0 < len(text) <= 300 else None

    def named(self, args: tuple) -> dict[str, Any]:
        _, params = parse_signature(self.signature)
        return {params[i] if i < len(params) else f"arg{i + 1}": a for i, a in enumerate(args)}

    def _stopped(self, stop: _Stop, tried: int) -> Outcome:
        cause, inputs = stop.cause, self.named(stop.args_tried)
        if isinstance(cause, CallTimeout):
            return Outcome(
                self.step,
                "timeout",
                tried,
                cause.sentence(self.signature),
                call=self.signature,
                inputs=inputs,
            )
        if isinstance(cause, LearnerGone):
            return Outcome(
                self.step,
                cause.status,
                tried,
                f"{self.signature}, on this input: {cause.message}",
                call=self.signature,
                inputs=inputs,
                gone=True,
            )
        if isinstance(cause, RuleBroken):
            return Outcome(self.step, "rule", tried, cause.violation.sentence(), inputs=inputs)
        if isinstance(cause, LearnerRaised):
            return Outcome(
                self.step,
                "error",
                tried,
                f"{self.signature}: {cause}",
                call=self.signature,
                inputs=inputs,
                trace=cause.trace,
            )
        return Outcome(
            self.step,
            "fail",
            tried,
            str(cause),
            call=self.signature,
            inputs=inputs,
            mistake="changed-input",
        )

    def diagnose(self, ctx: Context, failures: list[tuple[tuple, Any]]) -> str | None:
        """The known mistake that reproduces the learner's answers: wrong on every failing input
        seen, with the same answer; and on the fixed cases and a few generated inputs, wrong in
        the same way where the learner is wrong, and right where the learner is right (or
        broken there: see `_fits`). So a coincidence on one degenerate shrunk input is not
        enough to name a mistake, and neither is a comparator that accepts many answers (any
        basis of a subspace)."""
        seen = [(args, _as_answer(found)) for args, found in failures]
        # Only a wrong answer that is a proper number is evidence enough to forgive a mistake file
        # that breaks where the learner is right: agreeing on an error or on nan is too common.
        numbers = any(not _breaks(answer) for _, answer in seen)
        witnesses: list[tuple[tuple, Answer, bool]] | None = None
        try:
            for mistake_id, mistake in ctx.mistakes_in_order():
                if not all(
                    self._wrong(mistake, args) and self._agrees(mistake, args, answer)
                    for args, answer in seen
                ):
                    continue
                if witnesses is None:
                    more = [*self.cases, *(a for a, _ in (ctx.prepared or [])[:4])]
                    witnesses = [
                        (args, self._answer(ctx.learner, args), self._wrong(ctx.learner, args))
                        for args in more
                    ]
                if all(
                    self._fits(mistake, args, answer, wrong, numbers)
                    for args, answer, wrong in witnesses
                ):
                    return mistake_id
        except (CallTimeout, RuleBroken, LearnerGone):
            return None
        return None

    def notice(
        self, ctx: Context, failures: list[tuple[tuple, Any]], crashed: bool = False
    ) -> Diagnosis | None:
        """A generic pattern (detect.py) that every failing input shows: the ones the search saw,
        and the fixed cases and first generated inputs where the learner is wrong too. The same
        inputs as `diagnose` tries, so a pattern is never read off one shrunk input alone.

        After a crash, every generated input is tried, for the edge case it happened on
        (edges.py): shrinking makes every failing input small and zero, so only inputs that
        fail without having been shrunk, and inputs that pass, tell the edge that matters."""
        generated = ctx.prepared if ctx.prepared is not None else None
        if crashed and generated is None:
            generated = [(args, UNKNOWN) for args in self.sample()]
        if not crashed:
            generated = (generated or [])[:4]
        more = [(case, UNKNOWN) for case in self.cases] + list(generated or [])
        examples: dict[str, Example] = {}
        passing: list[tuple] = []
        try:
            for args, found in failures:
                examples.setdefault(repr(args), self._example(args, found))
            for args, want in more:
                found = self.outcome_of(ctx.learner, args, want)
                if isinstance(found, LearnerRaised) and isinstance(found.error, MemoryError):
                    return None
                if found is None:
                    passing.append(args)
                else:
                    examples.setdefault(repr(args), self._example(args, found))
        except (CallTimeout, RuleBroken, ChangedInput, LearnerGone, Missing):
            return None
        found, params = list(examples.values()), parse_signature(self.signature)[1]
        edge = crashed_on_edge(found, params, passing, self.edges) if crashed else None
        return edge or detect(found, params, len(passing))

    def _example(self, args: tuple, found: Mismatch | LearnerRaised) -> Example:
        """A failure as detect.py reads it: the oracle's answer and the learner's, or the part of
        them that is wrong, with exceptions as `Raised`."""
        want = self.expected(*args)
        expected = Raised(want.error.__name__, want.why) if isinstance(want, Raises) else want
        if isinstance(found, LearnerRaised):
            return Example(args, expected, Raised(type(found.error).__name__, str(found.error)))
        if isinstance(want, Raises):
            return Example(args, expected, found.answer)
        return Example(args, found.expected, found.got, tuple(found.where))

    def _fits(
        self, mistake: Learner, args: tuple, answer: Answer, wrong: bool, forgiving: bool
    ) -> bool:
        """Where the learner is wrong, the mistake is wrong with the same answer. Where the
        learner is right, the mistake is right too, or, when `forgiving` (the learner's wrong
        answers include proper numbers the mistake reproduces), it breaks there (raises, or
        answers nan or inf): a mistake file that leaves an edge unhandled (n = 1, an empty
        vector) is still the learner's mistake when the learner handled that edge and has the
        mistake everywhere else. A mistake whose point is the edge is never named this way,
        since it must also agree on the inputs where the learner is wrong."""
        if wrong:
            return self._wrong(mistake, args) and self._agrees(mistake, args, answer)
        if not self._wrong(mistake, args):
            return True
        return forgiving and _breaks(self._answer(mistake, args))

    def _wrong(self, who: Learner, args: tuple) -> bool:
        try:
            return self.outcome_of(who, args) is not None
        except (Missing, ChangedInput):
            return True

    def _answer(self, who: Learner, args: tuple) -> Answer:
        try:
            return ("value", who.call(self.signature, *args))
        except LearnerRaised as raised:
            return ("raised", type(raised.error))
        except (Missing, ChangedInput):
            return ("broken", None)

    def _agrees(self, mistake: Learner, args: tuple, answer: Answer) -> bool:
        kind, value = answer
        theirs_kind, theirs = self._answer(mistake, args)
        if kind != theirs_kind or kind == "broken":
            return False
        if kind == "raised":
            return value is theirs
        try:
            return self.compare(theirs, value, args) is None
        except Exception:
            return False


Answer = tuple[str, Any]  # ("value", the answer) | ("raised", exception type) | ("broken", None)


def _breaks(answer: Answer) -> bool:
    """The answer is an error, or has nan or inf somewhere (in any part of a tuple or dict)."""
    kind, value = answer
    if kind != "value":
        return True
    return not _finite(value)


def _finite(value: Any) -> bool:
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    try:
        return bool(np.isfinite(np.asarray(value, dtype=complex)).all())
    except (TypeError, ValueError):
        if isinstance(value, (list, tuple)):
            return all(_finite(v) for v in value)
        return True  # not numbers: nothing to be nan


def _as_answer(found: Mismatch | LearnerRaised) -> Answer:
    if isinstance(found, LearnerRaised):
        return ("raised", type(found.error))
    return ("value", found.answer)


@dataclass(frozen=True)
class Stage:
    """One function of a Pipeline. The parameters its signature names are read, by name, from
    the pipeline's inputs and the answers of the stages before it; `gives` names its answer (a
    tuple of names unpacks a tuple answer: `gives=("eigenvalues", "V")`). With `expected`, its
    oracle, the stage is also judged inside the chain by `compare`, on the inputs the learner's
    own earlier stages gave it, so a wrong earlier stage does not make every later one wrong."""

    signature: str
    gives: str | tuple[str, ...] = ()
    expected: Callable[..., Any] | None = None
    compare: Comparator = field(default_factory=close)


@dataclass
class Pipeline(Call):
    """A Call on the learner's functions composed: each stage runs on what the stages before it
    gave (made float arrays, as a stage's own Call passes arrays), the last one's answer is
    compared with `expected(*args)`, and the known mistakes are tried composed the same way.
    `signature` names the pipeline's inputs only ("pipeline(X, k)"); the learner writes no
    function of that name. A failure also says which stages are wrong on what they were given.

    Judge each stage on right inputs with a Call of its own before this one: those steps point
    at the wrong function, this one at how they fit together."""

    stages: Sequence[Stage] = ()

    def __post_init__(self) -> None:
        super().__post_init__()
        known = set(parse_signature(self.signature)[1])
        for stage in self.stages:
            unknown = [p for p in parse_signature(stage.signature)[1] if p not in known]
            if unknown:
                raise ValueError(
                    f"{stage.signature} reads {', '.join(unknown)}: no input or "
                    "earlier stage gives it"
                )
            known |= {stage.gives} if isinstance(stage.gives, str) else set(stage.gives)
        if not self.stages:
            raise ValueError("a Pipeline needs at least one stage")

    @property
    def needs(self) -> list[str]:
        return [stage.signature for stage in self.stages]

    def run(self, ctx: Context) -> Outcome:
        chained = replace(
            ctx, learner=_Chain(self, ctx.learner), mistakes=_ChainedMistakes(self, ctx.mistakes)
        )
        outcome = super().run(chained)
        if outcome.status == "fail" and outcome.mismatch is not None and outcome.inputs:
            judged = self.stage_by_stage(ctx.learner, tuple(outcome.inputs.values()))
            if judged:
                outcome.message += (
                    f". Stage by stage on this input, each on what the one before gave it: {judged}"
                )
        return outcome

    def chain(self, learner: Learner, args: tuple) -> list[tuple[Stage, tuple, Any]]:
        """Each stage with the inputs it was given and its answer, as the chain runs on args."""
        names = dict(zip(parse_signature(self.signature)[1], args, strict=True))
        ran = []
        for stage in self.stages:
            given = tuple(names[p] for p in parse_signature(stage.signature)[1])
            answer = learner.call(stage.signature, *given)
            ran.append((stage, given, answer))
            if stage is not self.stages[-1]:
                names |= self._named(stage, answer, learner)
        return ran

    def _named(self, stage: Stage, answer: Any, learner: Learner) -> dict[str, Any]:
        files = getattr(learner, "files", frozenset())
        names = (stage.gives,) if isinstance(stage.gives, str) else stage.gives
        parts = (answer,) if isinstance(stage.gives, str) else answer
        if not isinstance(stage.gives, str) and (
            not isinstance(answer, (tuple, list)) or len(answer) != len(names)
        ):
            message = f"{stage.signature} must return a tuple ({', '.join(names)})"
            raise LearnerRaised(TypeError(message), files)
        try:
            return {name: as_array(part) for name, part in zip(names, parts, strict=True)}
        except NotNumeric as exc:
            raise LearnerRaised(TypeError(f"{stage.signature} returned {exc}"), files) from None

    def stage_by_stage(self, learner: Learner, args: tuple) -> str:
        """ "center(X) wrong, covariance(Xc) right, ...": each stage with an oracle judged on what
        the learner's chain gave it, up to the first whose inputs its oracle cannot take."""
        judged = []
        for stage, given, answer in self.chain(learner, args):
            if stage.expected is None:
                continue
            try:
                want = stage.expected(*given)
            except Exception:  # the learner's earlier stages gave what this oracle cannot take
                break
            wrong = stage.compare(want, answer, given) is not None
            judged.append(f"{stage.signature} {'wrong' if wrong else 'right'}")
        return ", ".join(judged)


class _Chain:
    """A learner's stages composed into the one function a Pipeline calls."""

    def __init__(self, pipeline: Pipeline, inner: Learner) -> None:
        self.pipeline, self.inner = pipeline, inner
        self.files = getattr(inner, "files", frozenset())

    def function(self, signature: str) -> Callable[..., Any]:
        for stage in self.pipeline.stages:
            self.inner.function(stage.signature)
        return lambda *args: self.call(signature, *args)

    def call(self, signature: str, *args: Any) -> Any:
        return self.pipeline.chain(self.inner, args)[-1][2]


class _ChainedMistakes(Sequence):
    """The known mistakes, each composed as the learner's stages are."""

    def __init__(self, pipeline: Pipeline, mistakes: Sequence[tuple[str, Learner]]) -> None:
        self.pipeline, self.mistakes = pipeline, mistakes
        # The ids let Context.mistakes_in_order try first what the stages already named.
        self.ids = getattr(mistakes, "ids", None)

    def __len__(self) -> int:
        return len(self.mistakes)

    def __getitem__(self, i):  # type: ignore[override]
        mistake_id, learner = self.mistakes[i]
        return mistake_id, _Chain(self.pipeline, learner)


@dataclass
class Value:
    """A value the learner typed in (computed on paper), compared with the right one.

    `expected` is the right value, or a function of the learner that gives it, for an answer
    that depends on another of theirs: `expected=lambda learner: XC @ learner.value("U")`.
    A known mistake is named when its file's value is accepted by `compare` as the learner's;
    `alike(theirs, got)` replaces that test where the answer has a free choice the mistake file
    made its own way (the sign of an eigenvector and of what follows from it).
    """

    name: str
    expected: Any
    compare: Comparator = field(default_factory=lambda: close(rtol=1e-2, atol=1e-2))
    step: str | None = None
    # A number worked out on paper is the exercise: the verdict says what is wrong with it and
    # names the mistake, but does not print the right number unless the drill says so.
    reveal: bool = False
    alike: Callable[[Any, Any], bool] | None = None

    @property
    def needs(self) -> list[str]:
        return []

    def _alike(self, theirs: Any, got: Any) -> bool:
        if theirs is None or theirs is ...:
            return False
        if self.alike is not None:
            return self.alike(theirs, got)
        return self.compare(theirs, got, ()) is None

    def run(self, ctx: Context) -> Outcome:
        step = self.step or self.name
        got = ctx.learner.value(self.name)
        if got is ... or got is None:
            return Outcome(step, "fail", 1, f"{self.name} is not filled in yet", call=self.name)
        expected = self.expected
        if callable(expected):
            try:
                expected = expected(ctx.learner)
            except LearnerRaised as raised:
                return Outcome(step, "error", 1, f"{self.name}: {raised}", trace=raised.trace)
            except ChangedInput as changed:
                return Outcome(step, "fail", 1, str(changed), mistake="changed-input")
            except Missing:
                raise
            except Exception as error:  # the learner's other answers are not usable yet
                return Outcome(
                    step,
                    "fail",
                    1,
                    f"{self.name} is checked against your other answers, and they cannot be used "
                    f"yet ({type(error).__name__}: {error}): fill those in first",
                    call=self.name,
                )
        found = self.compare(expected, got, ())
        if found is None:
            return Outcome(step, "pass", 1)
        mistake = found.mistake
        for mistake_id, wrong in ctx.mistakes:
            if mistake is None and self._alike(wrong.namespace.get(self.name), got):
                mistake = mistake_id
        # A pattern would give the right number away ("twice the right one"): only where the
        # verdict shows the right number anyway.
        diagnosis = None
        if mistake is None and self.reveal:
            diagnosis = detect([Example((), found.expected, found.got, tuple(found.where))])
        if not self.reveal:
            found = replace(found, expected=None)
        return Outcome(
            step,
            "fail",
            1,
            f"{self.name} {found.message}",
            call=self.name,
            inputs={},
            mismatch=found,
            detail=found.detail,
            mistake=mistake,
            diagnosis=diagnosis,
        )


@dataclass
class Behaviour:
    """A check written as a function of the learner: returns None when right, else a Mismatch
    (which may name a known mistake). `needs` lists the signatures it calls, so a missing one is
    reported as such."""

    name: str
    test: Callable[[Learner], Mismatch | None]
    needs: Sequence[str] = ()
    examples: int = 1  # how many inputs the test tries, for the verdict's count

    def run(self, ctx: Context) -> Outcome:
        for signature in self.needs:
            ctx.learner.function(signature)
        found = self.test(ctx.learner)  # a learner's error that escapes is the engine's to judge
        if found is None:
            return Outcome(self.name, "pass", self.examples)
        return Outcome(
            self.name,
            "fail",
            1,
            found.message,
            call=found.call,
            inputs=found.inputs,
            mismatch=found,
            detail=found.detail,
            mistake=found.mistake,
            diagnosis=None if found.mistake else _noticed_in(found),
        )


@dataclass
class Statistical:
    """A statistical check: `test(learner, rng, alpha)` draws from the learner (seeding its calls
    from `rng`, made from the fixed `seed`, so the same file always gets the same verdict) and
    returns None or a Mismatch, at the false-alarm rate `alpha = budget.each`. The drill's
    Statistical checks share one `Budget(tests=<their number>)`; its sentence is the note of a
    passing step and part of a failing one's detail, and task.md states it (stats.drill_budget)."""

    name: str
    test: Callable[[Learner, np.random.Generator, float], Mismatch | None]
    budget: Budget
    seed: int = 0
    needs: Sequence[str] = ()
    examples: int = 1

    def run(self, ctx: Context) -> Outcome:
        rng = np.random.default_rng(self.seed)
        alpha = self.budget.each
        outcome = Behaviour(
            self.name, lambda learner: self.test(learner, rng, alpha), self.needs, self.examples
        ).run(ctx)
        rate = self.budget.sentence()
        if outcome.status == "pass":
            outcome.message = f"Statistical: {rate}."
            return outcome
        if outcome.status != "fail" or outcome.mismatch is None or outcome.mismatch.certain:
            return outcome  # an error, a timeout, or a failure no draw could cause
        tolerance = outcome.mismatch.tolerance
        test = f" ({tolerance})" if tolerance else ""
        said = f"This check is statistical{test}: {rate}."
        outcome.detail = f"{outcome.detail} {said}" if outcome.detail else said
        return outcome


def _noticed_in(found: Mismatch) -> Diagnosis | None:
    """A generic pattern in a Behaviour's mismatch, when it shows a call's right answer and the
    learner's (with `call=` and `inputs=`); other mismatches compare things that are no answer."""
    if found.call is None or found.inputs is None or found.expected is None or found.got is None:
        return None
    example = Example(tuple(found.inputs.values()), found.expected, found.got, tuple(found.where))
    return detect([example], list(found.inputs))


@runtime_checkable
class Check(Protocol):
    """What the engine runs: any object with `run(ctx) -> Outcome`, named by its `step` or
    `name` attribute. Call, Value and Behaviour are the kinds drills use; a new kind needs only
    this. The engine alone turns what the learner's code causes (an error it raises, an input it
    changes, a timeout, a broken rule, its process ending) into the step's Outcome, so a check
    never catches LearnerRaised, ChangedInput or CallTimeout itself; when its error matches
    one a known mistake raises through the same check, the engine names that mistake. A kind may
    also define `prepare() -> list[(args, expected)]`: the engine calls it once before the
    learner's code runs and hands the result to `run` as `ctx.prepared`."""

    def run(self, ctx: Context) -> Outcome: ...
