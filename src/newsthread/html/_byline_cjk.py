"""Names in scripts without letter case: Chinese reporters a space apart, Korean names before
"기자", a name alone in an author element.

Chinese bylines list their reporters a space apart after a label ("本报记者 李明 张华"), Korean
ones before the word for reporter ("김민수 이지은 기자"); Japanese writes a space inside one name
("記者 佐藤 花子"), so a byline with kana or with a label Japanese writes too is never split. A
name alone in an element a class calls the author's opens with a common surname
(``_cjk_surnames``).
"""

from __future__ import annotations

from newsthread.html._byline_patterns import (
    CJK_END_WORD,
    CJK_FIELD_END,
    CJK_LABEL_BEFORE,
    CJK_LABEL_WORD,
    CJK_LABELS_ALONE,
    CJK_NOT_NAMES,
    CJK_PLACE_OR_BODY_END,
    KANA,
)
from newsthread.html._cjk_surnames import (
    CHINESE_COMPOUND_SURNAMES,
    CHINESE_PLACES,
    CHINESE_SURNAMES,
    JAPANESE_SURNAMES,
    KOREAN_COMPOUND_SURNAMES,
    KOREAN_PLACES,
    KOREAN_SURNAMES,
)

__all__ = ["chinese_name_run", "chinese_names", "cjk_name_alone"]


def chinese_names(raw: str, text: str) -> list[str] | None:
    """The reporters a Chinese or Korean byline names a space apart ("本报记者 李明 张华",
    "김민수 이지은 기자", up to the next field: "\u3000来源\N{FULLWIDTH COLON}新华社"), an empty
    list when it holds labels only, None for a byline of another shape; never in Japanese,
    where a space parts a family name from a given name ("佐藤 花子", "山田 太郎 記者")."""
    if KANA.search(raw) is not None:
        return None
    if "기자" not in raw:
        label = CJK_LABEL_BEFORE.search(raw)
        first = next((w for w in text.split() if CJK_LABEL_WORD.search(w) is None), "")
        if label is None or not first or label.end() > raw.find(first):
            return None
    end = CJK_FIELD_END.search(text)
    return chinese_name_run((text if end is None else text[: end.start()]).split())


def cjk_name_alone(text: str) -> bool:
    """Whether ``text`` is one name in a script without letter case, alone ("山田太郎", "김민수";
    not a label: "作者", "记者", "来源"; nor a place, a paper, an agency, a desk or a column:
    "北京市", "人民日报", "新华社", "编辑部", "专栏": a name opens with a common surname)."""
    name = text.strip()
    return (
        2 <= len(name) <= 4
        and name.isalpha()
        and not name.isascii()
        and name.lower() == name.upper()
        and name not in CJK_LABELS_ALONE
        and CJK_LABEL_WORD.search(name) is None
        and name[-1] not in CJK_PLACE_OR_BODY_END
        and _opens_with_a_surname(name)
    )


# Last letters of three-letter nouns that open with a surname letter, names seldom end with:
# a city, a firm, a car, a hall, a team, a language, particles ("서울시", "신문사", "현대차",
# "박물관", "한국어", "정부는"; not 도, 구, 인, 국, 은, which end names: "이지은"); a team, a
# station, a street, a lake, a road, a river ("韩国队", "高铁站", "金融街"; not 山, 江, 周:
# "孙中山").
_KOREAN_NOUN_END = frozenset("시군관팀부차어사는에의를을")
_CHINESE_NOUN_END = frozenset("队隊站街湖路河")


def _opens_with_a_surname(name: str) -> bool:
    """Whether a name in a script without case is a person's of the usual length that opens with
    a common surname ("王小明", "欧阳修", "김민수", "山田太郎"). Two-letter Chinese and
    two-syllable Korean names are not read alone: too many words and places open with a surname
    letter ("江苏", "华为", "金融", "정치", "조선"); nor "北京", "小编", "央视新闻", "연합뉴스"."""
    if "\uac00" <= name[0] <= "\ud7a3":  # Hangul: three syllables, four with two-letter surnames
        if len(name) == 4:
            return name[:2] in KOREAN_COMPOUND_SURNAMES
        return (
            len(name) == 3
            and name not in KOREAN_PLACES
            and name[-1] not in _KOREAN_NOUN_END
            and name[0] in KOREAN_SURNAMES
        )
    if name[:2] in JAPANESE_SURNAMES:
        return len(name) >= 3
    if len(name) < 3 or name in CHINESE_PLACES or name[-1] in _CHINESE_NOUN_END:
        return False
    return name[0] in CHINESE_SURNAMES or name[:2] in CHINESE_COMPOUND_SURNAMES


def chinese_name_run(words: list[str]) -> list[str]:
    """The names that open ``words`` (a Chinese byline's, a space apart), a label among them
    skipped ("实习记者 王芳"), up to a word that is none ("北京报道", "发自上海", "摄影")."""
    names: list[str] = []
    for word in words:
        if CJK_LABEL_WORD.search(word) is not None:
            continue  # "本报记者", "实习记者", "通讯员"
        if word in CJK_NOT_NAMES or CJK_END_WORD.search(word) is not None:
            break
        if not (2 <= len(word) <= 4 and word.isalpha()):
            break
        names.append(word)
    return names
