"""Shared machinery of the learner widgets in :mod:`careerkit.widgets`.

A learner widget wraps an ipywidgets tree: a root box with a CSS class, a
status line where every callback error is shown (never swallowed), and a
display bundle of its own: the live view, a static HTML summary and a short,
stable ``text/plain`` (never ipywidgets' default container repr).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from careerkit.i18n import t

if TYPE_CHECKING:  # pragma: no cover
    import ipywidgets
    import pandas as pd

__all__ = ["LearnerWidget", "ordered_values"]


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

    def _root(self, title: str, children: list[Any]) -> ipywidgets.VBox:
        import ipywidgets as w

        self.status = w.HTML(value="")
        self.status.add_class("careerkit-status")
        heading = w.HTML(value=f"<h3>{html.escape(title)}</h3>")
        root = w.VBox([heading, *children, self.status])
        root.add_class(self.css_class)
        return root

    def _guard(self, action: Any, *args: Any) -> None:
        """Run a callback; show an error inside the widget, keep it in ``.error``."""
        try:
            action(*args)
        except Exception as exc:  # shown to the learner, kept for tests
            self.error = exc
            message = t("widgets.error", error=f"{type(exc).__name__}: {exc}")
            self.status.value = (
                '<span class="careerkit-error" role="alert">⚠ '
                f"{html.escape(message)}</span>"
            )
        else:
            self.error = None
            self.status.value = f"<span>✓ {html.escape(t('widgets.saved'))}</span>"

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
