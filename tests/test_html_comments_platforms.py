# ruff: noqa: RUF001  (the expected texts quote the pages, typographic quotes included)
"""Real platform fixtures: the expected trees were checked by hand against the excerpted markup.

Each line of an expected tree is ``id | author | published | first 30 characters of the text``,
indented two spaces per reply level ("-" for a missing value; "|" in the text shown as "/",
line breaks as spaces).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html import extract_comments
from newsthread.model import Article, Comment

DATA = Path(__file__).parent / "data" / "html" / "comments"


def dump(comments: list[Comment]) -> str:
    lines = []
    for c in Article(comments=comments).iter_comments():
        depth, node = 0, c.parent
        while isinstance(node, Comment):
            depth, node = depth + 1, node.parent
        text = c.text[:30].replace("\n", " ").replace("|", "/").strip()
        author = c.author.name if c.author else "-"
        date = c.published.isoformat() if c.published else "-"
        more = f"({c.more_count} more)" if c.more_count is not None else ""
        lines.append(("  " * depth + f"{c.id} | {author} | {date} | {text}{more}").rstrip())
    return "\n".join(lines) + "\n"


def parse(name: str) -> LexborHTMLParser:
    return LexborHTMLParser((DATA / name).read_bytes())


EXPECTED = {
    "blogger-cochrane.html": (
        71,
        """\
5751563309400806157 | oli | 2020-12-08T06:22:00 | I think there are efficiency r
  6643521184101351929 | Stéphane Surprenant | 2020-12-08T10:12:00 | "It feels gross if a banker is
  7247792056941354399 | El emperador desnudo | 2020-12-08T19:20:00 | We don't have any evidence tha
  5953375558451184866 | oli | 2020-12-09T06:51:00 | "We don't have any evidence th
  1207219677803348682 | El emperador desnudo | 2020-12-09T19:37:00 | "the demonstrated inability of
1266281060959318211 | oli | 2020-12-08T06:26:00 | Also, re the cost of approval.
""",
    ),
    # Ids: the comment's own id inside the generated ``li#bc_0_NB`` (``div#c178…``), as Blogger's
    # classic view prints it.
    "blogger-dynamic-views.html": (
        None,
        """\
178051977786741457 | Roy | 2013-03-15T17:10:00 | Good post!  I'm dealing with t
6842726585397303062 | Aaron Leiby | 2013-03-15T17:25:00 | Lol.. love that last image.  I
2565414697594446308 | namar0x0309 | 2013-03-15T17:38:00 | Great article! Good you recogn
3688924586976136597 | anirban | 2013-03-16T00:32:00 | This is such a brilliant take
  2529663934061653319 | Hook | 2013-03-16T05:36:00 | Surrounding yourself with high
  8727702849838778339 | Jimmy | 2013-03-16T11:03:00 | The identity recalibration is
  3590439453093809818 | Hook | 2013-03-16T15:09:00 | It's definitely an ideal situa
""",
    ),
    "drupal-aclu.html": (
        None,
        """\
223379 | Anonymous | 2018-04-05T18:32:00 | One valuable reform would be t
223395 | Lars | 2018-04-06T02:20:00 | Couldn’t I just bloc facebook
223408 | Anonymous | 2018-04-06T12:13:00 | privacy badger is also a good
223409 | Anonymous | 2018-04-06T12:23:00 | The U.S. Justice Department an
223419 | Anonymous | 2018-04-06T14:35:00 | There is strong circumstantial
223421 | Anonymous | 2018-04-06T15:12:00 | This was the most elightening
  223672 | Anonymous | 2018-04-10T22:14:00 | Didn't you read the article? Y
223424 | Ed B. -Netherlands | 2018-04-06T17:29:00 | Well written, well-thought art
  223761 | Anonymous | 2018-04-11T14:51:00 | HTTP is stateless. That means
223425 | Anonymous | 2018-04-06T17:42:00 | Great article.
""",
    ),
    "drupal-hup.html": (
        None,
        """\
1828368 | mrmartin | 2015-01-21T15:03:00 | Kami,  ez: https://docs.puppet
  1828801 | fraque | 2015-01-22T14:01:00 | a puppet kicket tudtommal evek
    1829243 | hrgy84 | 2015-01-23T16:05:00 | Ezert en is eleg morcos vagyok
      1829268 | onyx | 2015-01-23T16:50:00 | Nincs benne, mert mindig a kli
        1829677 | hrgy84 | 2015-01-25T01:47:00 | Az infra alatt a feltetelekre
      1829302 | fraque | 2015-01-23T19:22:00 | az AWS ugy hozta ossze a zonak
""",
    ),
    "hn-2015.html": (
        None,
        """\
9682061 | glhaynes | - | Unexpected: "Xcode 7 and Swift
  9682147 | asendra | - | They have also merged both iOS
    9682248 | TillE | - | Oh, that's excellent. I was ju
    9682163 | vvanders | - | Does this mean you now need to
      9682171 | aaronbrethorst | - | Only if you want to distribute
        9682445 | mmastrac | - | Or sign apps for others to dow
      9682179 | donarb | - | No, you only need to pay if yo
""",
    ),
    "hn-2026.html": (
        None,
        """\
48351450 | winter_blue | 2026-06-01T00:51:16 | Used laptops are such a good d
  48351877 | djfergus | 2026-06-01T02:06:55 | This laptop has a 10” screen,
    48352177 | winrid | 2026-06-01T03:03:22 | A used x1 carbon is a better d
      48352209 | derefr | 2026-06-01T03:08:53 | "Bigger screen" (i.e. being bi
        48352468 | bergie | 2026-06-01T04:01:17 | Absolutely. The 11" MacBook Ai
        48352223 | winrid | 2026-06-01T03:11:43 | I guess. 14" is about as small
          48352824 | bee_rider | 2026-06-01T05:06:47 | With laptop sized screens, I’m
""",
    ),
    "lesswrong.html": (
        None,
        """\
DEdj9FexMb5wXhGbP | romeostevensit | - | Schindler had a concrete thing
SrBCxKcAcK7gLTQTd | Matthew Barnett | - | But depending on what you coun
  kyDRpsdzdfspzJ4Rn | Daniel Kokotajlo | - | It was indeed a good point, at
    qyiFweEAzjN6uZ59C | Matthew Barnett | - | Definitely. I don't think it m
jByH6QkCR9PuQiNQB | habryka | - | This was a great post. I rarel
S624bktj7cShjwhBX | basil.halperin | - | This isn't REALLY the point of
""",
    ),
    "reddit-new.html": (
        None,
        """\
t1_ehq47gs | LorenzoPg | - | Fun fact: Vanilla (the real st
  t1_ehq4og3 | emptyzombiekilla | - | Is there a cheaper alternative
  t1_ehqcmq9 | drizzitdude | - | Well considering silver is wor
  t1_ehqendy | strangeglyph | - | Like saffron. Thank god you do
t1_ehq5qm0 | Infinity_LTFS | - | I think the most tragic ice cr
  t1_ehq5spf | benyacobi | - | Aw, poor little grape.
""",
    ),
    "reddit-old.html": (
        None,
        """\
t1_nysll2o | JoeyDee86 | 2026-01-10T14:54:20+00:00 | The issue I have is the gap be
  t1_nyswk26 | karlkrum | 2026-01-10T15:51:25+00:00 | This, I would pay more for mor
  t1_nytf6i3 | nsfw_raw | 2026-01-10T17:20:05+00:00 | 100$ agreed
  t1_nytue5h | fandry96 | 2026-01-10T18:31:32+00:00 | Truthfully, when I switched fr
    t1_nyu9ze6 | t4a8945 | 2026-01-10T19:45:36+00:00 | Gmail started development in 2
      t1_nyuhuwa | fandry96 | 2026-01-10T20:25:06+00:00 | Lol You are fully right.  I ha
    t1_nyuern4 | PunnyPandora | 2026-01-10T20:09:33+00:00 | You were 0 years old in 96. Ni
""",
    ),
    "stackexchange-mathoverflow.html": (
        None,
        """\
955833 | Asaf Karagila | 2020-11-19T17:18:08+00:00 | @YCor: People who are trying t
955972 | Todd Trimble♦ | 2020-11-20T02:29:03+00:00 | I hope Buzzard joins the discu
956085 | Kevin Buzzard | 2020-11-20T13:50:28+00:00 | Let me state, once again, that
956129 | Kevin Buzzard | 2020-11-20T15:32:17+00:00 | Yes, this summarises it well!
956237 | Mike Shulman | 2020-11-20T22:18:01+00:00 | @KevinBuzzard In addition to D
376973 | Andrej Bauer | 2020-11-20T12:02:43+00:00 | I apologize for writing a leng
  956078 | Timothy Chow | 2020-11-20T13:15:56+00:00 | Very informative answer! But I
  956176 | Mario Carneiro | 2020-11-20T18:28:32+00:00 | @TimothyChow Metamath in parti
  956218 | Tom Leinster | 2020-11-20T21:20:06+00:00 | This is a really fantastic ans
  more-2 | - | - | (27 more)
more-1 | - | - | (13 more)
""",
    ),
    "stackexchange-stackoverflow.html": (
        None,
        """\
231855 | e-satis | 2008-10-23T22:48:44+00:00 | To understand what yield does,
  75308701 | Matthias Fripp | 2017-05-23T21:41:53+00:00 | yield is not as magical this a
  84633217 | picmate 涅 | 2018-02-15T19:21:11+00:00 | "These iterables are handy...
  109059326 | WoJ | 2020-05-07T10:12:21+00:00 | It would be nice to add to thi
  110055463 | alani | 2020-06-06T06:03:41+00:00 | @MatthiasFripp "This continues
  115124375 | Jacob Ward | 2020-12-03T01:23:36+00:00 | The yield statement suspends f
  more-1 | - | - | (4 more)
""",
    ),
    "wordpress-epoch.html": (
        None,
        """\
215101 | Sallie Goetsch (rhymes with sketch) | 2017-03-10T00:20:00 | If there were really no demand
215114 | Rarst | 2017-03-10T01:26:00 | One nuance of over saturation
  215125 | Barry Kooij | 2017-03-10T02:56:00 | I feel like you’re 100% right
    215173 | Ahmad Awais | 2017-03-10T11:55:00 | Would you put yourself in that
      215254 | Barry Kooij | 2017-03-13T06:30:00 | If I consider myself a ‘page b
  215219 | Ammon | 2017-03-11T20:41:00 | You’re 100% correct Rarst. In
""",
    ),
    "wordpress-jacobbrazeal.html": (
        None,
        """\
1 | alexriabtsev | 2020-11-16T07:40:48+00:00 | Hey, Jacob! Great story! I’m a
  12 | Jacob Brazeal | 2020-11-17T03:21:08+00:00 | Hi Alex, I doubt that the spec
    17 | alexriabtsev | 2020-11-17T05:38:47+00:00 | Thanks for your reply, Jacob!
    26 | giantmick | 2020-11-21T15:47:23+00:00 | Jacob, I’d love help on settin
2 | nuutrino | 2020-11-16T08:40:24+00:00 | > It’s fascinating to me how m
  16 | Jacob Brazeal | 2020-11-17T03:24:39+00:00 | Haha, I don’t think so.
""",
    ),
    "wordpress-politicalinsider.html": (
        None,
        """\
135665 | Marilyn | 2016-12-20T12:37:00 | Remember, a few short years ag
135659 | Robert | 2016-12-20T11:53:00 | Hillary is crooked, always has
135656 | enoch68 | 2016-12-20T11:43:00 | …the embarrassingly corrupt, d
135653 | Rex | 2016-12-20T11:37:00 | I would never vote for a Democ
135651 | Mike | 2016-12-20T11:21:00 | Faith Spotted Eagle got more e
135648 | Mike | 2016-12-20T11:19:00 | Republicans 3 Democrats 0. Rep
""",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_platform_tree(name: str) -> None:
    declared, tree = EXPECTED[name]
    section = extract_comments(parse(name))
    assert dump(section.comments) == tree
    assert section.declared_count == declared


def test_blogger_dynamic_views_thread_rendered_twice_is_deduplicated() -> None:
    doc = parse("blogger-dynamic-views.html")
    assert len(doc.css("li.comment")) == 14
    section = extract_comments(doc)
    assert len(list(Article(comments=section.comments).iter_comments())) == 7
    assert len(section.containers) == 2  # both copies are left out of the body


def test_scores_and_permalinks() -> None:
    old = extract_comments(parse("reddit-old.html"))
    assert [c.score for c in old.comments[0].replies] == [6, 3, 2]
    author = old.comments[0].author
    assert author is not None
    assert author.url == "https://old.reddit.com/user/JoeyDee86"
    so = extract_comments(parse("stackexchange-stackoverflow.html"))
    answer = so.comments[0]
    assert answer.score == 17405
    assert answer.replies[0].url == "#comment75308701_231855"
    hup = extract_comments(parse("drupal-hup.html"), url="https://hup.hu/node/138188")
    assert hup.comments[0].url == "https://hup.hu/node/138188#comment-1828368"


def test_containers_cover_the_thread() -> None:
    wp = extract_comments(parse("wordpress-jacobbrazeal.html"))
    assert [(n.tag, n.attributes.get("class")) for n in wp.containers] == [("ol", "comment-list")]
    hn = extract_comments(parse("hn-2026.html"))
    assert [n.attributes.get("class") for n in hn.containers] == ["comment-tree"]
