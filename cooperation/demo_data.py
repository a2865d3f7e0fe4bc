"""Demo cooperation records for `manage.py load_demo_content` (data only).

The countries, the foreign regions and cities and the public bodies are real names. Every
person and every company is invented, and so are the texts. The records follow the demo
articles of news/demo_data.py (the year 2026), which link to them by the keys used here:
a page's slug, a country's code, a place's slug, an organisation's or a person's key.

Kazakh organisations are left without a country (there is no "Kazakhstan" partner country),
as are international bodies: `kind` tells them apart.
"""

# ruff: noqa: E501 -- prose strings in a data module cannot be wrapped sensibly.

from datetime import date, time
from decimal import Decimal


def tr(kk, ru, en=None):
    """A text in Kazakh and Russian and, when given, English."""
    return {"kk": kk, "ru": ru, "en": en} if en else {"kk": kk, "ru": ru}


# The records are kept one row per line where they fit; ruff would explode them.
# fmt: off

SECTION = {
    "title": tr("Халықаралық ынтымақтастық", "Международное сотрудничество", "International cooperation"),
    "intro": tr(
        "Облыстың шетелдік серіктестерімен байланысы: делегациялар сапарлары, қол қойылған келісімдер мен бірлескен инвестициялық жобалар.",
        "Связи области с зарубежными партнёрами: визиты делегаций, подписанные соглашения и совместные инвестиционные проекты.",
        "The region's ties with foreign partners: delegation visits, signed agreements and joint investment projects.",
    ),
}

LISTS = {
    "agreements": {
        "title": tr("Келісімдер", "Соглашения", "Agreements"),
        "intro": tr(
            "Шетелдік серіктестермен жасалған меморандумдар, келісімдер мен жол карталарының тізілімі, әрқайсысының қазіргі мәртебесімен.",
            "Реестр меморандумов, соглашений и дорожных карт с зарубежными партнёрами с текущим статусом каждого документа.",
            "The register of memoranda, agreements and roadmaps concluded with foreign partners, each with its current status.",
        ),
    },
    "delegations": {
        "title": tr("Делегациялар", "Делегации", "Delegations"),
        "intro": tr(
            "Облыс делегацияларының шетелге және шетелдік қонақтардың облысқа сапарлары: бағдарламасы, құрамы және нәтижелері.",
            "Визиты делегаций области за рубеж и иностранных гостей в область: программа, состав и итоги.",
            "Visits of the region's delegations abroad and of foreign guests to the region: programme, members and outcomes.",
        ),
    },
    "projects": {
        "title": tr("Инвестициялық жобалар", "Инвестиционные проекты", "Investment projects"),
        "intro": tr(
            "Шетелдік серіктестермен бірлесіп іске асырылатын жобалар: қуаты, инвестиция көлемі және қазіргі кезеңі.",
            "Проекты, реализуемые вместе с зарубежными партнёрами: мощность, объём инвестиций и текущий этап.",
            "Projects carried out with foreign partners: capacity, investment and current stage.",
        ),
    },
}

COUNTRIES = [
    {"code": "CN", "name": tr("Қытай", "Китай", "China")},
    {"code": "RU", "name": tr("Ресей", "Россия", "Russia")},
    {"code": "KR", "name": tr("Корея Республикасы", "Республика Корея", "Republic of Korea")},
    {"code": "TH", "name": tr("Тайланд", "Таиланд", "Thailand")},
    {"code": "KG", "name": tr("Қырғызстан", "Кыргызстан", "Kyrgyzstan")},
]

# A place's parent comes before it.
PLACES = [
    {"slug": "shaanxi", "kind": "province", "country": "CN", "parent": None, "name": tr("Шэньси провинциясы", "Провинция Шэньси", "Shaanxi province")},
    {"slug": "sichuan", "kind": "province", "country": "CN", "parent": None, "name": tr("Сычуань провинциясы", "Провинция Сычуань", "Sichuan province")},
    {"slug": "xian", "kind": "city", "country": "CN", "parent": "shaanxi", "name": tr("Сиань", "Сиань", "Xi'an")},
    {"slug": "weinan", "kind": "city", "country": "CN", "parent": "shaanxi", "name": tr("Вэйнань", "Вэйнань", "Weinan")},
    {"slug": "mianyang", "kind": "city", "country": "CN", "parent": "sichuan", "name": tr("Мяньян", "Мяньян", "Mianyang")},
    {"slug": "samara-region", "kind": "region", "country": "RU", "parent": None, "name": tr("Самара облысы", "Самарская область", "Samara region")},
    {"slug": "syzran", "kind": "city", "country": "RU", "parent": "samara-region", "name": tr("Сызрань", "Сызрань", "Syzran")},
    {"slug": "bangkok", "kind": "city", "country": "TH", "parent": None, "name": tr("Бангкок", "Бангкок", "Bangkok")},
]

# Found again by the Kazakh name. Companies, the university and the people are invented.
ORGANISATIONS = [
    {"key": "escap", "kind": "international", "country": None, "place": None, "website": "https://www.unescap.org/",
     "name": tr("БҰҰ Азия және Тынық мұхиты үшін экономикалық және әлеуметтік комиссиясы", "Экономическая и социальная комиссия ООН для Азии и Тихого океана", "United Nations Economic and Social Commission for Asia and the Pacific"),
     "short_name": tr("БҰҰ ЭСКАТО", "ЭСКАТО ООН", "UN ESCAP")},
    {"key": "korean-association", "kind": "association", "country": "KR", "place": None,
     "name": tr("Кореяның жергілікті басқару органдары қауымдастығы", "Ассоциация органов местного самоуправления Кореи", "Association of Local Governments of Korea")},
    {"key": "kyrgyz-agency", "kind": "state_agency", "country": "KG", "place": None,
     "name": tr("Қырғыз Республикасының ауыл шаруашылығы жөніндегі мемлекеттік агенттігі", "Государственное агентство Кыргызской Республики по сельскому хозяйству", "State Agency for Agriculture of the Kyrgyz Republic")},
    {"key": "haneul-university", "kind": "university", "country": "KR", "place": None,
     "name": tr("Ханыль университеті", "Университет Ханыль", "Haneul University")},
    {"key": "wealth-fund", "kind": "company", "country": None, "place": None,
     "name": tr("Ұлттық әл-ауқат қоры", "Национальный фонд благосостояния", "National wealth fund")},
    {"key": "saebyeol", "kind": "company", "country": "KR", "place": None,
     "name": tr("«Сэбёль Плант Инжиниринг» компаниясы", "Компания «Сэбёль Плант Инжиниринг»", "Saebyeol Plant Engineering")},
    {"key": "lanhua", "kind": "company", "country": "CN", "place": "xian",
     "name": tr("«Ланьхуа» құрылыс тобы", "Строительная группа «Ланьхуа»", "Lanhua Construction Group")},
    {"key": "qinfeng", "kind": "company", "country": "CN", "place": "weinan",
     "name": tr("«Цинфэн Агротех» компаниясы", "Компания «Цинфэн Агротех»", "Qinfeng Agritech")},
    {"key": "hanyuan", "kind": "company", "country": "CN", "place": "xian",
     "name": tr("«Ханьюань» халықаралық білім беру тобы", "Международная образовательная группа «Ханьюань»", "Hanyuan International Education Group")},
    {"key": "tangcheng", "kind": "company", "country": "CN", "place": "xian",
     "name": tr("«Танчэн Софт» компаниясы", "Компания «Танчэн Софт»", "Tangcheng Soft")},
    {"key": "weibei", "kind": "company", "country": "CN", "place": "weinan",
     "name": tr("«Вэйбэй» медициналық тобы", "Медицинская группа «Вэйбэй»", "Weibei Medical Group")},
    {"key": "huangtu", "kind": "company", "country": "CN", "place": None,
     "name": tr("«Хуанту» құрылыс материалдары компаниясы", "Компания строительных материалов «Хуанту»", "Huangtu Building Materials")},
    {"key": "jinshi", "kind": "company", "country": "CN", "place": None,
     "name": tr("«Цзиньши» тас өңдеу компаниясы", "Камнеобрабатывающая компания «Цзиньши»", "Jinshi Stone")},
    {"key": "akimat-turkestan-city", "kind": "state_agency", "country": None, "place": None,
     "name": tr("Түркістан қаласының әкімдігі", "Акимат города Туркестана", "Akimat of Turkestan city")},
    {"key": "akimat-oral-city", "kind": "state_agency", "country": None, "place": None,
     "name": tr("Орал қаласының әкімдігі", "Акимат города Уральска", "Akimat of Oral city")},
    {"key": "almaty-investment-centre", "kind": "other", "country": None, "place": None,
     "name": tr("Алматы қаласының инвестициялық орталығы", "Инвестиционный центр города Алматы", "Almaty City Investment Centre")},
    {"key": "almaty-microcredit", "kind": "company", "country": None, "place": None,
     "name": tr("Алматы қаласының микроқаржы ұйымы", "Микрофинансовая организация города Алматы", "Almaty city micro-credit organisation")},
]

DEPUTY_AKIM_TURKESTAN = tr("Түркістан облысы әкімінің орынбасары", "заместитель акима Туркестанской области", "deputy akim of Turkestan region")

# Invented people (the names the demo articles quote). Positions: (title, start, end, organisation key).
PEOPLE = [
    {"key": "seitkulov", "country": None, "name": tr("Дәулет Сейітқұлов", "Даулет Сеиткулов", "Daulet Seitkulov"), "positions": [
        (DEPUTY_AKIM_TURKESTAN, date(2018, 6, 20), date(2019, 3, 21), None),
        (tr("Түркістан облысының әкімі", "аким Туркестанской области", "akim of Turkestan region"), date(2019, 3, 22), None, None),
    ]},
    {"key": "nurmaganbetova", "country": None, "name": tr("Айгүл Нұрмағанбетова", "Айгуль Нурмаганбетова", "Aigul Nurmaganbetova"), "positions": [
        (tr("Түркістан облысы экономика және бюджеттік жоспарлау басқармасының басшысы", "руководитель управления экономики и бюджетного планирования Туркестанской области", "head of the economy and budget planning department of Turkestan region"), date(2019, 4, 15), date(2021, 1, 31), None),
        (DEPUTY_AKIM_TURKESTAN, date(2021, 2, 1), None, None),
    ]},
    {"key": "ospanov", "country": None, "name": tr("Ғалымжан Оспанов", "Галымжан Оспанов", "Galymzhan Ospanov"), "positions": [
        (tr("Түркістан қаласы әкімінің орынбасары", "заместитель акима города Туркестана", "deputy akim of Turkestan city"), date(2020, 9, 1), date(2023, 5, 9), "akimat-turkestan-city"),
        (tr("Түркістан қаласының әкімі", "аким города Туркестана", "akim of Turkestan city"), date(2023, 5, 10), None, "akimat-turkestan-city"),
    ]},
    {"key": "abdikarimov", "country": None, "name": tr("Нұрлан Әбдікәрімов", "Нурлан Абдикаримов", "Nurlan Abdikarimov"), "positions": [
        (tr("Түркістан облысы ауыл шаруашылығы басқармасының басшысы", "руководитель управления сельского хозяйства Туркестанской области", "head of the agriculture department of Turkestan region"), date(2022, 7, 1), None, None),
    ]},
    {"key": "yessengaliyev", "country": None, "name": tr("Серік Есенғалиев", "Серик Есенгалиев", "Serik Yessengaliyev"), "positions": [
        (tr("Батыс Қазақстан облысы әкімінің орынбасары", "заместитель акима Западно-Казахстанской области", "deputy akim of West Kazakhstan region"), date(2022, 2, 14), None, None),
    ]},
    {"key": "kairgaliyeva", "country": None, "name": tr("Әсел Қайырғалиева", "Асель Каиргалиева", "Assel Kairgaliyeva"), "positions": [
        (tr("Батыс Қазақстан облысы кәсіпкерлік және индустрия басқармасының басшысы", "руководитель управления предпринимательства и индустрии Западно-Казахстанской области", "head of the entrepreneurship and industry department of West Kazakhstan region"), date(2023, 1, 9), None, None),
    ]},
    {"key": "park", "country": "KR", "name": tr("Пак Чжон Хун", "Пак Чжон Хун", "Park Jong Hun"), "positions": [
        (tr("Корея Республикасының Қазақстандағы Төтенше және Өкілетті Елшісі", "Чрезвычайный и Полномочный Посол Республики Корея в Казахстане", "Ambassador of the Republic of Korea to Kazakhstan"), date(2024, 3, 4), None, None),
    ]},
    {"key": "kim", "country": "KR", "name": tr("Ким Сон Мин", "Ким Сон Мин", "Kim Seong Min"), "positions": [
        (tr("Кореяның жергілікті басқару органдары қауымдастығының бас хатшысы", "генеральный секретарь Ассоциации органов местного самоуправления Кореи", "secretary general of the Association of Local Governments of Korea"), date(2025, 1, 2), None, "korean-association"),
    ]},
    {"key": "han", "country": "KR", "name": tr("Хан Чжи Сок", "Хан Чжи Сок", "Han Ji Seok"), "positions": [
        (tr("Ханыль университеті экология институтының директоры", "директор Института экологии университета Ханыль", "director of the Institute of Ecology, Haneul University"), date(2019, 3, 1), date(2023, 2, 28), "haneul-university"),
        (tr("Ханыль университетінің ректоры", "ректор университета Ханыль", "president of Haneul University"), date(2023, 3, 1), None, "haneul-university"),
    ]},
    {"key": "lee", "country": "KR", "name": tr("Ли Дон Хён", "Ли Дон Хён", "Lee Dong Hyun"), "positions": [
        (tr("Ханыль университеті экология институтының профессоры", "профессор Института экологии университета Ханыль", "professor at the Institute of Ecology, Haneul University"), date(2015, 3, 1), None, "haneul-university"),
    ]},
    {"key": "liu", "country": "CN", "name": tr("Лю Цзяньго", "Лю Цзяньго", "Liu Jianguo"), "positions": [
        (tr("Шэньси провинциясы губернаторының орынбасары", "вице-губернатор провинции Шэньси", "vice-governor of Shaanxi province"), date(2022, 1, 15), None, None),
    ]},
    {"key": "zhang", "country": "CN", "name": tr("Чжан Хунбо", "Чжан Хунбо", "Zhang Hongbo"), "positions": [
        (tr("Вэйнань қаласының мэрі", "мэр города Вэйнань", "mayor of Weinan"), date(2021, 11, 20), None, None),
    ]},
    {"key": "chen", "country": "CN", "name": tr("Чэнь Юйтао", "Чэнь Юйтао", "Chen Yutao"), "positions": [
        (tr("Мяньян қаласы мэрінің орынбасары", "заместитель мэра города Мяньян", "deputy mayor of Mianyang"), date(2023, 2, 1), None, None),
    ]},
    {"key": "vorontsov", "country": "RU", "name": tr("Игорь Воронцов", "Игорь Воронцов", "Igor Vorontsov"), "positions": [
        (tr("Самара облысы үкіметі төрағасының бірінші орынбасары", "первый заместитель председателя правительства Самарской области", "first deputy chairman of the Government of Samara region"), date(2021, 10, 1), None, None),
    ]},
    {"key": "toktosunov", "country": "KG", "name": tr("Азамат Токтосунов", "Азамат Токтосунов", "Azamat Toktosunov"), "positions": [
        (tr("Қырғыз Республикасы ауыл шаруашылығы жөніндегі мемлекеттік агенттігі директорының орынбасары", "заместитель директора Государственного агентства Кыргызской Республики по сельскому хозяйству", "deputy director of the State Agency for Agriculture of the Kyrgyz Republic"), date(2024, 6, 3), None, "kyrgyz-agency"),
    ]},
    {"key": "zhumabekov", "country": "KG", "name": tr("Бакыт Жумабеков", "Бакыт Жумабеков", "Bakyt Zhumabekov"), "positions": [
        (tr("Мемлекеттік агенттіктің асыл тұқымды мал шаруашылығы бөлімінің меңгерушісі", "заведующий отделом племенного животноводства государственного агентства", "head of the livestock breeding division of the state agency"), date(2022, 4, 11), None, "kyrgyz-agency"),
    ]},
]

# Found again by the Kazakh name and the start date.
EVENTS = [
    {"key": "escap-forum", "edition": None, "country": "TH", "place": "bangkok", "start": date(2026, 5, 5), "end": date(2026, 5, 7),
     "name": tr("Азия және Тынық мұхиты өңірінің тұрақты даму жөніндегі форумы", "Азиатско-Тихоокеанский форум по устойчивому развитию", "Asia-Pacific Forum on Sustainable Development"),
     "venue": tr("Бангкок, БҰҰ конференц-орталығы", "Бангкок, Конференц-центр ООН", "United Nations Conference Centre, Bangkok")},
    {"key": "kz-ru-forum", "edition": None, "country": "RU", "place": "samara-region", "start": date(2026, 9, 8), "end": date(2026, 9, 9),
     "name": tr("Қазақстан мен Ресейдің өңіраралық ынтымақтастық форумы", "Форум межрегионального сотрудничества Казахстана и России", "Forum of Interregional Cooperation of Kazakhstan and Russia"),
     "venue": tr("Самара", "Самара", "Samara")},
    {"key": "central-asia-korea-forum", "edition": 2, "country": None, "place": None, "start": date(2026, 10, 6), "end": date(2026, 10, 7),
     "name": tr("«Орталық Азия – Корея» жергілікті өзін-өзі басқару форумы", "Форум местного самоуправления «Центральная Азия – Корея»", "Central Asia – Korea Local Self-Government Forum"),
     "venue": tr("Түркістан", "Туркестан", "Turkestan")},
    {"key": "kz-cn-business-forum", "edition": None, "country": None, "place": None, "start": date(2026, 11, 5), "end": None,
     "name": tr("Қазақстан – Қытай бизнес-форумы", "Казахстанско-китайский бизнес-форум", "Kazakhstan – China Business Forum"),
     "venue": tr("Түркістан", "Туркестан", "Turkestan")},
]

# Programme items: (date, time, kind, description, counterpart, organisation, place).
DELEGATIONS = [
    {
        "slug": "turkestan-region-to-shaanxi-2026",
        "title": tr("Түркістан облысы делегациясының Шэньси провинциясына сапары", "Визит делегации Туркестанской области в провинцию Шэньси", "Turkestan region delegation visits Shaanxi province"),
        "direction": "outgoing", "region": "turkestan", "countries": ["CN"], "places": ["xian", "weinan", "mianyang"],
        "start": date(2026, 6, 15), "end": date(2026, 6, 20), "leader": "seitkulov", "event": None,
        "members": [("ospanov", {}), ("abdikarimov", {})],
        "purpose": tr(
            "Шэньси провинциясымен бауырлас өңірлер қатынасын орнату, Вэйнань қаласымен серіктестік туралы меморандумға қол қою және ауыл шаруашылығы өнімдерін өңдеу тәжірибесімен танысу.",
            "Установить побратимские отношения с провинцией Шэньси, подписать меморандум о партнёрстве с городом Вэйнань и изучить опыт переработки сельхозпродукции.",
            "To establish sister-region relations with Shaanxi province, sign a partnership memorandum with the city of Weinan and study agricultural processing.",
        ),
        "programme": [
            (date(2026, 6, 15), time(10, 0), "meeting", tr("Шэньси провинциясы үкіметінің басшылығымен кездесу", "Встреча с руководством правительства провинции Шэньси", "Meeting with the leadership of the Shaanxi provincial government"), "liu", None, "xian"),
            (date(2026, 6, 16), time(9, 30), "site_visit", tr("Вэйнань жоғары технологиялар аймағы мен жеміс-көкөніс өңдейтін кәсіпорындарды аралау", "Посещение зоны высоких технологий Вэйнаня и предприятий по переработке плодоовощной продукции", "Visit to the Weinan high-tech zone and fruit and vegetable processing plants"), None, None, "weinan"),
            (date(2026, 6, 17), time(11, 0), "signing", tr("Түркістан мен Вэйнань қалаларының серіктестігі туралы меморандумға қол қою", "Подписание меморандума о партнёрстве городов Туркестан и Вэйнань", "Signing of the partnership memorandum between Turkestan and Weinan"), "zhang", None, "weinan"),
            (date(2026, 6, 18), time(10, 0), "site_visit", tr("Мяньян қаласындағы электроника кәсіпорындары мен ғылыми-зерттеу орталығына бару", "Посещение предприятий электроники и научно-исследовательского центра в Мяньяне", "Visit to electronics plants and a research centre in Mianyang"), "chen", None, "mianyang"),
            (date(2026, 6, 19), time(10, 30), "signing", tr("Бауырлас өңірлер қатынасын орнату туралы келісімге қол қою", "Подписание соглашения об установлении побратимских отношений", "Signing of the sister-region agreement"), "liu", None, "xian"),
            (date(2026, 6, 19), time(15, 0), "business_meeting", tr("Шэньси кәсіпкерлерімен іскерлік кездесу", "Деловая встреча с предпринимателями Шэньси", "Business meeting with Shaanxi entrepreneurs"), None, "lanhua", "xian"),
        ],
        "outcomes": tr(
            ["Түркістан облысы мен Шэньси провинциясы арасында бауырлас қатынас орнату туралы келісімге, сондай-ақ Түркістан мен Вэйнань қалаларының серіктестігі туралы меморандумға қол қойылды.",
             "Тараптар ауыл шаруашылығы, логистика, туризм және жоғары оқу орындары арасындағы алмасу жөніндегі жол картасын жыл соңына дейін әзірлеуге келісті."],
            ["Подписаны соглашение об установлении побратимских отношений между Туркестанской областью и провинцией Шэньси и меморандум о партнёрстве городов Туркестан и Вэйнань.",
             "Стороны договорились до конца года разработать дорожную карту по сельскому хозяйству, логистике, туризму и обменам между вузами."],
            ["A sister-region agreement between Turkestan region and Shaanxi province and a partnership memorandum between the cities of Turkestan and Weinan were signed.",
             "The sides agreed to draw up a roadmap on agriculture, logistics, tourism and university exchanges by the end of the year."],
        ),
    },
    {
        "slug": "turkestan-region-to-bangkok-2026",
        "title": tr("Түркістан облысы делегациясының Бангкоктағы БҰҰ ЭСКАТО форумына сапары", "Визит делегации Туркестанской области на форум ЭСКАТО ООН в Бангкоке", "Turkestan region delegation at the UN ESCAP forum in Bangkok"),
        "direction": "outgoing", "region": "turkestan", "countries": ["TH"], "places": ["bangkok"],
        "start": date(2026, 5, 4), "end": date(2026, 5, 8), "leader": "nurmaganbetova", "event": "escap-forum",
        "members": [("abdikarimov", {})],
        "purpose": tr(
            "Азия және Тынық мұхиты өңірінің тұрақты даму жөніндегі форумында облыстың суды үнемдеу және ауыл шаруашылығын әртараптандыру тәжірибесін таныстыру.",
            "Представить на Азиатско-Тихоокеанском форуме по устойчивому развитию опыт области в водосбережении и диверсификации сельского хозяйства.",
            "To present the region's experience in water saving and agricultural diversification at the Asia-Pacific Forum on Sustainable Development.",
        ),
        "programme": [
            (date(2026, 5, 5), time(10, 0), "forum", tr("Форумның ашылуы және пленарлық отырысы", "Открытие форума и пленарное заседание", "Opening and plenary session of the forum"), None, "escap", "bangkok"),
            (date(2026, 5, 6), time(11, 30), "forum", tr("Су ресурстарын басқару секциясында тамшылатып суару туралы баяндама", "Доклад о капельном орошении на секции по управлению водными ресурсами", "Talk on drip irrigation at the water management session"), None, "escap", "bangkok"),
            (date(2026, 5, 7), time(10, 0), "meeting", tr("БҰҰ ЭСКАТО сарапшыларымен суды үнемдейтін жобалар туралы кездесу", "Встреча с экспертами ЭСКАТО ООН по водосберегающим проектам", "Meeting with UN ESCAP experts on water-saving projects"), None, "escap", "bangkok"),
        ],
        "outcomes": tr(
            ["Облыс делегациясы соңғы үш жылда тамшылатып суару алқабын 2,5 есе ұлғайту тәжірибесін таныстырды.",
             "БҰҰ ЭСКАТО сарапшыларымен суды үнемдейтін жобалар бойынша деректер алмасуға уағдаластық жасалды."],
            ["Делегация области рассказала, как за три года площадь капельного орошения выросла в 2,5 раза.",
             "С экспертами ЭСКАТО ООН достигнута договорённость об обмене данными по водосберегающим проектам."],
            ["The delegation showed how the region grew its drip-irrigated area 2.5 times in three years.",
             "It agreed with UN ESCAP experts to share data on water-saving projects."],
        ),
    },
    {
        "slug": "west-kazakhstan-to-samara-2026",
        "title": tr("Батыс Қазақстан облысы делегациясының Самарадағы өңіраралық ынтымақтастық форумына сапары", "Делегация Западно-Казахстанской области на Форуме межрегионального сотрудничества в Самаре", "West Kazakhstan region delegation at the Interregional Cooperation Forum in Samara"),
        "direction": "outgoing", "region": "west-kazakhstan", "countries": ["RU"], "places": ["samara-region"],
        "start": date(2026, 9, 7), "end": date(2026, 9, 10), "leader": "yessengaliyev", "event": "kz-ru-forum",
        "members": [("kairgaliyeva", {})],
        "purpose": tr(
            "Қазақстан мен Ресейдің өңіраралық ынтымақтастық форумына қатысу және Самара облысымен ынтымақтастық туралы келісімге қол қою.",
            "Участие в Форуме межрегионального сотрудничества Казахстана и России и подписание соглашения о сотрудничестве с Самарской областью.",
            "To take part in the Forum of Interregional Cooperation of Kazakhstan and Russia and to sign a cooperation agreement with Samara region.",
        ),
        "programme": [
            (date(2026, 9, 8), time(10, 0), "forum", tr("Форумның пленарлық отырысына қатысу", "Участие в пленарном заседании форума", "Plenary session of the forum"), None, None, "samara-region"),
            (date(2026, 9, 8), time(15, 0), "business_meeting", tr("Екі өңір кәсіпкерлерінің іскерлік кездесуі", "Деловая встреча предпринимателей двух регионов", "Business meeting of entrepreneurs from both regions"), None, None, "samara-region"),
            (date(2026, 9, 9), time(11, 0), "signing", tr("Самара облысымен ынтымақтастық туралы келісімге қол қою", "Подписание соглашения о сотрудничестве с Самарской областью", "Signing of the cooperation agreement with Samara region"), "vorontsov", None, "samara-region"),
            (date(2026, 9, 9), time(15, 0), "site_visit", tr("Ауыл шаруашылығы техникасын шығаратын кәсіпорынға бару", "Посещение предприятия по выпуску сельхозтехники", "Visit to an agricultural machinery plant"), None, None, "samara-region"),
        ],
        "outcomes": tr(
            ["Сауда-экономикалық, ғылыми-техникалық, әлеуметтік және мәдени-гуманитарлық салаларды қамтитын ынтымақтастық туралы келісімге қол қойылды.",
             "Көлік-логистика және ауыл шаруашылығы жөнінде бірлескен жұмыс тобын құру туралы шешім қабылданды."],
            ["Подписано соглашение о сотрудничестве в торгово-экономической, научно-технической, социальной и культурно-гуманитарной сферах.",
             "Решено создать совместную рабочую группу по транспортной логистике и сельскому хозяйству."],
            ["A cooperation agreement covering trade and economy, science and technology, and social, cultural and humanitarian ties was signed.",
             "The sides decided to set up a joint working group on transport logistics and agriculture."],
        ),
    },
    {
        "slug": "korean-delegation-central-asia-korea-forum-2026",
        "title": tr("Корея Республикасы делегациясының «Орталық Азия – Корея» форумына сапары", "Делегация Республики Корея на форуме «Центральная Азия – Корея»", "Korean delegation at the Central Asia – Korea forum in Turkestan"),
        "direction": "incoming", "region": "turkestan", "countries": ["KR"], "places": [],
        "start": date(2026, 10, 5), "end": date(2026, 10, 8), "leader": "park", "event": "central-asia-korea-forum",
        "members": [("kim", {}), ("han", {}), ("lee", tr("қалдықтарды қайта өңдеу жөніндегі сарапшы", "эксперт по переработке отходов", "waste recycling expert"))],
        "purpose": tr(
            "Түркістанда өтетін екінші «Орталық Азия – Корея» жергілікті өзін-өзі басқару форумына қатысу және өңірлер арасында тәжірибе алмасу.",
            "Участие во втором форуме местного самоуправления «Центральная Азия – Корея» в Туркестане и обмен опытом между регионами.",
            "To take part in the second Central Asia – Korea local self-government forum in Turkestan and to exchange experience between regions.",
        ),
        "programme": [
            (date(2026, 10, 6), time(10, 0), "forum", tr("Форумның ашылуы және пленарлық отырысы", "Открытие форума и пленарное заседание", "Opening and plenary session of the forum"), None, "korean-association", None),
            (date(2026, 10, 6), time(16, 0), "meeting", tr("Түркістан облысының әкімімен кездесу", "Встреча с акимом Туркестанской области", "Meeting with the akim of Turkestan region"), "seitkulov", None, None),
            (date(2026, 10, 7), time(10, 0), "forum", tr("Цифрлық басқару және жергілікті бюджет жөніндегі панельдік сессиялар", "Панельные сессии по цифровому управлению и местным бюджетам", "Panel sessions on digital governance and local budgets"), None, None, None),
            (date(2026, 10, 7), time(15, 0), "meeting", tr("Ханыль университеті басшылығының облыстағы жоғары оқу орындарының ректорларымен кездесуі", "Встреча руководства университета Ханыль с ректорами вузов области", "Meeting of Haneul University's leadership with the rectors of the region's universities"), None, "haneul-university", None),
            (date(2026, 10, 8), time(10, 0), "site_visit", tr("Қожа Ахмет Ясауи кесенесіне бару", "Посещение мавзолея Ходжи Ахмеда Ясави", "Visit to the Mausoleum of Khoja Ahmed Yasawi"), None, None, None),
        ],
        "outcomes": tr(
            ["Форумға қатысушылар бірлескен декларация қабылдап, муниципалдық қызметкерлерді оқыту бағдарламасын іске қосуға келісті.",
             "Келесі форумды 2027 жылы Өзбекстанда өткізу ұсынылды."],
            ["Участники форума приняли совместную декларацию и договорились запустить программу обучения муниципальных служащих.",
             "Следующий форум предложено провести в 2027 году в Узбекистане."],
            ["Forum participants adopted a joint declaration and agreed to launch a training programme for municipal staff.",
             "It was proposed to hold the next forum in Uzbekistan in 2027."],
        ),
    },
    {
        "slug": "kyrgyz-agency-to-west-kazakhstan-2026",
        "title": tr("Қырғыз Республикасы мемлекеттік агенттігі делегациясының Батыс Қазақстан облысына сапары", "Визит делегации государственного агентства Кыргызской Республики в Западно-Казахстанскую область", "Kyrgyz state agency delegation visits West Kazakhstan region"),
        "direction": "incoming", "region": "west-kazakhstan", "countries": ["KG"], "places": [],
        "start": date(2026, 5, 25), "end": date(2026, 5, 26), "leader": "toktosunov", "event": None,
        "members": [("zhumabekov", {})],
        "purpose": tr(
            "Облыстың асыл тұқымды мал шаруашылығы тәжірибесімен танысу және шаруашылықтар арасында тікелей байланыс орнату.",
            "Изучить опыт области в племенном животноводстве и наладить прямые связи между хозяйствами.",
            "To study the region's experience in livestock breeding and to set up direct ties between farms.",
        ),
        "programme": [
            (date(2026, 5, 25), time(10, 0), "meeting", tr("Облыс әкімінің орынбасарымен кездесу", "Встреча с заместителем акима области", "Meeting with the deputy akim of the region"), "yessengaliyev", None, None),
            (date(2026, 5, 25), time(14, 0), "site_visit", tr("Бөрлі ауданындағы қазақтың ақбас сиырын өсіретін шаруашылыққа бару", "Посещение хозяйства по разведению казахской белоголовой породы в Бурлинском районе", "Visit to a Kazakh Whitehead cattle farm in Burli district"), None, None, None),
            (date(2026, 5, 26), time(10, 0), "site_visit", tr("Сырым ауданындағы еділбай қойын өсіретін шаруашылыққа бару", "Посещение хозяйства по разведению едильбаевских овец в Сырымском районе", "Visit to an Edilbay sheep farm in Syrym district"), None, None, None),
        ],
        "outcomes": tr(
            ["Ветеринария мамандарын бірлесіп оқыту және асыл тұқымды мал жеткізу туралы меморандумның жобасын дайындау туралы келісілді.",
             "Құжатқа келесі жылы Бішкекте қол қою жоспарланған."],
            ["Решено подготовить проект меморандума о совместном обучении ветеринаров и поставках племенного скота.",
             "Подписать документ планируется в следующем году в Бишкеке."],
            ["The sides agreed to draft a memorandum on joint training of veterinarians and supplies of breeding stock.",
             "It is to be signed in Bishkek next year."],
        ),
    },
    {
        "slug": "samara-delegation-to-oral-2026",
        "title": tr("Самара облысы үкіметі делегациясының Оралға сапары", "Визит делегации правительства Самарской области в Уральск", "Samara regional government delegation visits Oral"),
        "direction": "incoming", "region": "west-kazakhstan", "countries": ["RU"], "places": ["samara-region"],
        "start": date(2026, 11, 10), "end": date(2026, 11, 11), "leader": "vorontsov", "event": None,
        "members": [],
        "purpose": tr(
            "Қыркүйекте қол қойылған ынтымақтастық туралы келісімді іске асырудың жол картасын бекіту.",
            "Утвердить дорожную карту реализации соглашения о сотрудничестве, подписанного в сентябре.",
            "To approve the roadmap for the cooperation agreement signed in September.",
        ),
        "programme": [
            (date(2026, 11, 10), time(11, 0), "site_visit", tr("Орал қаласындағы машина жасау зауытына бару", "Посещение машиностроительного завода в Уральске", "Visit to a machine-building plant in Oral"), None, None, None),
            (date(2026, 11, 10), time(15, 0), "site_visit", tr("Аграрлық университетке бару", "Посещение аграрного университета", "Visit to the agrarian university"), None, None, None),
            (date(2026, 11, 11), time(10, 0), "meeting", tr("Облыс әкімдігінде жол картасын талқылау", "Обсуждение дорожной карты в акимате области", "Discussion of the roadmap at the regional akimat"), "yessengaliyev", None, None),
            (date(2026, 11, 11), time(12, 0), "signing", tr("Жол картасына қол қою", "Подписание дорожной карты", "Signing of the roadmap"), "yessengaliyev", None, None),
        ],
        "outcomes": tr(
            ["24 іс-шарадан тұратын жол картасы бекітілді: бірлескен өндірістер, ауыл шаруашылығы техникасын жеткізу және студенттер алмасуы.",
             "Тараптар 2027 жылдың көктемінде Самарада екі өңір кәсіпкерлерінің іскерлік кездесуін өткізуге уағдаласты."],
            ["Утверждена дорожная карта из 24 мероприятий: совместные производства, поставки сельхозтехники и студенческие обмены.",
             "Стороны договорились весной 2027 года провести в Самаре деловую встречу предпринимателей двух регионов."],
            ["A roadmap of 24 measures was approved: joint production, supplies of farm machinery and student exchanges.",
             "The sides agreed to hold a business meeting of entrepreneurs from both regions in Samara in spring 2027."],
        ),
    },
]

TURKESTAN = tr("Түркістан", "Туркестан", "Turkestan")
SIGNED_AT_BUSINESS_FORUM = {"signed_on": date(2026, 11, 5), "signing_place": TURKESTAN, "event": "kz-cn-business-forum", "delegation": None, "signatories": [], "statuses": [(date(2026, 11, 5), "signed", {})]}


def business_memorandum(slug, company, sectors, title, summary):
    """One of the memoranda signed with Chinese companies at the business forum."""
    return {"slug": slug, "kind": "memorandum", "title": title, "summary": summary, "sectors": sectors,
            "parties": [("region", "turkestan"), ("organisation", company)], **SIGNED_AT_BUSINESS_FORUM}


# Parties: (field, key), field one of region, country, place, organisation, person.
# Statuses: (date, status, note), in date order.
AGREEMENTS = [
    {
        "slug": "turkestan-weinan-partnership-memorandum", "kind": "memorandum",
        "title": tr("Түркістан мен Вэйнань қалаларының серіктестігі туралы меморандум", "Меморандум о партнёрстве между городами Туркестан и Вэйнань", "Memorandum of partnership between Turkestan and Weinan"),
        "summary": tr(
            "Түркістан мен Вэйнань қалалары сауда, туризм, білім беру және мәдениет салаларында ынтымақтасады. Тараптар Түркістанда Вэйнань мәдениеті күндерін өткізуге және студенттер алмасу бағдарламасын іске қосуға келісті.",
            "Города Туркестан и Вэйнань будут сотрудничать в торговле, туризме, образовании и культуре. Стороны договорились провести в Туркестане Дни культуры Вэйнаня и запустить программу студенческого обмена.",
            "Turkestan and Weinan will cooperate in trade, tourism, education and culture. The sides agreed to hold Weinan Culture Days in Turkestan and to launch a student exchange programme.",
        ),
        "parties": [("organisation", "akimat-turkestan-city"), ("place", "weinan")],
        "signed_on": date(2026, 6, 17), "signing_place": tr("Вэйнань", "Вэйнань", "Weinan"), "signatories": ["ospanov", "zhang"],
        "sectors": ["trade", "tourism", "education", "culture"], "delegation": "turkestan-region-to-shaanxi-2026", "event": None,
        "statuses": [(date(2026, 6, 17), "signed", {})],
    },
    {
        "slug": "turkestan-region-shaanxi-sister-regions", "kind": "sister_region",
        "title": tr("Түркістан облысы мен Шэньси провинциясы арасында бауырлас қатынас орнату туралы келісім", "Соглашение об установлении побратимских отношений между Туркестанской областью и провинцией Шэньси", "Sister-region agreement between Turkestan region and Shaanxi province"),
        "summary": tr(
            "Келісім екі өңірдің экономикалық және гуманитарлық байланыстарын қамтиды. Ауыл шаруашылығы, логистика, туризм және жоғары оқу орындары арасындағы алмасу жөнінде бірлескен жол картасы әзірленеді.",
            "Соглашение охватывает экономические и гуманитарные связи двух регионов. Стороны разработают совместную дорожную карту по сельскому хозяйству, логистике, туризму и обменам между вузами.",
            "The agreement covers economic and humanitarian ties between the two regions. The sides will draw up a joint roadmap on agriculture, logistics, tourism and university exchanges.",
        ),
        "parties": [("region", "turkestan"), ("place", "shaanxi")],
        "signed_on": date(2026, 6, 19), "signing_place": tr("Сиань", "Сиань", "Xi'an"), "signatories": ["seitkulov", "liu"],
        "sectors": ["agriculture", "transport", "tourism", "education"], "delegation": "turkestan-region-to-shaanxi-2026", "event": None,
        "statuses": [
            (date(2026, 6, 19), "signed", {}),
            (date(2026, 11, 5), "in_implementation", tr("Түркістандағы бизнес-форумда алғашқы бірлескен жобалар бойынша меморандумдарға қол қойылды", "На бизнес-форуме в Туркестане подписаны меморандумы по первым совместным проектам", "Memoranda on the first joint projects were signed at the business forum in Turkestan")),
        ],
    },
    {
        "slug": "turkestan-lanhua-investment-agreement", "kind": "investment",
        "title": tr("Түркістан облысы мен «Ланьхуа» құрылыс тобы арасындағы инвестициялық келісім", "Инвестиционное соглашение между Туркестанской областью и строительной группой «Ланьхуа»", "Investment agreement between Turkestan region and Lanhua Construction Group"),
        "summary": tr(
            "Құрылыс тобы Түркістанда қонақүй кешенін, аквапарк пен бейнекамера зауытын салады. Үш жобаның жалпы құны – 180 млн АҚШ доллары.",
            "Строительная группа построит в Туркестане гостиничный комплекс, аквапарк и завод видеокамер. Общая стоимость трёх проектов – 180 млн долларов США.",
            "The construction group will build a hotel complex, an aquapark and a video camera factory in Turkestan. The three projects are worth USD 180 million in total.",
        ),
        "parties": [("region", "turkestan"), ("organisation", "lanhua")],
        "signed_on": date(2026, 8, 4), "signing_place": TURKESTAN, "signatories": [],
        "sectors": ["tourism", "construction", "industry"], "delegation": None, "event": None,
        "statuses": [(date(2026, 8, 4), "signed", {})],
    },
    {
        "slug": "west-kazakhstan-samara-cooperation", "kind": "cooperation",
        "title": tr("Батыс Қазақстан облысы мен Самара облысы арасындағы ынтымақтастық туралы келісім", "Соглашение о сотрудничестве между Западно-Казахстанской и Самарской областями", "Cooperation agreement between West Kazakhstan and Samara regions"),
        "summary": tr(
            "Келісім сауда-экономикалық, ғылыми-техникалық, әлеуметтік және мәдени-гуманитарлық ынтымақтастықты қамтиды. Көлік-логистика және ауыл шаруашылығы бойынша бірлескен жұмыс тобы құрылады.",
            "Соглашение охватывает торгово-экономическое, научно-техническое, социальное и культурно-гуманитарное сотрудничество. Создаётся совместная рабочая группа по транспортной логистике и сельскому хозяйству.",
            "The agreement covers trade and economic, scientific and technical, social, cultural and humanitarian cooperation. A joint working group on transport logistics and agriculture is being set up.",
        ),
        "parties": [("region", "west-kazakhstan"), ("place", "samara-region")],
        "signed_on": date(2026, 9, 9), "signing_place": tr("Самара", "Самара", "Samara"), "signatories": ["yessengaliyev", "vorontsov"],
        "sectors": ["trade", "science", "culture"], "delegation": "west-kazakhstan-to-samara-2026", "event": "kz-ru-forum",
        "statuses": [
            (date(2026, 9, 9), "signed", {}),
            (date(2026, 11, 11), "in_implementation", tr("Іске асырудың жол картасы бекітілді", "Утверждена дорожная карта реализации", "The implementation roadmap was approved")),
        ],
    },
    {
        "slug": "west-kazakhstan-samara-roadmap", "kind": "roadmap",
        "title": tr("Батыс Қазақстан және Самара облыстарының ынтымақтастық келісімін іске асыру жол картасы", "Дорожная карта реализации соглашения о сотрудничестве Западно-Казахстанской и Самарской областей", "Roadmap for the West Kazakhstan – Samara cooperation agreement"),
        "summary": tr(
            "Жол картасы 24 іс-шараны қамтиды: бірлескен өндірістер ашу, ауыл шаруашылығы техникасын жеткізу және студенттер алмасуы. Іс-шаралардың басым бөлігі 2027 жылы орындалады.",
            "Дорожная карта включает 24 мероприятия: открытие совместных производств, поставки сельхозтехники и студенческие обмены. Большая часть мероприятий приходится на 2027 год.",
            "The roadmap lists 24 measures: joint production, supplies of farm machinery and student exchanges. Most of them fall in 2027.",
        ),
        "parties": [("region", "west-kazakhstan"), ("place", "samara-region")],
        "signed_on": date(2026, 11, 11), "signing_place": tr("Орал", "Уральск", "Oral"), "signatories": ["yessengaliyev", "vorontsov"],
        "sectors": ["industry", "agriculture", "education"], "delegation": "samara-delegation-to-oral-2026", "event": None,
        "statuses": [(date(2026, 11, 11), "signed", {})],
    },
    business_memorandum(
        "memorandum-agricultural-drones", "qinfeng", ["agriculture"],
        tr("Ауыл шаруашылығы дрондарын жеткізу туралы меморандум", "Меморандум о поставке сельскохозяйственных дронов", "Memorandum on the supply of agricultural drones"),
        tr("Облыстың шаруашылықтарына 50 ауыл шаруашылығы дронын жеткізу және операторларды оқыту.", "Поставка 50 сельскохозяйственных дронов хозяйствам области и обучение операторов.", "Supply of 50 agricultural drones to the region's farms and training of operators."),
    ),
    business_memorandum(
        "memorandum-international-school", "hanyuan", ["education"],
        tr("Түркістанда халықаралық мектеп ашу туралы меморандум", "Меморандум об открытии международной школы в Туркестане", "Memorandum on opening an international school in Turkestan"),
        tr("Түркістанда қытай және ағылшын тілдерінде оқытатын халықаралық мектеп ашу.", "Открытие в Туркестане международной школы с обучением на китайском и английском языках.", "Opening an international school in Turkestan that teaches in Chinese and English."),
    ),
    business_memorandum(
        "memorandum-it-centre", "tangcheng", ["digital"],
        tr("IT-орталық құру туралы меморандум", "Меморандум о создании IT-центра", "Memorandum on setting up an IT centre"),
        tr("Бағдарламалық жасақтама әзірлейтін орталық ашу және жергілікті мамандарды даярлау.", "Открытие центра разработки программного обеспечения и подготовка местных специалистов.", "Opening a software development centre and training local specialists."),
    ),
    business_memorandum(
        "memorandum-housing-construction", "lanhua", ["construction"],
        tr("Тұрғын үй құрылысы туралы меморандум", "Меморандум о жилищном строительстве", "Memorandum on housing construction"),
        tr("Түркістан қаласында көппәтерлі тұрғын үйлер салу.", "Строительство многоквартирных жилых домов в Туркестане.", "Building blocks of flats in Turkestan."),
    ),
    business_memorandum(
        "memorandum-multi-profile-hospital", "weibei", ["health", "construction"],
        tr("Көпбейінді аурухана салу туралы меморандум", "Меморандум о строительстве многопрофильной больницы", "Memorandum on building a multi-profile hospital"),
        tr("Түркістанда 200 төсектік көпбейінді аурухана салу.", "Строительство многопрофильной больницы на 200 коек в Туркестане.", "Building a 200-bed multi-profile hospital in Turkestan."),
    ),
    business_memorandum(
        "memorandum-building-materials-plant", "huangtu", ["industry", "construction"],
        tr("Құрылыс материалдары зауытын салу туралы меморандум", "Меморандум о строительстве завода строительных материалов", "Memorandum on a building materials plant"),
        tr("Жергілікті шикізаттан құрылыс материалдарын шығаратын зауыт салу.", "Строительство завода строительных материалов из местного сырья.", "Building a plant that makes building materials from local raw materials."),
    ),
    business_memorandum(
        "memorandum-digital-agriculture", "qinfeng", ["agriculture", "digital"],
        tr("Цифрлық ауыл шаруашылығы туралы меморандум", "Меморандум о цифровом сельском хозяйстве", "Memorandum on digital agriculture"),
        tr("Егістік алқаптарын спутник пен датчиктер арқылы бақылайтын цифрлық жүйені енгізу.", "Внедрение цифровой системы мониторинга полей с помощью спутников и датчиков.", "Introducing a digital system that monitors fields with satellites and sensors."),
    ),
    business_memorandum(
        "memorandum-travertine-quarrying", "jinshi", ["industry"],
        tr("Сарыағаш ауданында травертин өндіру туралы меморандум", "Меморандум о добыче травертина в Сарыагашском районе", "Memorandum on travertine quarrying in Saryagash district"),
        tr("Сарыағаш ауданында травертин өндіру және өңдеу.", "Добыча и обработка травертина в Сарыагашском районе.", "Quarrying and processing travertine in Saryagash district."),
    ),
    {
        "slug": "almaty-mianyang-sister-cities", "kind": "sister_city",
        "title": tr("Алматы мен Мяньян қалаларының бауырластық қатынасы туралы келісім", "Соглашение о побратимских отношениях между Алматы и Мяньяном", "Sister-city agreement between Almaty and Mianyang"),
        "summary": tr(
            "Тараптар алты ай ішінде ынтымақтастық бағыттарын айқындап, келісімнің жобасын дайындауға уағдаласты. Басым салалар – ғылым, технологиялар және білім беру.",
            "Стороны договорились в течение шести месяцев определить направления сотрудничества и подготовить проект соглашения. Приоритеты – наука, технологии и образование.",
            "The sides agreed to define areas of cooperation and prepare a draft agreement within six months. The priorities are science, technology and education.",
        ),
        "parties": [("region", "almaty"), ("place", "mianyang")],
        "signed_on": None, "signing_place": {}, "signatories": [],
        "sectors": ["science", "digital", "education"], "delegation": None, "event": None,
        "statuses": [(date(2026, 11, 17), "under_consideration", tr("Бауырластық мүмкіндігін зерделеуге келісілді", "Договорились изучить возможность побратимства", "Agreed to study becoming sister cities"))],
    },
    {
        # No English version: readers of /en/ see the Kazakh one, marked as such.
        "slug": "oral-syzran-sister-cities", "kind": "sister_city",
        "title": tr("Орал мен Сызрань қалаларының бауырластық қатынасы туралы келісім", "Соглашение о побратимских отношениях между Уральском и Сызранью"),
        "summary": tr(
            "Екі қаланың жұмыс тобы үш ай ішінде ынтымақтастықтың басым бағыттарын айқындап, келісімнің жобасын әзірлейді.",
            "Рабочая группа двух городов в течение трёх месяцев определит приоритетные направления сотрудничества и подготовит проект соглашения.",
        ),
        "parties": [("organisation", "akimat-oral-city"), ("place", "syzran")],
        "signed_on": None, "signing_place": {}, "signatories": [],
        "sectors": ["culture", "education", "transport"], "delegation": None, "event": None,
        "statuses": [(date(2026, 9, 23), "under_consideration", tr("Бауырластық мүмкіндігін зерделеуге келісілді", "Договорились изучить возможность побратимства"))],
    },
]

# Capacity: (value, unit); investment: (amount, currency).
PROJECTS = [
    {
        "slug": "turkestan-combined-cycle-power-plant",
        "title": tr("Қуаты 926 МВт бу-газ электр станциясы", "Парогазовая электростанция мощностью 926 МВт", "926 MW combined-cycle power plant"),
        "summary": tr(
            "Облыс әкімдігі, ұлттық әл-ауқат қоры және кореялық инжинирингтік компания бірлесіп салатын бу-газ электр станциясы. Кореялық компания жобалау мен жабдық жеткізуге, қор қаржыландыруға жауап береді; станцияны 2030 жылы толық қуатына шығару көзделген.",
            "Парогазовая электростанция, которую строят акимат области, национальный фонд благосостояния и корейская инжиниринговая компания. Корейская сторона отвечает за проектирование и оборудование, фонд – за финансирование; выход на полную мощность намечен на 2030 год.",
            "A combined-cycle power plant built by the regional akimat, the national wealth fund and a Korean engineering company. The Korean side handles design and equipment, the fund the financing; full capacity is planned for 2030.",
        ),
        "partners": ["wealth-fund", "saebyeol"], "sector": "energy", "region": "turkestan",
        "location": tr("Түркістан қаласынан 20 шақырым жерде", "в 20 км от Туркестана", "20 km from Turkestan"),
        "capacity": (Decimal("926"), tr("МВт", "МВт", "MW")), "investment": (Decimal("1100000000"), "USD"),
        "status": "preparation", "agreement": None, "start_year": 2027,
    },
    {
        "slug": "turkestan-hotel-complex",
        "title": tr("Қожа Ахмет Ясауи кесенесі маңындағы қонақүй кешені", "Гостиничный комплекс у мавзолея Ходжи Ахмеда Ясави", "Hotel complex near the Mausoleum of Khoja Ahmed Yasawi"),
        "summary": tr(
            "Қожа Ахмет Ясауи кесенесіне жақын жерде салынатын 320 нөмірлік төрт жұлдызды қонақүй кешені.",
            "Четырёхзвёздочный гостиничный комплекс на 320 номеров недалеко от мавзолея Ходжи Ахмеда Ясави.",
            "A four-star hotel complex with 320 rooms close to the Mausoleum of Khoja Ahmed Yasawi.",
        ),
        "partners": ["lanhua"], "sector": "tourism", "region": "turkestan", "location": TURKESTAN,
        "capacity": (Decimal("320"), tr("нөмір", "номеров", "rooms")), "investment": None,
        "status": "preparation", "agreement": "turkestan-lanhua-investment-agreement", "start_year": 2027,
    },
    {
        "slug": "turkestan-aquapark",
        "title": tr("Жыл бойы жұмыс істейтін аквапарк", "Круглогодичный аквапарк", "All-season aquapark"),
        "summary": tr(
            "Түркістанда бір мезгілде 1 500 келушіні қабылдай алатын, жыл бойы жұмыс істейтін аквапарк.",
            "Круглогодичный аквапарк в Туркестане, рассчитанный на 1 500 посетителей одновременно.",
            "An all-season aquapark in Turkestan for 1,500 visitors at a time.",
        ),
        "partners": ["lanhua"], "sector": "tourism", "region": "turkestan", "location": TURKESTAN,
        "capacity": (Decimal("1500"), tr("бір мезгілдегі келуші", "посетителей одновременно", "visitors at a time")), "investment": None,
        "status": "preparation", "agreement": "turkestan-lanhua-investment-agreement", "start_year": 2027,
    },
    {
        "slug": "turkestan-video-camera-factory",
        "title": tr("Бейнекамера зауыты", "Завод видеокамер", "Video camera factory"),
        "summary": tr(
            "Түркістан индустриялық аймағында жылына 120 мың бейнекамера шығаратын зауыт; 350 жұмыс орны ашылады.",
            "Завод в индустриальной зоне Туркестана на 120 тысяч видеокамер в год; будет создано 350 рабочих мест.",
            "A plant in the Turkestan industrial zone making 120,000 video cameras a year, with 350 jobs.",
        ),
        "partners": ["lanhua"], "sector": "industry", "region": "turkestan",
        "location": tr("Түркістан индустриялық аймағы", "Индустриальная зона Туркестана", "Turkestan industrial zone"),
        "capacity": (Decimal("120000"), tr("камера жылына", "камер в год", "cameras a year")), "investment": None,
        "status": "proposed", "agreement": "turkestan-lanhua-investment-agreement", "start_year": None,
    },
    {
        "slug": "terekti-vegetable-storage",
        "title": tr("Теректі ауданындағы көкөніс қоймасы", "Овощехранилище в Теректинском районе", "Vegetable storage in Terekti district"),
        "summary": tr(
            "Картоп, пияз, сәбіз және қырыққабатқа арналған, температура мен ылғалдылығы автоматты реттелетін қойма; 45 тұрақты жұмыс орны ашылады.",
            "Хранилище для картофеля, лука, моркови и капусты с автоматическим регулированием температуры и влажности; 45 постоянных рабочих мест.",
            "A store for potatoes, onions, carrots and cabbage with automatic temperature and humidity control; 45 permanent jobs.",
        ),
        "partners": [], "sector": "agriculture", "region": "west-kazakhstan",
        "location": tr("Теректі ауданы", "Теректинский район", "Terekti district"),
        "capacity": (Decimal("10000"), tr("тонна", "тонн", "tonnes")), "investment": (Decimal("2400000000"), "KZT"),
        "status": "construction", "agreement": None, "start_year": 2026,
    },
    {
        # No English version, like the article it comes from.
        "slug": "kentau-waste-sorting-pilot",
        "title": tr("Кентаудағы қалдықтарды сұрыптаудың пилоттық жобасы", "Пилотный проект сортировки отходов в Кентау"),
        "summary": tr(
            "Тәулігіне 60 тонна тұрмыстық қалдықты сұрыптайтын желі; пластик пен қағаз қайта өңдеуге жіберіледі. Жоба сәтті болса, мұндай желілер облыстың тағы бес қаласында салынады.",
            "Линия сортировки 60 тонн бытовых отходов в сутки; пластик и бумага отправляются на переработку. При успехе пилота такие линии появятся ещё в пяти городах области.",
        ),
        "partners": ["haneul-university"], "sector": "ecology", "region": "turkestan",
        "location": tr("Кентау қаласы", "г. Кентау"),
        "capacity": (Decimal("60"), tr("тонна тәулігіне", "тонн в сутки")), "investment": None,
        "status": "preparation", "agreement": None, "start_year": 2027,
    },
]
# fmt: on
