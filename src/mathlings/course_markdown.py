"""Markdown as the course writes it (lessons, tasks, hints), for the terminal: rich's Markdown,
except that code blocks are shown exactly as written."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Console, ConsoleOptions, RenderResult
from rich.markdown import CodeBlock, Markdown, MarkdownElement
from rich.syntax import Syntax


class PlainCodeBlock(CodeBlock):
    """A code block exactly as written, so it can be read and copied: every line, space and
    character kept, no padding around it; highlighted where there is colour."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        code = str(self.text).rstrip()
        yield Syntax(
            code, self.lexer_name, theme=self.theme, word_wrap=True, background_color="default"
        )


class CourseMarkdown(Markdown):
    """Lessons, tasks and hints: Markdown whose code blocks are shown as written."""

    elements: ClassVar[dict[str, type[MarkdownElement]]] = {
        **Markdown.elements,
        "fence": PlainCodeBlock,
        "code_block": PlainCodeBlock,
    }
