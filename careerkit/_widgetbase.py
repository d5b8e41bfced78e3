"""Shared machinery of the learner widgets in :mod:`careerkit.widgets`.

A learner widget wraps an ipywidgets tree: a root box with a CSS class, a
status line where every callback error and every warning meant for the
learner is shown (never swallowed, never left to the kernel's log), and a
display bundle of its own: the live view, a static HTML summary and a short,
stable ``text/plain`` (never ipywidgets' default container repr).
"""

from __future__ import annotations

import html
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from careerkit.i18n import t

if TYPE_CHECKING:  # pragma: no cover
    import ipywidgets
    import pandas as pd

__all__ = ["LearnerWidget", "learner_warnings", "ordered_values"]

WARNING_ICON = "⚠"


@contextmanager
def learner_warnings() -> Iterator[list[Warning]]:
    """Collect the warnings meant for the learner that are raised inside.

    A widget callback runs in the kernel, so a warning it raises lands in the
    front end's log (JupyterLab's log console), where no learner looks.  Inside
    this block every :class:`UserWarning` (such as
    :class:`careerkit.progress.ProgressWarning`) is collected into the yielded
    list, filled when the block ends, for the widget to show; nothing of it
    reaches stderr.  Other warnings (deprecations, meant for developers) are
    issued again unchanged, so the usual filters still apply to them.
    """
    kept: list[Warning] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield kept
        finally:
            others = []
            for item in caught:
                if issubclass(item.category, UserWarning):
                    kept.append(item.message)  # type: ignore[arg-type]
                else:
                    others.append(item)
    for item in others:
        warnings.warn_explicit(
            item.message, item.category, item.filename, item.lineno, source=item.source
        )


def warning_html(found: list[Warning]) -> str:
    """One escaped line per warning, with an icon and a word (never colour alone)."""
    word = html.escape(t("progress.notice"))
    return "".join(
        f'<p class="careerkit-warning" role="status">{WARNING_ICON} '
        f"<strong>{word}:</strong> {html.escape(str(message))}</p>"
        for message in found
    )


def ordered_values(column: pd.Series) -> list[Any]:
    """The categories of an ordered column, else its values in first-seen order."""
    categories = getattr(column.dtype, "categories", None)
    return list(categories) if categories is not None else list(dict.fromkeys(column))


class LearnerWidget:
    """What both widgets share: root box, status line, guarded callbacks, display."""

    css_class = ""

    widget: ipywidgets.VBox
    status: ipywidgets.HTML
    error: Exception | None = None
    last_warning: Warning | None = None

    def _root(
        self, title: str, children: list[Any], found: list[Warning] | None = None
    ) -> ipywidgets.VBox:
        """Build the root box; ``found`` are warnings met while reading progress."""
        import ipywidgets as w

        self.status = w.HTML(value=self._warned(found or []))
        self.status.add_class("careerkit-status")
        heading = w.HTML(value=f"<h3>{html.escape(title)}</h3>")
        root = w.VBox([heading, *children, self.status])
        root.add_class(self.css_class)
        return root

    def _guard(self, action: Any, *args: Any) -> None:
        """Run a callback; show an error or a warning inside the widget.

        The error is kept in ``.error`` and the last warning in
        ``.last_warning`` for tests.
        """
        found: list[Warning] = []
        try:
            with learner_warnings() as found:
                action(*args)
        except Exception as exc:  # shown to the learner, kept for tests
            self.error = exc
            message = t("widgets.error", error=f"{type(exc).__name__}: {exc}")
            self.status.value = (
                '<span class="careerkit-error" role="alert">⚠ '
                f"{html.escape(message)}</span>"
            ) + self._warned(found)
        else:
            self.error = None
            self.status.value = (
                f"<span>✓ {html.escape(t('widgets.saved'))}</span>"
                + self._warned(found)
            )

    def _warned(self, found: list[Warning]) -> str:
        """Keep the last of ``found`` in ``.last_warning``; return them as HTML."""
        if found:
            self.last_warning = found[-1]
        return warning_html(found)

    def to_text(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def to_html(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def __repr__(self) -> str:
        return self.to_text()

    def _repr_mimebundle_(
        self, include: object = None, exclude: object = None
    ) -> dict[str, Any]:
        bundle = dict(self.widget._repr_mimebundle_())
        bundle["text/plain"] = self.to_text()
        bundle["text/html"] = self.to_html()
        return bundle
