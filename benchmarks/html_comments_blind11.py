# ruff: noqa: RUF001  (names and texts in Cyrillic, Greek and other scripts)
"""Session 11's blind rounds: the trees written by hand for each new page before the code was
run on it (ids are not scored). ``FIRST``: 17 pages (13 threads, 4 near misses that must give no
comment) written before the rules were read; ``SECOND``: 9 pages (6 threads, 3 near misses) written after
the first batch's fixes, scored before any change. An empty tree is a near miss.

    PYTHONPATH=src python benchmarks/html_comment_systems_score.py --trees benchmarks/html_comments_blind11.py [--set FIRST] [-v]
"""

from __future__ import annotations

from typing import Any

FIRST: dict[str, list[tuple[Any, ...]]] = {
    "cackle.html": [
        (0, "88120", "Андрей Волков", "Хорошо бы ещё велодорожку сделали по мосту."),
        (1, "88131", "Ольга", "В проекте она есть, с обеих сторон."),
        (2, "88140", "Андрей Волков", "Тогда вопрос снят, спасибо."),
        (0, "88152", "Гость", "А старый мост надолго закроют?"),
        (0, "more", None, ""),
    ],
    "netease-floors.html": [
        (0, "10001", "网易浙江省杭州市网友", "终于通到我家门口了，上班省半小时。"),
        (1, "10007", "钱塘小明", "早高峰还是挤不上去。"),
        (2, "10012", "网易浙江省杭州市网友", "七点前出门就不挤。"),
        (0, "10020", "西湖边的猫", "票价多少？"),
        (0, "more", None, ""),
    ],
    "wykop-polish.html": [
        (0, "7711001", "kot_w_butach", "Szkoda, że bez tramwaju, miejsca było dość."),
        (
            1,
            "7711004",
            "miejski_inzynier",
            "@kot_w_butach: torowisko da się dołożyć później, konstrukcja jest na to gotowa.",
        ),
        (1, "7711009", "anka_z_nowej_huty", "@miejski_inzynier: czyli za kolejne 210 mln."),
        (1, "more", None, ""),
        (0, "7711020", "rowerzysta88", "Droga rowerowa jest po obu stronach, to duży plus."),
        (0, "more", None, ""),
    ],
    "turkish-at-replies.html": [
        (0, "5501", "Mehmet Y.", "Güzel haber ama inşaat ne kadar sürecek?"),
        (1, "5507", "Ayşe", "@Mehmet Y. belediye iki yıl dedi."),
        (2, "5518", "Mehmet Y.", "@Ayşe iki yıl derler, dört yıl sürer."),
        (0, "5512", "Kemal", "Otobüs hatları da değişecek mi?"),
        (0, "more", None, ""),
    ],
    "in-reply-to-links.html": [
        (0, "2201", "Carl Benson", "Sunday hours are long overdue."),
        (1, "2204", "Ruth M.", "Agreed, the students need it during exams."),
        (2, "2213", "Carl Benson", "And the commuters who can only come early."),
        (0, "2209", "Tom Reyes", "Who is paying for the extra staff?"),
        (1, "2218", "Linda Park", "The levy passed last year covers it."),
    ],
    "greek-bootstrap-ms.html": [
        (0, "3301", "Γιώργος Π.", "Επιτέλους, θα γλιτώσουμε την κίνηση στην παραλιακή."),
        (1, "3305", "Ελένη", "Μόνο αν δεν σταματά σε κάθε φανάρι."),
        (2, "3308", "Γιώργος Π.", "Θα έχει προτεραιότητα στα φανάρια, το λέει η ανακοίνωση."),
        (0, "3312", "Νίκος", "Και το εισιτήριο πόσο θα κοστίζει;"),
    ],
    "vietnamese-subcomments.html": [
        (0, "90011", "Nguyễn Văn Hùng", "Tuyến qua Cầu Giấy rất cần, sáng nào cũng tắc."),
        (1, "90018", "Lan Anh", "Buýt điện cũng đi chung làn thì vẫn tắc thôi."),
        (1, "90023", "Trần Minh", "Nghe nói sẽ có làn riêng ở một số đoạn."),
        (1, "more", None, ""),
        (0, "90031", "Phạm Thu", "Mong có tuyến ra sân bay Nội Bài."),
        (0, "more", None, ""),
    ],
    "indonesian-balasan.html": [
        (0, "44001", "Budi Santoso", "Semoga tarifnya tidak terlalu mahal."),
        (1, "44006", "Sri Wahyuni", "Katanya sekitar 15 ribu untuk golongan satu."),
        (1, "more", None, ""),
        (0, "44012", "agus88", "Akhirnya ke Demak tidak lewat jalur pantura lagi."),
        (0, "more", None, ""),
    ],
    "telegram-comments-app.html": [
        (0, "311", "Hanna Lind", "Finally a ferry that fits the school start."),
        (1, "314", "Per O.", "Unless it is cancelled for wind again."),
        (0, "320", "Jonas", "Will the Sunday boats change too?"),
        (1, "326", "Hanna Lind", "No, only weekdays and Fridays."),
        (0, "more", None, ""),
    ],
    "steemit.html": [
        (0, "honeyman", "honeyman", "Give them a week before you open the box again."),
        (1, "beegirl", "beegirl", "Thanks, I will wait until Monday."),
        (2, "waxworks", "waxworks", "Monday is fine if it is warm."),
        (0, "flowerfarm", "flowerfarm", "Plant some lavender near the hive."),
    ],
    "django-mptt.html": [
        (0, "17", "Jean Hardy", "Is there water on the new plots yet?"),
        (1, "18", "Allotment Society", "Two standpipes are in, a third comes in June."),
        (2, "21", "Jean Hardy", "Good, thank you."),
        (0, "19", "Bill Owens", "Sixty names is still a three year wait."),
    ],
    "muut.html": [
        (0, "seed", "Sam K", "How long will the bridge work take?"),
        (1, "1", "trailcrew", "Two weekends if the weather holds."),
        (1, "2", "jo_runs", "The river path floods after rain, careful."),
        (1, "3", "Sam K", "Thanks both."),
    ],
    "yahoo-jp-comments.html": [
        (0, "a1", "山田 太郎", "燃料費の上昇を考えれば妥当な改定だと思います。"),
        (1, "a1-r1", "kaz*****", "その分本数を増やしてほしい。"),
        (1, "a1-r2", "ひまわり", "通学定期はどうなるのでしょうか。"),
        (1, "more", None, ""),
        (0, "b7", "tnk*****", "高齢者割引は残してほしいです。"),
        (0, "more", None, ""),
    ],
    "nm-product-reviews.html": [],
    "nm-reader-letters.html": [],
    "nm-testimonials.html": [],
    "nm-qa-sidebar.html": [],
}

SECOND: dict[str, list[tuple[Any, ...]]] = {
    "hypercomments-ru.html": [
        (0, "71820", "Ринат", "А до Свияжска будет ходить?"),
        (1, "71826", "Лейла", "Пока только по городу, до Свияжска летом как обычно."),
        (0, "71840", "Гость_1984", "60 рублей за трамвай по воде — нормально."),
    ],
    "polish-quote-reply.html": [
        (0, "9001", "rowerzysta_z_oliwy", "Wreszcie połączą Oliwę z Wrzeszczem."),
        (0, "9004", "Kasia", "Oby nie kosztem chodnika."),
        (1, "9009", "Marek G.", "Na Grunwaldzkiej chodnik zostaje, tak jest w projekcie."),
        (0, "9012", "gość", "A co z parkingami?"),
        (0, "more", None, ""),
    ],
    "romanian-margin-replies.html": [
        (0, "5511", "Andrei P.", "Sper să-l vedem până în 2030."),
        (1, "5514", "Ioana", "Optimist. Eu zic 2035."),
        (2, "5517", "Andrei P.", "Finanțarea e deja aprobată, deci poate."),
        (0, "5520", "Vlad", "Și trenul metropolitan?"),
    ],
    "hindi-news.html": [
        (0, "3301", "राहुल वर्मा", "बहुत अच्छी खबर, पुराने लखनऊ को इसकी सबसे ज्यादा जरूरत थी।"),
        (1, "3307", "सीमा", "किराया कितना होगा, यह भी बताइए।"),
        (0, "3312", "अमित", "काम कब शुरू होगा?"),
    ],
    "italian-liv-depth.html": [
        (0, "771", "Giulia", "Sei mesi di chiusura sono tanti per i negozi."),
        (1, "774", "Franco B.", "I negozi avranno ristori dal Comune."),
        (2, "779", "Giulia", "Speriamo che arrivino in tempo."),
        (0, "781", "Paolo", "Finalmente, il bus 27 è sempre pieno."),
    ],
    "portuguese-at-replies.html": [
        (0, "601", "João Silva", "Ótimo, mas falta ligar com a Faria Lima."),
        (1, "604", "Ana Paula", "@João Silva a ligação está prevista para 2025."),
        (2, "611", "João Silva", "@Ana Paula obrigado pela informação!"),
        (0, "608", "Rodrigo", "Quem vai fiscalizar as motos na ciclovia?"),
        (0, "more", None, ""),
    ],
    "nm-forum-topic-list.html": [],
    "nm-liveblog-updates.html": [],
    "nm-event-schedule.html": [],
}
