# ruff: noqa: RUF001  (names and texts in Cyrillic, Greek and other scripts)
"""Session 10's blind rounds: the trees written by hand for each new page before the code was
run on it (ids are not scored). ``FIRST``: 20 pages written before the rules were read;
``SECOND``: 7 pages written after the first batch's fixes, scored before any change.

    PYTHONPATH=src python benchmarks/html_comment_systems_score.py --trees benchmarks/html_comments_blind10.py [-v]
"""

from __future__ import annotations

from typing import Any

FIRST: dict[str, list[tuple[Any, ...]]] = {
    "vuukle.html": [
        (0, "vk-9001", "Priya Menon", "Good news for the farmers in Palakkad."),
        (1, "vk-9004", "Joseph K", "Not for the ones near the river."),
        (2, "vk-9007", "Priya Menon", "True, the embankment work is still not done."),
        (0, "vk-9010", "anil_tvm", "Schools open on Monday anyway."),
        (0, "more", None, ""),
    ],
    "dle-russian.html": [
        (0, "311", "Serg_T", "Давно пора было, пробки на старом мосту каждый день."),
        (1, "315", "Марина", "Пробки никуда не денутся, машин всё больше."),
        (2, "318", "Serg_T", "Зато теперь есть второй путь через реку."),
        (0, "320", "Пенсионер", "А пешеходный тротуар там есть?"),
    ],
    "bitrix-blog.html": [
        (0, "120", "Дмитрий К.", "Поздравляю! А адрес склада сменился для самовывоза?"),
        (1, "121", "Анна Смирнова", "Да, новый адрес уже на странице контактов."),
        (2, "124", "Дмитрий К.", "Спасибо, нашёл."),
        (0, "130", "Лариса", "Будет ли день открытых дверей?"),
    ],
    "kunena.html": [
        (0, "5104", "sparky", "Only with a zone valve. Which boiler is it?"),
        (0, "5109", "tomh", "A Vaillant from 2009."),
    ],
    "naver-cbox.html": [
        (0, "7001", "subw****", "월급 빼고 다 오르네요."),
        (1, "7004", "park****", "8년 만의 인상이라고 합니다."),
        (1, "7006", "jiny****", "그래도 다른 도시보다 싸요."),
        (1, "more", None, ""),
        (0, "7010", "hanr****", "환승 할인은 그대로인가요?"),
        (0, "more", None, ""),
    ],
    "dcinside-board.html": [
        (0, "5550101", "한강러", "잠실 쪽은 괜찮던데요"),
        (1, "5550107", "라이더", "잠실은 어제 공사 끝났어요"),
        (1, "5550110", "ㅇㅇ", "뚝섬도 끝났음"),
        (0, "5550120", "페달", "우회로 표지판은 있나요?"),
    ],
    "czech-discussion.html": [
        (0, "c1880021", "Karel Svoboda", "Čtyřicet korun za půl hodiny jízdy je hodně."),
        (1, "c1880030", "Jana N.", "V Brně je to stejné."),
        (2, "c1880044", "Karel Svoboda", "V Brně ale platíte za zóny."),
        (0, "c1880052", "Miroslav Král", "Kupon zůstává, to je hlavní."),
        (0, "more", None, ""),
    ],
    "arabic-opinions.html": [
        (0, "44871", "محمد حسن", "خطوة ممتازة، أخيرا سنصل إلى العمل في وقت أقل."),
        (1, "44880", "سارة", "لكن سعر التذكرة مرتفع."),
        (2, "44893", "محمد حسن", "هناك اشتراك شهري أرخص."),
        (0, "44901", "زائر", "متى تفتح المرحلة الثانية؟"),
        (0, "more", None, ""),
    ],
    "greek-news.html": [
        (0, "sxolio-3301", "Νίκος Κ.", "Επιτέλους, χρόνια το περιμέναμε."),
        (1, "sxolio-3305", "Μαρία", "Θα σταματάει και στο Φάληρο;"),
        (2, "sxolio-3309", "Νίκος Κ.", "Ναι, έχει δύο στάσεις εκεί."),
        (0, "sxolio-3312", "Ανώνυμος", "Και το κόστος;"),
    ],
    "vnexpress.html": [
        (0, "51204411", "Trần Hùng", "Tốt quá, đi sân bay đỡ tốn tiền taxi."),
        (1, "51204460", "Lan Phạm", "Buổi tối có chạy không bạn?"),
        (1, "51204477", "Trần Hùng", "Chạy đến 23h."),
        (1, "more", None, ""),
        (0, "51204502", "quocbao", "Mong có thêm tuyến đi Hà Đông."),
        (0, "more", None, ""),
    ],
    "hebrew-talkbacks.html": [
        (0, "tb-88120411", "יוסי", "סוף סוף, חיכינו לזה שנים."),
        (1, "tb-88120450", "רחל", "ומה עם הקריות?"),
        (2, "tb-88120497", "יוסי", "הקו מגיע עד קריית מוצקין."),
        (0, "tb-88120533", "אבי כהן", "גם בתל אביב צריך את זה."),
        (0, "more", None, ""),
    ],
    "discourse-embed.html": [
        (0, "5521", "Hanna Berg", "The timetable is now in the first post of the topic."),
        (1, "5530", "ole", "Does the first boat still leave at six?"),
        (0, "5544", "Mei Tanaka", "Bikes go free on weekdays now.\n\nOnly before nine, though."),
        (0, "more", None, ""),
    ],
    "mediawiki-comments.html": [
        (0, "comment-41", "Hinrich", "Is there seating on the square?"),
        (1, "comment-44", "Festival team", "Yes, 300 chairs in front of the stage."),
        (1, "comment-47", "83.12.40.7", "And if it rains?"),
        (0, "comment-52", "Gesa", "The guest band was great last year."),
    ],
    "moodle-forum.html": [
        (0, "p305", "Lukas Brandt", "Can we choose the time slot for the oral exam?"),
        (1, "p309", "Dr. Ruth Maier", "Yes, a booking list opens on Friday."),
        (0, "p312", "Sofia Rossi", "Is the exam open book?"),
    ],
    "finnish-news.html": [
        (0, "k-77102", "Liisa", "Vihdoinkin! Lielahdesta on ollut hankala päästä keskustaan."),
        (1, "k-77110", "Jari K.", "Bussi 26 kulkee sinne jo nyt."),
        (2, "k-77118", "Liisa", "Vain kerran tunnissa."),
        (0, "k-77125", "Ratikkafani", "Entä Hiedanranta?"),
        (0, "more", None, ""),
    ],
    "indonesian-news.html": [
        (0, "90211", "Budi Santoso", "Semoga tepat waktu, jangan molor lagi."),
        (1, "90230", "dewi_a", "Fase 1 dulu juga molor setahun."),
        (2, "90245", "Budi Santoso", "Karena itu saya khawatir."),
        (1, "more", None, ""),
        (0, "90260", "Agus", "Berapa tarifnya nanti?"),
        (0, "more", None, ""),
    ],
    "hungarian-blog.html": [
        (0, "hsz-5512", "Péter", "Végre! Ott soha nem lehetett átkelni."),
        (1, "hsz-5517", "zsuzsi_b", "És a buszok hol fognak menni?"),
        (2, "hsz-5520", "Péter", "Az alagúton keresztül."),
        (0, "hsz-5533", "Gábor", "Mennyibe kerül ez az egész?"),
    ],
    "japanese-hashed.html": [
        (0, "1", "tetsu", "座席が広くなるのは嬉しい。のぞみ以外にも入れてほしい。"),
        (0, "2", "ひかり好き", "コンセントは全席ですか。"),
        (0, "3", "元運転士", "車両の寿命はだいたい15年です。"),
        (0, "more", None, ""),
    ],
    "bitrix-reviews.html": [
        (0, "2281", "Ольга", "Наконец-то, раньше ездили в центр."),
        (0, "2290", "Алексей Р.", "Дороговато для пенсионеров."),
        (0, "2302", "Гость", "Для пенсионеров обещали скидку 50%."),
    ],
    "czech-reakce.html": [
        (0, "reakce-1501", "Tomáš", "Kolik vás stála nová krytina?"),
        (1, "reakce-1502", "Jana Malá", "Asi 90 tisíc i s prací."),
        (2, "reakce-1504", "Tomáš", "To je rozumná cena."),
        (0, "reakce-1510", "Eva", "Krásná práce, gratuluji!"),
    ],
}

SECOND: dict[str, list[tuple[Any, ...]]] = {
    "romanian-news.html": [
        (0, "", "Mihai", "Ca de obicei, totul întârzie la noi."),
        (1, "", "Elena", "Măcar au început lucrările."),
        (0, "", "Andrei", "Cât mai costă în total?"),
    ],
    "persian-news.html": [
        (0, "", "علی", "خیلی خوب است، بالاخره تمام شد."),
        (1, "", "مریم", "ایستگاه\u200cها هنوز کامل نیستند."),
        (0, "", "رضا", "قیمت بلیت چقدر است؟"),
    ],
    "slovak-news.html": [
        (0, "", "Juraj", "Konečne, čakali sme na to dvadsať rokov."),
        (1, "", "Zuzana", "Dvadsať rokov a ešte stále len plány."),
        (0, "", "Peter", "Koľko to bude stáť?"),
    ],
    "serbian-cyrillic.html": [
        (0, "", "Милан", "Коначно нешто добро за град."),
        (1, "", "Јелена", "А гужве на старом мосту?"),
        (0, "", "Драган", "Колико кошта цео пројекат?"),
    ],
    "japanese-2ch.html": [
        (0, "", "名無しさん", "やっと座席が広くなるのか"),
        (0, "", "鉄道ファン", ">>1 グリーン車だけらしいぞ"),
        (0, "", "名無しさん", "コンセントは全席にほしい"),
    ],
    "bulgarian-news.html": [
        (0, "", "Иван", "Най-после! Чакаме го от години."),
        (0, "", "Мария", "А кога ще стигне до Люлин?"),
        (0, "", "Георги", "Цената на билета остава ли същата?"),
        (0, "", None, ""),
    ],
    "thai-board.html": [
        (0, "", "สมชาย", "ดีใจมาก เดินทางสะดวกขึ้นเยอะ"),
        (1, "", "มาลี", "ค่าโดยสารแพงไปหน่อย"),
        (0, "", "ต้น", "มีที่จอดรถไหมครับ"),
    ],
}

TREES = {**FIRST, **SECOND}
