"""Read a saved news page: metadata, body, quotes and the comment thread; export it again.

Run: python examples/import_page.py [page.html] [output-folder]
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsthread import from_html, thread_stats, to_html, to_markdown
from newsthread.markdown import from_markdown

HERE = Path(__file__).resolve().parent


def main() -> None:
    page = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "data" / "nato_tagdiv.html"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(".")
    article = from_html(page.read_bytes())

    print(article)
    print()
    print(f"title:     {article.title}")
    print(f"authors:   {', '.join(a.name for a in article.authors)}")
    print(f"published: {article.published}")
    print(f"site:      {article.site_name}")
    stats = thread_stats(article)
    print(
        f"thread:    {stats.comments} comments, {stats.top_level} top-level, depth {stats.max_depth}, "
        f"page says {article.declared_comment_count}"
    )
    for speaker in article.speakers:
        said = [q for q in article.quotes if q.speaker is speaker]
        print(
            f"speaker:   {speaker.name} ({speaker.role}, {speaker.organisation}): {len(said)} quotes"
        )

    (out / "article.md").write_text(to_markdown(article), encoding="utf-8")
    (out / "article.html").write_text(to_html(article), encoding="utf-8")
    assert from_html((out / "article.html").read_text(encoding="utf-8")) == article
    again = from_markdown((out / "article.md").read_text(encoding="utf-8"))
    assert [c.text for c in again.iter_comments()] == [c.text for c in article.iter_comments()]
    print(f"wrote {out / 'article.md'} and {out / 'article.html'}; both read back")


if __name__ == "__main__":
    main()
