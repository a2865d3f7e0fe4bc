"""Demo content for the regional press-service news portal (data only).

All texts are original and fictional; names of officials are invented.
"""

# ruff: noqa: E501 -- prose strings in a data module cannot be wrapped sensibly.

from datetime import datetime

REGIONS = [
    {
        "slug": "turkestan",
        "name": {
            "kk": "Түркістан облысы",
            "ru": "Туркестанская область",
            "en": "Turkestan region",
        },
    },
    {
        "slug": "west-kazakhstan",
        "name": {
            "kk": "Батыс Қазақстан облысы",
            "ru": "Западно-Казахстанская область",
            "en": "West Kazakhstan region",
        },
    },
    {
        "slug": "almaty",
        "name": {"kk": "Алматы қаласы", "ru": "Город Алматы", "en": "Almaty city"},
    },
]

TAGS = [
    {
        "slug": "investment",
        "name": {"kk": "Инвестиция", "ru": "Инвестиции", "en": "Investment"},
    },
    {
        "slug": "delegations",
        "name": {"kk": "Делегациялар", "ru": "Делегации", "en": "Delegations"},
    },
    {
        "slug": "agreements",
        "name": {"kk": "Келісімдер", "ru": "Соглашения", "en": "Agreements"},
    },
    {
        "slug": "sister-cities",
        "name": {
            "kk": "Бауырлас қалалар",
            "ru": "Города-побратимы",
            "en": "Sister cities",
        },
    },
    {"slug": "forums", "name": {"kk": "Форумдар", "ru": "Форумы", "en": "Forums"}},
    {
        "slug": "agriculture",
        "name": {
            "kk": "Ауыл шаруашылығы",
            "ru": "Сельское хозяйство",
            "en": "Agriculture",
        },
    },
    {
        "slug": "energy",
        "name": {"kk": "Энергетика", "ru": "Энергетика", "en": "Energy"},
    },
    {"slug": "china", "name": {"kk": "Қытай", "ru": "Китай", "en": "China"}},
    {"slug": "korea", "name": {"kk": "Корея", "ru": "Корея", "en": "Korea"}},
    {"slug": "russia", "name": {"kk": "Ресей", "ru": "Россия", "en": "Russia"}},
]

SITE = {
    "name": {
        "kk": "Түркістан облысы әкімінің баспасөз қызметі",
        "ru": "Пресс-служба акима Туркестанской области",
        "en": "Press service of the akim of Turkestan region",
    },
    "description": {
        "kk": "Түркістан облысы әкімдігінің жаңалықтары: сапарлар, келісімдер, инвестициялық жобалар және халықаралық ынтымақтастық, қазақ, орыс және ағылшын тілдерінде.",
        "ru": "Новости акимата Туркестанской области: визиты, соглашения, инвестиционные проекты и международное сотрудничество на казахском, русском и английском языках.",
        "en": "News of the akimat of Turkestan region: visits, agreements, investment projects and international cooperation, in Kazakh, Russian and English.",
    },
    "footer_text": {
        "kk": "Түркістан облысы әкімінің баспасөз қызметінің ресми жаңалықтар порталы. Материалдарды көшіріп басқанда дереккөзге сілтеме беру міндетті.",
        "ru": "Официальный новостной портал пресс-службы акима Туркестанской области. При перепечатке материалов ссылка на источник обязательна.",
        "en": "Official news portal of the press service of the akim of Turkestan region. Republishing any material requires a link to the source.",
    },
    "address": {
        "kk": "161200, Түркістан қаласы, Жаңа қала ықшамауданы, Әкімшілік орталық, 1-ғимарат",
        "ru": "161200, г. Туркестан, микрорайон Жаңа қала, Административный центр, здание 1",
        "en": "Administrative Centre, Building 1, Zhana Kala district, Turkestan 161200, Kazakhstan",
    },
    "phone": "+7 7252 00 00 00",
    "email": "press@example.kz",
    "subscribe_call": {
        "kk": "Жаңалықтарды бірінші болып білу үшін Telegram арнамыз бен Instagram парақшамызға жазылыңыз!",
        "ru": "Подписывайтесь на наш Telegram-канал и страницу в Instagram, чтобы первыми узнавать новости!",
        "en": "Follow us on Telegram and Instagram to be the first to hear the news!",
    },
}

PAGES = [
    {
        "slug": "about",
        "title": {"kk": "Біз туралы", "ru": "О нас", "en": "About us"},
        "intro": {
            "kk": "Баспасөз қызметі облыс әкімі мен әкімдіктің жұмысы туралы жедел әрі нақты ақпарат таратады.",
            "ru": "Пресс-служба оперативно и точно информирует о работе акима области и акимата.",
            "en": "The press service provides prompt and accurate information about the work of the akim and the akimat.",
        },
        "body": {
            "kk": [
                "Біз облыстың халықаралық ынтымақтастығы, шетелдік делегациялардың сапарлары, қол қойылған келісімдер мен инвестициялық жобалар туралы жаңалықтарды қазақ, орыс және ағылшын тілдерінде жариялаймыз.",
                "Порталдағы материалдарды өңірлік газеттер мен ақпарат агенттіктері пайдалана алады. Көшіріп басқанда баспасөз қызметіне немесе алғашқы дереккөзге сілтеме беру міндетті.",
            ],
            "ru": [
                "Мы публикуем новости о международном сотрудничестве области, визитах иностранных делегаций, подписанных соглашениях и инвестиционных проектах на казахском, русском и английском языках.",
                "Материалы портала могут использовать региональные газеты и информационные агентства. При перепечатке ссылка на пресс-службу или первоисточник обязательна.",
            ],
            "en": [
                "We publish news about the region's international cooperation, visits of foreign delegations, signed agreements and investment projects in Kazakh, Russian and English.",
                "Regional newspapers and news agencies may use the portal's materials. Republishing requires a link to the press service or the original source.",
            ],
        },
    },
    {
        "slug": "contacts",
        "title": {"kk": "Байланыс", "ru": "Контакты", "en": "Contacts"},
        "intro": {
            "kk": "Журналистер мен оқырмандардың сұрақтарына жұмыс күндері жауап береміз.",
            "ru": "Мы отвечаем на вопросы журналистов и читателей в рабочие дни.",
            "en": "We answer questions from journalists and readers on working days.",
        },
        "body": {
            "kk": [
                "Мекенжай: 161200, Түркістан қаласы, Әкімшілік орталық, 1-ғимарат. Жұмыс уақыты: дүйсенбі – жұма, 9:00–18:30, түскі үзіліс 13:00–14:30.",
                "Іс-шараларға аккредиттеу үшін журналистер өтінімді press@example.kz поштасына кемінде бір күн бұрын жіберуі тиіс.",
            ],
            "ru": [
                "Адрес: 161200, г. Туркестан, Административный центр, здание 1. Режим работы: понедельник – пятница, 9:00–18:30, обед 13:00–14:30.",
                "Для аккредитации на мероприятия журналистам необходимо направить заявку на press@example.kz не позднее чем за день.",
            ],
            "en": [
                "Address: Administrative Centre, Building 1, Turkestan 161200. Office hours: Monday to Friday, 9:00–18:30, lunch break 13:00–14:30.",
                "To be accredited for events, journalists should send a request to press@example.kz at least one day in advance.",
            ],
        },
    },
]

# The article list is kept one block per line for readability; ruff would
# otherwise explode every paragraph tuple into four lines. "about": the cooperation records and
# partners a story tells about, by their keys in cooperation/demo_data.py.
# fmt: off
ARTICLES = [
    {
        "key": "turkestan-weinan-memorandum",
        "about": {"delegations": ["turkestan-region-to-shaanxi-2026"], "agreements": ["turkestan-weinan-partnership-memorandum"], "countries": ["CN"], "places": ["weinan"]},
        "region": "turkestan",
        "published": datetime(2026, 6, 18, 12, 10),
        "tags": ["agreements", "china"],
        "views": 4870,
        "languages": ["kk", "ru", "en"],
        "title": {
            "kk": "Түркістан мен Вэйнань қалалары серіктестік туралы меморандумға қол қойды",
            "ru": "Туркестан и Вэйнань подписали меморандум о партнёрстве",
            "en": "Turkestan and Weinan sign a partnership memorandum",
        },
        "lead": {
            "kk": "Түркістан облысының делегациясы Қытайдың Шэньси провинциясына сапары барысында Түркістан мен Вэйнань қалаларының серіктестігі туралы меморандумға қол қойды.",
            "ru": "В ходе визита в китайскую провинцию Шэньси делегация Туркестанской области подписала меморандум о партнёрстве между городами Туркестан и Вэйнань.",
            "en": "During a visit to China's Shaanxi province, the Turkestan region delegation signed a partnership memorandum between the cities of Turkestan and Weinan.",
        },
        "body": {
            "kk": [
                ("paragraph", "Құжатқа Түркістан қаласының әкімі Ғалымжан Оспанов пен Вэйнань қаласының мэрі Чжан Хунбо қол қойды. Меморандум сауда, туризм, білім беру және мәдениет салаларындағы ынтымақтастықты қамтиды. Бұл – екі қала арасындағы алғашқы серіктестік құжаты."),
                ("quote", {"text": "Вэйнань – ауыл шаруашылығы мен өңдеу өнеркәсібі дамыған қала. Біз жылыжай технологиялары мен жеміс-көкөністі терең өңдеу тәжірибесін Түркістанға әкелуге мүдделіміз.", "speaker": "Ғалымжан Оспанов", "position": "Түркістан қаласының әкімі"}),
                ("paragraph", "Былтыр Түркістан облысы мен Қытай арасындағы сауда айналымы 600 млн АҚШ долларын құрады. Тараптар келесі жылы Түркістанда Вэйнань мәдениеті күндерін өткізуге және студенттер алмасу бағдарламасын іске қосуға келісті."),
                ("paragraph", "Сапар барысында делегация Вэйнань қаласының жоғары технологиялар аймағын және ауыл шаруашылығы өнімдерін өңдейтін кәсіпорындарды аралады. Келесі жылы Вэйнань делегациясының Түркістанға жауап сапары күтіліп отыр."),
            ],
            "ru": [
                ("paragraph", "Документ подписали аким города Туркестана Галымжан Оспанов и мэр Вэйнаня Чжан Хунбо. Меморандум охватывает сотрудничество в торговле, туризме, образовании и культуре. Это первый документ о партнёрстве между двумя городами."),
                ("quote", {"text": "Вэйнань – город с развитым сельским хозяйством и перерабатывающей промышленностью. Мы заинтересованы перенять опыт тепличных технологий и глубокой переработки плодоовощной продукции.", "speaker": "Галымжан Оспанов", "position": "аким города Туркестана"}),
                ("paragraph", "В прошлом году товарооборот Туркестанской области с Китаем составил 600 млн долларов США. Стороны договорились в следующем году провести в Туркестане Дни культуры Вэйнаня и запустить программу студенческого обмена."),
                ("paragraph", "В ходе визита делегация также посетила зону высоких технологий Вэйнаня и предприятия по переработке сельскохозяйственной продукции. В следующем году ожидается ответный визит делегации Вэйнаня в Туркестан."),
            ],
            "en": [
                ("paragraph", "The document was signed by the akim of Turkestan city, Galymzhan Ospanov, and the mayor of Weinan, Zhang Hongbo. The memorandum covers trade, tourism, education and culture. It is the first partnership document between the two cities."),
                ("quote", {"text": "Weinan has strong agriculture and a developed processing industry. We want to bring its experience in greenhouse technology and deep processing of fruit and vegetables to Turkestan.", "speaker": "Galymzhan Ospanov", "position": "akim of Turkestan city"}),
                ("paragraph", "Last year trade between Turkestan region and China reached USD 600 million. The sides agreed to hold Weinan Culture Days in Turkestan next year and to launch a student exchange programme."),
                ("paragraph", "During the visit, the delegation also toured the Weinan high-tech zone and several agricultural processing plants. A return visit of a Weinan delegation to Turkestan is expected next year."),
            ],
        },
        "image": {
            "alt": {"kk": "Екі қаланың басшылары меморандумға қол қойып жатыр", "ru": "Главы двух городов подписывают меморандум", "en": "Heads of the two cities sign the memorandum"},
            "caption": {"kk": "Меморандумға қол қою рәсімі, Вэйнань қаласы", "ru": "Церемония подписания меморандума, Вэйнань", "en": "The signing ceremony in Weinan"},
            "credit": {"kk": "Фото: Түркістан облысы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима Туркестанской области", "en": "Photo: press service of the akim of Turkestan region"},
        },
        "gallery": 7,
        "source": None,
        "motif": "signing",
    },
    {
        "key": "turkestan-shaanxi-sister-regions",
        "about": {"delegations": ["turkestan-region-to-shaanxi-2026"], "agreements": ["turkestan-region-shaanxi-sister-regions"], "countries": ["CN"], "places": ["shaanxi", "xian"]},
        "region": "turkestan",
        "published": datetime(2026, 6, 20, 10, 30),
        "tags": ["agreements", "sister-cities", "china"],
        "views": 2310,
        "languages": ["kk", "ru"],
        "title": {
            "kk": "Түркістан облысы мен Шэньси провинциясы бауырлас өңірлер туралы келісімге қол қойды",
            "ru": "Туркестанская область и провинция Шэньси установили побратимские отношения",
        },
        "lead": {
            "kk": "Сиань қаласында Түркістан облысы мен Қытайдың Шэньси провинциясы арасында бауырлас қатынас орнату туралы келісімге қол қойылды, құжат экономика мен гуманитарлық салаларды қамтиды.",
            "ru": "В Сиане подписано соглашение об установлении побратимских отношений между Туркестанской областью и провинцией Шэньси, документ охватывает экономику и гуманитарную сферу.",
        },
        "body": {
            "kk": [
                ("paragraph", "Салтанатты рәсім Шэньси провинциясы үкіметінің ғимаратында өтті. Құжатқа облыс әкімі Дәулет Сейітқұлов пен провинция губернаторының орынбасары Лю Цзяньго қол қойды."),
                ("quote", {"text": "Шэньси – Ұлы Жібек жолының шығыстағы бастау нүктесі, ал Түркістан – оның ежелгі орталықтарының бірі. Бүгінгі келісім екі өңірдің тарихи байланысын жаңа экономикалық мазмұнмен толықтырады.", "speaker": "Дәулет Сейітқұлов", "position": "Түркістан облысының әкімі"}),
                ("paragraph", "Тараптар ауыл шаруашылығы, логистика, туризм және жоғары оқу орындары арасындағы алмасу бойынша жол картасын әзірлеуге уағдаласты. Жол картасын жыл соңына дейін бекіту жоспарланып отыр."),
            ],
            "ru": [
                ("paragraph", "Торжественная церемония прошла в здании правительства провинции Шэньси. Документ подписали аким области Даулет Сеиткулов и вице-губернатор провинции Лю Цзяньго."),
                ("quote", {"text": "Шэньси – восточная отправная точка Великого Шёлкового пути, а Туркестан – один из его древних центров. Сегодняшнее соглашение наполняет историческую связь двух регионов новым экономическим содержанием.", "speaker": "Даулет Сеиткулов", "position": "аким Туркестанской области"}),
                ("paragraph", "Стороны договорились разработать дорожную карту по сельскому хозяйству, логистике, туризму и обменам между вузами. Утвердить её планируется до конца года."),
            ],
        },
        "image": {
            "alt": {"kk": "Қазақстан мен Қытайдың мемлекеттік тулары", "ru": "Государственные флаги Казахстана и Китая"},
            "caption": {"kk": "Келісімге қол қою рәсімі, Сиань қаласы", "ru": "Подписание соглашения в Сиане"},
            "credit": {"kk": "Фото: Түркістан облысы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима Туркестанской области"},
        },
        "gallery": 0,
        "source": None,
        "motif": "flags",
    },
    {
        "key": "turkestan-combined-cycle-plant-926mw",
        "about": {"projects": ["turkestan-combined-cycle-power-plant"], "countries": ["KR"], "organisations": ["wealth-fund", "saebyeol"]},
        "region": "turkestan",
        "published": datetime(2026, 7, 7, 15, 40),
        "tags": ["energy", "investment", "korea"],
        "views": 12400,
        "languages": ["kk", "ru", "en"],
        "title": {
            "kk": "Түркістан облысында қуаты 926 МВт болатын бу-газ электр станциясы салынады",
            "ru": "В Туркестанской области построят парогазовую электростанцию мощностью 926 МВт",
            "en": "A 926 MW combined-cycle power plant to be built in Turkestan region",
        },
        "lead": {
            "kk": "Облыс әкімдігі, ұлттық әл-ауқат қоры және кореялық инжинирингтік компания қуаты 926 МВт бу-газ электр станциясын салу жобасының негізгі шарттарын талқылады.",
            "ru": "Акимат области, национальный фонд благосостояния и корейская инжиниринговая компания обсудили ключевые условия проекта парогазовой электростанции мощностью 926 МВт.",
            "en": "The regional akimat, the national wealth fund and a Korean engineering company discussed the key terms of a project to build a 926 MW combined-cycle power plant.",
        },
        "body": {
            "kk": [
                ("paragraph", "Станция облыс орталығынан 20 шақырым жерде салынады. Жобаның құны шамамен 1,1 млрд АҚШ долларына бағаланып отыр. Құрылыс кезеңінде 1 500-ге дейін жұмыс орны ашылады, ал станция пайдалануға берілгенде 250-ге жуық тұрақты жұмыс орны болады."),
                ("quote", {"text": "Оңтүстік өңірлер әлі де электр энергиясының тапшылығын сезінеді. Жаңа станция іске қосылғанда облыстың қажеттілігі толық өтеліп, артық қуат көршілес өңірлерге беріледі.", "speaker": "Айгүл Нұрмағанбетова", "position": "Түркістан облысы әкімінің орынбасары"}),
                ("paragraph", "Кореялық компания жобалау жұмыстары мен жабдық жеткізуге жауап береді, ал қор жобаны қаржыландыруға қатысады. Негізгі құрылыс жұмыстарын 2027 жылы бастап, станцияны 2030 жылы толық қуатына шығару көзделген."),
            ],
            "ru": [
                ("paragraph", "Станцию построят в 20 километрах от областного центра. Стоимость проекта оценивается примерно в 1,1 млрд долларов США. На этапе строительства будет создано до 1 500 рабочих мест, на этапе эксплуатации – около 250 постоянных."),
                ("quote", {"text": "Южные регионы по-прежнему испытывают дефицит электроэнергии. С вводом новой станции потребности области будут полностью покрыты, а излишки мощности пойдут в соседние регионы.", "speaker": "Айгуль Нурмаганбетова", "position": "заместитель акима Туркестанской области"}),
                ("paragraph", "Корейская компания отвечает за проектирование и поставку оборудования, фонд участвует в финансировании. Основные строительные работы планируется начать в 2027 году, а выход станции на полную мощность намечен на 2030 год."),
            ],
            "en": [
                ("paragraph", "The plant will be built 20 kilometres from the regional centre. The project is estimated at about USD 1.1 billion. Up to 1,500 jobs will be created during construction and about 250 permanent jobs once the plant is running."),
                ("quote", {"text": "The southern regions still face a shortage of electricity. Once the new plant is running, the region's needs will be fully covered and surplus power will go to neighbouring regions.", "speaker": "Aigul Nurmaganbetova", "position": "deputy akim of Turkestan region"}),
                ("paragraph", "The Korean company is responsible for design and equipment supply, while the fund takes part in financing. Main construction is planned to start in 2027, with the plant reaching full capacity in 2030."),
            ],
        },
        "image": {
            "alt": {"kk": "Бу-газ электр станциясының жобалық макеті", "ru": "Макет парогазовой электростанции", "en": "Model of the combined-cycle power plant"},
            "caption": {"kk": "Жоба таныстырылымы, Түркістан қаласы", "ru": "Презентация проекта, Туркестан", "en": "Project presentation in Turkestan"},
            "credit": {"kk": "Фото: Түркістан облысы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима Туркестанской области", "en": "Photo: press service of the akim of Turkestan region"},
        },
        "gallery": 0,
        "source": None,
        "motif": "power",
    },
    {
        "key": "turkestan-central-asia-korea-forum",
        "about": {"delegations": ["korean-delegation-central-asia-korea-forum-2026"], "countries": ["KR"], "organisations": ["korean-association", "haneul-university"]},
        "region": "turkestan",
        "published": datetime(2026, 10, 8, 11, 0),
        "tags": ["forums", "korea", "delegations"],
        "views": 3560,
        "languages": ["kk", "ru", "en"],
        "title": {
            "kk": "Түркістанда екінші «Орталық Азия – Корея» жергілікті өзін-өзі басқару форумы өтті",
            "ru": "В Туркестане прошёл второй форум местного самоуправления «Центральная Азия – Корея»",
            "en": "Turkestan hosts the second Central Asia – Korea local self-government forum",
        },
        "lead": {
            "kk": "Екінші «Орталық Азия – Корея» форумына Корея Республикасы мен Орталық Азия елдерінің 40-тан астам қаласы мен өңірінен 300-ге жуық өкіл қатысты.",
            "ru": "Во втором форуме «Центральная Азия – Корея» приняли участие около 300 представителей более чем 40 городов и регионов Республики Корея и стран Центральной Азии.",
            "en": "About 300 representatives of more than 40 cities and regions of the Republic of Korea and Central Asian countries took part in the second Central Asia – Korea forum.",
        },
        "body": {
            "kk": [
                ("paragraph", "Алғашқы форум былтыр Кореяда өтіп, оның қорытындысы бойынша келесі кездесуді Түркістанда ұйымдастыру туралы шешім қабылданған болатын. Биыл форум аясында цифрлық басқару, жергілікті бюджет және туризмді дамыту тақырыптарына арналған үш панельдік сессия өтті."),
                ("quote", {"text": "Корея жергілікті өзін-өзі басқаруды дамытуда бай тәжірибе жинақтады. Біз үшін азаматтарды шешім қабылдау ісіне тарту тәжірибесі ерекше маңызды.", "speaker": "Дәулет Сейітқұлов", "position": "Түркістан облысының әкімі"}),
                ("paragraph", "Форум соңында қатысушылар бірлескен декларация қабылдап, муниципалдық қызметкерлерді оқыту бағдарламасын іске қосуға келісті. Келесі форумды 2027 жылы Өзбекстанда өткізу ұсынылды."),
            ],
            "ru": [
                ("paragraph", "Первый форум прошёл в прошлом году в Корее, и по его итогам было решено провести следующую встречу в Туркестане. В этом году в рамках форума состоялись три панельные сессии: цифровое управление, местные бюджеты и развитие туризма."),
                ("quote", {"text": "Корея накопила богатый опыт развития местного самоуправления. Для нас особенно важна практика вовлечения граждан в принятие решений.", "speaker": "Даулет Сеиткулов", "position": "аким Туркестанской области"}),
                ("paragraph", "По итогам форума участники приняли совместную декларацию и договорились запустить программу обучения муниципальных служащих. Следующий форум предложено провести в 2027 году в Узбекистане."),
            ],
            "en": [
                ("paragraph", "The first forum was held in Korea last year, and its participants decided to hold the next meeting in Turkestan. This year the forum featured three panel sessions on digital governance, local budgets and tourism development."),
                ("quote", {"text": "Korea has gained rich experience in developing local self-government. For us, its practice of involving citizens in decision-making is especially important.", "speaker": "Daulet Seitkulov", "position": "akim of Turkestan region"}),
                ("paragraph", "At the end of the forum, participants adopted a joint declaration and agreed to launch a training programme for municipal staff. It was proposed to hold the next forum in Uzbekistan in 2027."),
            ],
        },
        "image": {
            "alt": {"kk": "Форумның пленарлық отырысы", "ru": "Пленарное заседание форума", "en": "Plenary session of the forum"},
            "caption": {"kk": "«Орталық Азия – Корея» форумы, Түркістан", "ru": "Форум «Центральная Азия – Корея», Туркестан", "en": "Central Asia – Korea forum in Turkestan"},
            "credit": {"kk": "Фото: Түркістан облысы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима Туркестанской области", "en": "Photo: press service of the akim of Turkestan region"},
        },
        "gallery": 6,
        "source": None,
        "motif": "forum",
    },
    {
        "key": "turkestan-korean-ambassador-meeting",
        "about": {"projects": ["turkestan-combined-cycle-power-plant"], "countries": ["KR"]},
        "region": "turkestan",
        "published": datetime(2026, 10, 15, 16, 20),
        "tags": ["delegations", "korea", "investment"],
        "views": 1890,
        "languages": ["kk", "ru"],
        "title": {
            "kk": "Түркістан облысының әкімі Корея Республикасының елшісімен кездесті",
            "ru": "Аким Туркестанской области встретился с послом Республики Корея",
        },
        "lead": {
            "kk": "Кездесуде тараптар кореялық компаниялардың өңірдегі жобаларын, оның ішінде энергетика, тоқыма өнеркәсібі және денсаулық сақтау салаларындағы ынтымақтастықты талқылады.",
            "ru": "На встрече стороны обсудили проекты корейских компаний в регионе, включая сотрудничество в энергетике, текстильной промышленности и здравоохранении.",
        },
        "body": {
            "kk": [
                ("paragraph", "Облыс әкімі Дәулет Сейітқұлов елші Пак Чжон Хунға өңірдің инвестициялық әлеуеті туралы айтып берді. Қазіргі уақытта облыста Корея капиталының қатысуымен 14 кәсіпорын жұмыс істейді."),
                ("quote", {"text": "Қазақстанда 876 кореялық компания жұмыс істейді, бірақ олардың Түркістан облысындағы үлесі әзірге аз. Біз бұл олқылықты бірлесіп толтыруға дайынбыз.", "speaker": "Пак Чжон Хун", "position": "Корея Республикасының Қазақстандағы Төтенше және Өкілетті Елшісі"}),
                ("paragraph", "Тараптар 2027 жылдың көктемінде кореялық кәсіпкерлердің облысқа іскерлік сапарын ұйымдастыруға және Түркістандағы университеттердің бірінде корей тілі орталығын ашуға келісті. Сонымен қатар Сеул мен Түркістан арасында тікелей әуе рейсін ашу мүмкіндігі талқыланды."),
            ],
            "ru": [
                ("paragraph", "Аким области Даулет Сеиткулов рассказал послу Пак Чжон Хуну об инвестиционном потенциале региона. Сейчас в области работают 14 предприятий с участием корейского капитала."),
                ("quote", {"text": "В Казахстане работают 876 корейских компаний, но их присутствие в Туркестанской области пока невелико. Мы готовы вместе восполнить этот пробел.", "speaker": "Пак Чжон Хун", "position": "Чрезвычайный и Полномочный Посол Республики Корея в Казахстане"}),
                ("paragraph", "Стороны договорились весной 2027 года организовать бизнес-миссию корейских предпринимателей в область и открыть центр корейского языка в одном из университетов Туркестана. Также обсуждалась возможность открытия прямого авиарейса между Сеулом и Туркестаном."),
            ],
        },
        "image": {
            "alt": {"kk": "Облыс әкімі мен елші қол алысып тұр", "ru": "Аким области и посол обмениваются рукопожатием"},
            "caption": {"kk": "Кездесу облыс әкімдігінде өтті", "ru": "Встреча прошла в акимате области"},
            "credit": {"kk": "Фото: Түркістан облысы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима Туркестанской области"},
        },
        "gallery": 0,
        "source": None,
        "motif": "handshake",
    },
    {
        "key": "turkestan-chinese-group-hotel-aquapark",
        "about": {"agreements": ["turkestan-lanhua-investment-agreement"], "projects": ["turkestan-hotel-complex", "turkestan-aquapark", "turkestan-video-camera-factory"], "countries": ["CN"], "organisations": ["lanhua"]},
        "region": "turkestan",
        "published": datetime(2026, 8, 5, 9, 45),
        "tags": ["investment", "china"],
        "views": 2740,
        "languages": ["kk", "ru"],
        "title": {
            "kk": "Қытайлық құрылыс тобы Түркістанда қонақүй кешені мен аквапарк салады",
            "ru": "Китайская строительная группа построит в Туркестане гостиничный комплекс и аквапарк",
        },
        "lead": {
            "kk": "Облыс әкімдігі мен қытайлық құрылыс тобы жалпы құны 180 млн АҚШ доллары болатын үш жобаны – қонақүй кешенін, аквапарк пен бейнекамера зауытын салуға келісті.",
            "ru": "Акимат области и китайская строительная группа договорились о трёх проектах общей стоимостью 180 млн долларов США: гостиничном комплексе, аквапарке и заводе видеокамер.",
        },
        "body": {
            "kk": [
                ("paragraph", "Төрт жұлдызды қонақүй кешені 320 нөмірге арналады және Қожа Ахмет Ясауи кесенесіне жақын жерде салынады. Жыл бойы жұмыс істейтін аквапарк бір мезгілде 1 500 келушіні қабылдай алады."),
                ("paragraph", "Бейнекамера зауыты Түркістандағы индустриялық аймақта орналасады. Кәсіпорын жылына 120 мың камера шығарып, 350 адамды жұмыспен қамтиды деп күтілуде."),
                ("paragraph", "Қазіргі уақытта облыста 86 шетелдік компания мен 238 бірлескен кәсіпорын жұмыс істейді. Олардың айтарлықтай бөлігі қытайлық инвесторлардың қатысуымен құрылған."),
            ],
            "ru": [
                ("paragraph", "Четырёхзвёздочный гостиничный комплекс на 320 номеров построят недалеко от мавзолея Ходжи Ахмеда Ясави. Круглогодичный аквапарк сможет одновременно принимать 1 500 посетителей."),
                ("paragraph", "Завод видеокамер разместится в индустриальной зоне Туркестана. Ожидается, что предприятие будет выпускать 120 тысяч камер в год и обеспечит работой 350 человек."),
                ("paragraph", "Сейчас в области работают 86 иностранных компаний и 238 совместных предприятий. Значительная их часть создана с участием китайских инвесторов."),
            ],
        },
        "image": {
            "alt": {"kk": "Болашақ қонақүй кешенінің эскизі", "ru": "Эскиз будущего гостиничного комплекса"},
            "caption": {"kk": "Қонақүй кешенінің жобасы", "ru": "Проект гостиничного комплекса"},
            "credit": {"kk": "Фото: Түркістан облысы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима Туркестанской области"},
        },
        "gallery": 0,
        "source": {"name": {"kk": "«Түркістан таңы» газеті", "ru": "Газета «Утро Туркестана»"}, "url": "https://example.kz/news/2418"},
        "motif": "city",
    },
    {
        "key": "turkestan-business-forum-nine-memoranda",
        "about": {"agreements": ["memorandum-agricultural-drones", "memorandum-international-school", "memorandum-it-centre", "memorandum-housing-construction", "memorandum-multi-profile-hospital", "memorandum-building-materials-plant", "memorandum-digital-agriculture", "memorandum-travertine-quarrying", "turkestan-region-shaanxi-sister-regions"], "countries": ["CN"], "places": ["shaanxi"]},
        "region": "turkestan",
        "published": datetime(2026, 11, 5, 14, 0),
        "tags": ["agreements", "investment", "agriculture"],
        "views": 1320,
        "languages": ["kk", "ru"],
        "title": {
            "kk": "Түркістанда өткен қазақ-қытай бизнес-форумында сегіз меморандумға қол қойылды",
            "ru": "На казахстанско-китайском бизнес-форуме в Туркестане подписаны восемь меморандумов",
        },
        "lead": {
            "kk": "Құжаттар ауыл шаруашылығы дрондары, халықаралық мектеп, IT, құрылыс, аурухана, құрылыс материалдары, цифрлық ауыл шаруашылығы және травертин өндіру жобаларын қамтиды.",
            "ru": "Документы касаются сельскохозяйственных дронов, международной школы, IT, строительства, больницы, стройматериалов, цифрового сельского хозяйства и добычи травертина.",
        },
        "body": {
            "kk": [
                ("paragraph", "Бизнес-форумға Қытайдың Шэньси провинциясы мен Түркістан облысынан 150-ден астам кәсіпкер қатысты. Қол қойылған меморандумдардың жалпы құны 265 млн АҚШ долларына бағаланады."),
                ("paragraph", "Ең ірі жобалардың бірі – 200 төсектік көпбейінді аурухана салу. Сондай-ақ Сарыағаш ауданында травертин өндіру және шаруашылықтарға 50 ауыл шаруашылығы дронын жеткізу жоспарланып отыр."),
                ("paragraph", "Биылғы сегіз айда облыс пен Қытай арасындағы сауда айналымы 420 млн АҚШ долларын құрап, өткен жылдың сәйкес кезеңімен салыстырғанда 15,8%-ға өсті. Қытай облыстың ең ірі сауда серіктестерінің бірі болып қала береді."),
            ],
            "ru": [
                ("paragraph", "В бизнес-форуме приняли участие более 150 предпринимателей из китайской провинции Шэньси и Туркестанской области. Общая стоимость подписанных меморандумов оценивается в 265 млн долларов США."),
                ("paragraph", "Один из крупнейших проектов – строительство многопрофильной больницы на 200 коек. Также планируются добыча травертина в Сарыагашском районе и поставка хозяйствам 50 сельскохозяйственных дронов."),
                ("paragraph", "За восемь месяцев этого года товарооборот области с Китаем составил 420 млн долларов США, увеличившись на 15,8% по сравнению с аналогичным периодом прошлого года. Китай остаётся одним из крупнейших торговых партнёров области."),
            ],
        },
        "image": {
            "alt": {"kk": "Кәсіпкерлер меморандумдарға қол қоюда", "ru": "Предприниматели подписывают меморандумы"},
            "caption": {"kk": "Қазақ-қытай бизнес-форумы, Түркістан", "ru": "Казахстанско-китайский бизнес-форум, Туркестан"},
            "credit": {"kk": "Фото: Түркістан облысы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима Туркестанской области"},
        },
        "gallery": 0,
        "source": None,
        "motif": "signing",
    },
    {
        "key": "turkestan-kentau-waste-recycling-pilot",
        "about": {"projects": ["kentau-waste-sorting-pilot"], "countries": ["KR"], "organisations": ["haneul-university"]},
        "region": "turkestan",
        "published": datetime(2026, 8, 27, 17, 5),
        "tags": ["korea", "investment"],
        "views": 640,
        "languages": ["kk"],
        "title": {
            "kk": "Кентауда кореялық ғалыммен бірлесіп қалдықтарды қайта өңдеудің пилоттық жобасы басталады",
        },
        "lead": {
            "kk": "Облыс әкімінің орынбасары Айгүл Нұрмағанбетова кореялық ғалым Ли Дон Хёнмен кездесіп, тұрмыстық қалдықтарды сұрыптау мен қайта өңдеудің пилоттық жобасын талқылады.",
        },
        "body": {
            "kk": [
                ("paragraph", "Жоба Кентау қаласында іске асырылады. Мұнда тәулігіне 60 тонна тұрмыстық қалдықты сұрыптайтын желі орнатылып, пластик пен қағаз қайта өңдеуге жіберіледі."),
                ("quote", {"text": "Кореяда тұрмыстық қалдықтардың 60%-дан астамы қайта өңделеді. Біз осы тәжірибені Кентаудың жағдайына бейімдеп, басқа қалаларға үлгі болатын жүйе құрғымыз келеді.", "speaker": "Ли Дон Хён", "position": "кореялық экология институтының профессоры"}),
                ("paragraph", "Пилоттық жоба сәтті болса, мұндай желілер облыстың тағы бес қаласында салынады. Жобаны қаржыландыруға халықаралық экологиялық қорларды тарту мәселесі қарастырылуда."),
            ],
        },
        "image": {
            "alt": {"kk": "Қалдықтарды сұрыптау желісінің жобасы"},
            "caption": {"kk": "Кездесу облыс әкімдігінде өтті"},
            "credit": {"kk": "Фото: Түркістан облысы әкімінің баспасөз қызметі"},
        },
        "gallery": 0,
        "source": None,
        "motif": "factory",
    },
    {
        "key": "turkestan-escap-forum-bangkok",
        "about": {"delegations": ["turkestan-region-to-bangkok-2026"], "countries": ["TH"], "places": ["bangkok"], "organisations": ["escap"]},
        "region": "turkestan",
        "published": datetime(2026, 5, 12, 13, 30),
        "tags": ["forums", "delegations", "agriculture"],
        "views": 980,
        "languages": ["kk", "ru", "en"],
        "title": {
            "kk": "Түркістан облысының делегациясы Бангкоктағы БҰҰ ЭСКАТО форумына қатысты",
            "ru": "Делегация Туркестанской области приняла участие в форуме ЭСКАТО ООН в Бангкоке",
            "en": "Turkestan region delegation takes part in a UN ESCAP forum in Bangkok",
        },
        "lead": {
            "kk": "Азия мен Тынық мұхиты өңірінің тұрақты даму жөніндегі форумында облыс делегациясы суды үнемдеу мен ауыл шаруашылығын әртараптандыру тәжірибесімен бөлісті.",
            "ru": "На Азиатско-Тихоокеанском форуме по устойчивому развитию делегация области рассказала об опыте водосбережения и диверсификации сельского хозяйства.",
            "en": "At the Asia-Pacific Forum on Sustainable Development, the regional delegation shared its experience in saving water and diversifying agriculture.",
        },
        "body": {
            "kk": [
                ("paragraph", "БҰҰ-ның Азия және Тынық мұхиты үшін экономикалық және әлеуметтік комиссиясы (ЭСКАТО) ұйымдастырған форумға 50-ден астам елдің өкілдері қатысты. Облыс делегациясын әкімнің орынбасары Айгүл Нұрмағанбетова басқарды."),
                ("paragraph", "Түркістан облысы мақта, көкөніс және жеміс өндіру бойынша республикада бірінші орында. Соңғы үш жылда тамшылатып суару әдісі қолданылатын алқап 2,5 есе ұлғайып, 68 мың гектарға жетті."),
                ("quote", {"text": "Су – біздің өңір үшін ең басты ресурс. Халықаралық серіктестермен бірге суды үнемдейтін технологияларды кеңінен енгізуге дайынбыз.", "speaker": "Айгүл Нұрмағанбетова", "position": "Түркістан облысы әкімінің орынбасары"}),
            ],
            "ru": [
                ("paragraph", "Форум, организованный Экономической и социальной комиссией ООН для Азии и Тихого океана (ЭСКАТО), собрал представителей более 50 стран. Делегацию области возглавила заместитель акима Айгуль Нурмаганбетова."),
                ("paragraph", "Туркестанская область занимает первое место в республике по производству хлопка, овощей и фруктов. За последние три года площадь под капельным орошением выросла в 2,5 раза и достигла 68 тысяч гектаров."),
                ("quote", {"text": "Вода – главный ресурс нашего региона. Мы готовы вместе с международными партнёрами широко внедрять водосберегающие технологии.", "speaker": "Айгуль Нурмаганбетова", "position": "заместитель акима Туркестанской области"}),
            ],
            "en": [
                ("paragraph", "The forum, organised by the UN Economic and Social Commission for Asia and the Pacific (ESCAP), brought together representatives of more than 50 countries. The regional delegation was led by deputy akim Aigul Nurmaganbetova."),
                ("paragraph", "Turkestan region ranks first in the country for cotton, vegetable and fruit production. Over the past three years, the area under drip irrigation has grown 2.5 times to 68,000 hectares."),
                ("quote", {"text": "Water is the most important resource for our region. Together with international partners, we are ready to roll out water-saving technologies on a large scale.", "speaker": "Aigul Nurmaganbetova", "position": "deputy akim of Turkestan region"}),
            ],
        },
        "image": {
            "alt": {"kk": "Облыс делегациясы форум залында", "ru": "Делегация области в зале форума", "en": "The regional delegation in the forum hall"},
            "caption": {"kk": "БҰҰ ЭСКАТО форумы, Бангкок", "ru": "Форум ЭСКАТО ООН, Бангкок", "en": "UN ESCAP forum in Bangkok"},
            "credit": {"kk": "Фото: Түркістан облысы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима Туркестанской области", "en": "Photo: press service of the akim of Turkestan region"},
        },
        "gallery": 0,
        "source": None,
        "motif": "forum",
    },
    {
        "key": "wko-samara-interregional-forum-agreement",
        "about": {"delegations": ["west-kazakhstan-to-samara-2026"], "agreements": ["west-kazakhstan-samara-cooperation"], "countries": ["RU"], "places": ["samara-region"]},
        "region": "west-kazakhstan",
        "published": datetime(2026, 9, 10, 12, 10),
        "tags": ["forums", "russia", "agreements"],
        "views": 5230,
        "languages": ["kk", "ru", "en"],
        "title": {
            "kk": "Батыс Қазақстан облысы мен Самара облысы ынтымақтастық туралы келісімге қол қойды",
            "ru": "Западно-Казахстанская и Самарская области подписали соглашение о сотрудничестве",
            "en": "West Kazakhstan and Samara regions sign a cooperation agreement at interregional forum",
        },
        "lead": {
            "kk": "Қазақстан мен Ресейдің өңіраралық ынтымақтастық форумы аясында БҚО мен Самара облысы сауда-экономикалық, ғылыми-техникалық және мәдени-гуманитарлық салаларды қамтитын келісім жасасты.",
            "ru": "На Форуме межрегионального сотрудничества Казахстана и России ЗКО и Самарская область заключили соглашение в торгово-экономической, научно-технической и культурно-гуманитарной сферах.",
            "en": "At the Kazakhstan–Russia Interregional Cooperation Forum, West Kazakhstan and Samara regions signed an agreement covering trade, science and technology, and cultural ties.",
        },
        "body": {
            "kk": [
                ("paragraph", "Форум Самара қаласында өтіп, оған екі елдің өңірлерінен 1 000-нан астам делегат қатысты. Батыс Қазақстан облысының делегациясын облыс әкімінің орынбасары Серік Есенғалиев басқарды."),
                ("paragraph", "Келісім сауда-экономикалық, ғылыми-техникалық, әлеуметтік және мәдени-гуманитарлық салалардағы ынтымақтастықты қамтиды. Тараптар көлік-логистика және ауыл шаруашылығы бойынша бірлескен жұмыс тобын құруға келісті."),
                ("quote", {"text": "Самара облысы – біздің дәстүрлі серіктесіміз. Жаңа келісім өнеркәсіптік кооперацияны кеңейтіп, университеттер арасындағы байланысты нығайтуға жол ашады.", "speaker": "Серік Есенғалиев", "position": "Батыс Қазақстан облысы әкімінің орынбасары"}),
                ("paragraph", "2025 жылы БҚО мен Самара облысы арасындағы тауар айналымы 312 млн АҚШ долларын құрап, алдыңғы жылмен салыстырғанда 9,4%-ға өсті. Экспорт құрылымында ауыл шаруашылығы өнімдері мен металл бұйымдары басым."),
            ],
            "ru": [
                ("paragraph", "Форум прошёл в Самаре и собрал более 1 000 делегатов из регионов двух стран. Делегацию Западно-Казахстанской области возглавил заместитель акима области Серик Есенгалиев."),
                ("paragraph", "Соглашение охватывает торгово-экономическое, научно-техническое, социальное и культурно-гуманитарное сотрудничество. Стороны договорились создать совместную рабочую группу по транспортной логистике и сельскому хозяйству."),
                ("quote", {"text": "Самарская область – наш традиционный партнёр. Новое соглашение расширит промышленную кооперацию и укрепит связи между университетами.", "speaker": "Серик Есенгалиев", "position": "заместитель акима Западно-Казахстанской области"}),
                ("paragraph", "В 2025 году товарооборот между ЗКО и Самарской областью составил 312 млн долларов США, увеличившись на 9,4% по сравнению с предыдущим годом. В структуре экспорта преобладают сельскохозяйственная продукция и металлоизделия."),
            ],
            "en": [
                ("paragraph", "The forum took place in Samara and brought together more than 1,000 delegates from the regions of both countries. The West Kazakhstan delegation was led by deputy akim Serik Yessengaliyev."),
                ("paragraph", "The agreement covers trade and economic, scientific and technical, social, and cultural and humanitarian cooperation. The sides agreed to set up a joint working group on transport logistics and agriculture."),
                ("quote", {"text": "Samara region is our long-standing partner. The new agreement will expand industrial cooperation and strengthen ties between our universities.", "speaker": "Serik Yessengaliyev", "position": "deputy akim of West Kazakhstan region"}),
                ("paragraph", "In 2025, trade between West Kazakhstan and Samara regions reached USD 312 million, up 9.4% on the previous year. Agricultural products and metal goods dominate exports."),
            ],
        },
        "image": {
            "alt": {"kk": "Форумның пленарлық отырысы, Самара", "ru": "Пленарное заседание форума в Самаре", "en": "Plenary session of the forum in Samara"},
            "caption": {"kk": "Келісімге қол қою сәті", "ru": "Момент подписания соглашения", "en": "The moment of signing the agreement"},
            "credit": {"kk": "Фото: Батыс Қазақстан облысы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима Западно-Казахстанской области", "en": "Photo: press service of the akim of West Kazakhstan region"},
        },
        "gallery": 5,
        "source": None,
        "motif": "forum",
    },
    {
        "key": "wko-samara-delegation-roadmap",
        "about": {"delegations": ["samara-delegation-to-oral-2026"], "agreements": ["west-kazakhstan-samara-cooperation", "west-kazakhstan-samara-roadmap"], "countries": ["RU"], "places": ["samara-region"]},
        "region": "west-kazakhstan",
        "published": datetime(2026, 11, 12, 10, 15),
        "tags": ["delegations", "russia"],
        "views": 870,
        "languages": ["kk", "ru"],
        "title": {
            "kk": "Самара облысының делегациясы Оралда ынтымақтастықтың жол картасын талқылады",
            "ru": "Делегация Самарской области обсудила в Уральске дорожную карту сотрудничества",
        },
        "lead": {
            "kk": "Самара облысы үкіметінің делегациясы Орал қаласына келіп, қыркүйекте жасалған келісімді іске асыру үшін 24 іс-шарадан тұратын жол картасын бекітті.",
            "ru": "Делегация правительства Самарской области посетила Уральск и утвердила дорожную карту из 24 мероприятий по реализации соглашения, подписанного в сентябре.",
        },
        "body": {
            "kk": [
                ("paragraph", "Делегацияны Самара облысы үкіметі төрағасының бірінші орынбасары Игорь Воронцов басқарды. Қонақтар Орал қаласындағы машина жасау зауыты мен аграрлық университетті аралады."),
                ("paragraph", "Жол картасы бірлескен өндірістер ашуды, ауыл шаруашылығы техникасын жеткізуді және студенттер алмасуын көздейді. Іс-шаралардың басым бөлігі 2027 жылы орындалады."),
                ("paragraph", "Кездесу қорытындысы бойынша тараптар 2027 жылдың көктемінде Самарада екі өңір кәсіпкерлерінің іскерлік кездесуін өткізуге уағдаласты. Оған машина жасау, құрылыс және азық-түлік өндіру салаларының 60-қа жуық кәсіпорны қатысады деп күтілуде."),
            ],
            "ru": [
                ("paragraph", "Делегацию возглавил первый заместитель председателя правительства Самарской области Игорь Воронцов. Гости посетили машиностроительный завод и аграрный университет в Уральске."),
                ("paragraph", "Дорожная карта предусматривает открытие совместных производств, поставки сельхозтехники и студенческие обмены. Большая часть мероприятий будет выполнена в 2027 году."),
                ("paragraph", "По итогам встречи стороны договорились весной 2027 года провести в Самаре деловую встречу предпринимателей двух регионов. Ожидается, что в ней примут участие около 60 предприятий машиностроения, строительства и пищевой промышленности."),
            ],
        },
        "image": {
            "alt": {"kk": "Екі өңір өкілдерінің кездесуі", "ru": "Встреча представителей двух регионов"},
            "caption": {"kk": "Кездесу облыс әкімдігінде өтті", "ru": "Встреча прошла в акимате области"},
            "credit": {"kk": "Фото: Батыс Қазақстан облысы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима Западно-Казахстанской области"},
        },
        "gallery": 0,
        "source": None,
        "motif": "handshake",
    },
    {
        "key": "wko-terekti-vegetable-storage",
        "about": {"projects": ["terekti-vegetable-storage"]},
        "region": "west-kazakhstan",
        "published": datetime(2026, 4, 28, 11, 20),
        "tags": ["agriculture", "investment"],
        "views": 1150,
        "languages": ["kk", "ru"],
        "title": {
            "kk": "Орал маңында сыйымдылығы 10 мың тонна болатын көкөніс қоймасы салынып жатыр",
            "ru": "Под Уральском строят овощехранилище вместимостью 10 тысяч тонн",
        },
        "lead": {
            "kk": "Теректі ауданында жеке инвестор 2,4 млрд теңгеге заманауи көкөніс қоймасын салып жатыр, нысан күзгі өнімді сақтап, қыста бағаны тұрақтандыруға көмектеседі.",
            "ru": "В Теректинском районе частный инвестор строит современное овощехранилище стоимостью 2,4 млрд тенге, которое поможет сохранить урожай и стабилизировать цены зимой.",
        },
        "body": {
            "kk": [
                ("paragraph", "Қойма картоп, пияз, сәбіз және қырыққабатты сақтауға арналған. Нысанда температура мен ылғалдылықты автоматты түрде реттейтін жүйе орнатылады."),
                ("paragraph", "Жоба өңірлік инвестициялық бағдарлама аясында іске асырылып жатыр. Қойма жұмысқа қосылғанда 45 тұрақты жұмыс орны ашылады."),
                ("paragraph", "Облыс әкімдігінің деректері бойынша жаңа нысан есебінен өңірдегі көкөніс қоймаларының жалпы сыйымдылығы 74 мың тоннаға жетеді. Құрылысты биылғы қыркүйекте аяқтау жоспарланған."),
            ],
            "ru": [
                ("paragraph", "Хранилище предназначено для картофеля, лука, моркови и капусты. На объекте установят систему автоматического регулирования температуры и влажности."),
                ("paragraph", "Проект реализуется в рамках региональной инвестиционной программы. После ввода хранилища в эксплуатацию будет создано 45 постоянных рабочих мест."),
                ("paragraph", "По данным акимата области, с учётом нового объекта общая вместимость овощехранилищ региона достигнет 74 тысяч тонн. Завершить строительство планируется в сентябре этого года."),
            ],
        },
        "image": {
            "alt": {"kk": "Көкөніс қоймасының құрылыс алаңы", "ru": "Строительная площадка овощехранилища"},
            "caption": {"kk": "Теректі ауданы, сәуір", "ru": "Теректинский район, апрель"},
            "credit": {"kk": "Фото: Батыс Қазақстан облысы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима Западно-Казахстанской области"},
        },
        "gallery": 0,
        "source": {"name": {"kk": "«Жайық толқыны» газеті", "ru": "Газета «Волна Жайыка»"}, "url": "https://example.kz/news/1187"},
        "motif": "field",
    },
    {
        "key": "wko-kyrgyz-agency-livestock",
        "about": {"delegations": ["kyrgyz-agency-to-west-kazakhstan-2026"], "countries": ["KG"], "organisations": ["kyrgyz-agency"]},
        "region": "west-kazakhstan",
        "published": datetime(2026, 5, 26, 15, 0),
        "tags": ["delegations", "agriculture"],
        "views": 430,
        "languages": ["kk", "ru"],
        "title": {
            "kk": "Қырғызстан мемлекеттік агенттігінің делегациясы БҚО-ның мал шаруашылығы тәжірибесімен танысты",
            "ru": "Делегация госагентства Кыргызстана изучила опыт ЗКО в племенном животноводстве",
        },
        "lead": {
            "kk": "Қырғыз Республикасының ауыл шаруашылығы саласындағы мемлекеттік агенттігінің өкілдері облыстағы асыл тұқымды шаруашылықтарды аралап, мал басын өсіру тәжірибесін зерттеді.",
            "ru": "Представители государственного агентства Кыргызской Республики в сфере сельского хозяйства посетили племенные хозяйства области и изучили опыт наращивания поголовья.",
        },
        "body": {
            "kk": [
                ("paragraph", "Қонақтар Бөрлі және Сырым аудандарындағы қазақтың ақбас сиыры мен еділбай қойын өсіретін шаруашылықтарда болды. Облыста асыл тұқымды мал басы соңғы бес жылда 37%-ға өсті."),
                ("quote", {"text": "Батыс Қазақстанның асыл тұқымды мал өсіру тәжірибесі біз үшін өте пайдалы. Шаруашылықтар арасында тікелей байланыс орнатып, мал сатып алу мәселесін пысықтаймыз.", "speaker": "Азамат Токтосунов", "position": "Қырғыз Республикасы мемлекеттік агенттігі директорының орынбасары"}),
                ("paragraph", "Кездесу қорытындысы бойынша тараптар ветеринария мамандарын бірлесіп оқыту және асыл тұқымды мал жеткізу туралы меморандумның жобасын дайындауға келісті. Құжатқа келесі жылы Бішкекте қол қою жоспарланған."),
            ],
            "ru": [
                ("paragraph", "Гости побывали в хозяйствах Бурлинского и Сырымского районов, где разводят казахскую белоголовую породу коров и едильбаевских овец. За последние пять лет племенное поголовье в области выросло на 37%."),
                ("quote", {"text": "Опыт Западного Казахстана в племенном животноводстве очень полезен для нас. Мы наладим прямые связи между хозяйствами и проработаем вопрос закупки скота.", "speaker": "Азамат Токтосунов", "position": "заместитель директора государственного агентства Кыргызской Республики"}),
                ("paragraph", "По итогам встречи стороны договорились подготовить проект меморандума о совместном обучении ветеринарных специалистов и поставках племенного скота. Подписать документ планируется в следующем году в Бишкеке."),
            ],
        },
        "image": {
            "alt": {"kk": "Делегация асыл тұқымды мал шаруашылығында", "ru": "Делегация на племенной ферме"},
            "caption": {"kk": "Бөрлі ауданындағы шаруашылық", "ru": "Хозяйство в Бурлинском районе"},
            "credit": {"kk": "Фото: Батыс Қазақстан облысы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима Западно-Казахстанской области"},
        },
        "gallery": 0,
        "source": None,
        "motif": "field",
    },
    {
        "key": "wko-oral-syzran-sister-city-study",
        "about": {"agreements": ["oral-syzran-sister-cities"], "countries": ["RU"], "places": ["syzran"]},
        "region": "west-kazakhstan",
        "published": datetime(2026, 9, 24, 16, 40),
        "tags": ["sister-cities", "russia"],
        "views": 95,
        "languages": ["kk"],
        "title": {
            "kk": "Орал мен Сызрань қалалары бауырлас қала болу мүмкіндігін зерделеуге келісті",
        },
        "lead": {
            "kk": "Орал қаласы әкімдігі мен Самара облысындағы Сызрань қаласы әкімшілігінің өкілдері бейнебайланыс арқылы кездесіп, бауырлас қалалар қатынасын орнату мүмкіндігін қарастыруға уағдаласты.",
        },
        "body": {
            "kk": [
                ("paragraph", "Екі қаланы Еділ мен Жайық өңірлерін байланыстыратын көлік жолдары мен ұқсас өнеркәсіп салалары жақындастырады. Тараптар мәдениет күндерін өткізу мен мектептер арасындағы алмасу мүмкіндігін де талқылады."),
                ("paragraph", "Алдағы үш айда екі қаланың жұмыс тобы ынтымақтастықтың басым бағыттарын айқындап, бауырлас қалалар туралы келісімнің жобасын әзірлейді. Құжатқа Орал қаласының күні аясында қол қою ұсынылды."),
                ("paragraph", "Қазіргі уақытта Орал қаласының шетелдік қалалармен 7 серіктестік құжаты бар, олардың үшеуі Ресей қалаларымен жасалған. Жаңа серіктестік қалалар арасындағы іскерлік және мәдени байланыстарды кеңейтуге мүмкіндік береді."),
            ],
        },
        "image": {
            "alt": {"kk": "Бейнебайланыс арқылы өткен кездесу"},
            "caption": {"kk": "Орал қаласының әкімдігі"},
            "credit": {"kk": "Фото: Батыс Қазақстан облысы әкімінің баспасөз қызметі"},
        },
        "gallery": 0,
        "source": None,
        "motif": "city",
    },
    {
        "key": "almaty-silk-road-mayors-forum",
        "region": "almaty",
        "published": datetime(2026, 10, 29, 18, 0),
        "tags": ["forums", "delegations"],
        "views": 21450,
        "languages": ["kk", "ru"],
        "title": {
            "kk": "Алматыда Ұлы Жібек жолы бойындағы қалалар мэрлерінің форумы өтті",
            "ru": "В Алматы прошёл форум мэров городов Великого Шёлкового пути",
        },
        "lead": {
            "kk": "Форумға 12 елдің 25 қаласынан келген мэрлер мен олардың орынбасарлары қатысып, туризм, көлік және мәдени мұраны сақтау саласындағы ынтымақтастықты талқылады.",
            "ru": "В форуме приняли участие мэры и заместители мэров 25 городов из 12 стран, которые обсудили сотрудничество в туризме, транспорте и сохранении культурного наследия.",
        },
        "body": {
            "kk": [
                ("paragraph", "Форум Алматы қаласы әкімдігінің бастамасымен үшінші рет өтіп отыр. Пленарлық отырыста қалалар арасындағы туристік маршруттарды біріктіріп, бірыңғай туристік карта әзірлеу ұсынылды."),
                ("paragraph", "Биылғы тоғыз айда Алматыға 1,2 млн шетелдік турист келді, бұл өткен жылдың осы кезеңімен салыстырғанда 14,6%-ға көп. Қонақтардың басым бөлігі Қытай, Корея, Өзбекстан және Ресейден келген."),
                ("paragraph", "Форум соңында қатысушылар Алматы декларациясын қабылдап, келесі кездесуді 2027 жылы Самарқанд қаласында өткізуге келісті. Келесі форумның басты тақырыбы – тарихи қалалардағы тұрақты туризм."),
            ],
            "ru": [
                ("paragraph", "Форум проходит по инициативе акимата Алматы уже в третий раз. На пленарном заседании предложили объединить туристические маршруты городов и разработать единую туристическую карту."),
                ("paragraph", "За девять месяцев этого года Алматы посетили 1,2 млн иностранных туристов, что на 14,6% больше, чем за аналогичный период прошлого года. Большинство гостей прибыли из Китая, Кореи, Узбекистана и России."),
                ("paragraph", "По итогам форума участники приняли Алматинскую декларацию и договорились провести следующую встречу в 2027 году в Самарканде. Главной темой следующего форума станет устойчивый туризм в исторических городах."),
            ],
        },
        "image": {
            "alt": {"kk": "Форумға қатысушылар Алматының орталығында", "ru": "Участники форума в центре Алматы"},
            "caption": {"kk": "Ұлы Жібек жолы қалалары мэрлерінің форумы", "ru": "Форум мэров городов Великого Шёлкового пути"},
            "credit": {"kk": "Фото: Алматы қаласы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима города Алматы"},
        },
        "gallery": 8,
        "source": None,
        "motif": "city",
    },
    {
        "key": "almaty-korean-local-governments-association",
        "about": {"countries": ["KR"], "organisations": ["korean-association"]},
        "region": "almaty",
        "published": datetime(2026, 7, 22, 14, 30),
        "tags": ["korea", "delegations", "agreements"],
        "views": 760,
        "languages": ["kk", "ru"],
        "title": {
            "kk": "Алматы әкімдігі Кореяның жергілікті басқару органдары қауымдастығымен кездесті",
            "ru": "Акимат Алматы и Ассоциация органов местного самоуправления Кореи обсудили сотрудничество",
        },
        "lead": {
            "kk": "Қала әкімінің орынбасары Әлия Бекмұхамбетова Кореяның жергілікті басқару органдары қауымдастығының бас хатшысы Ким Сон Минмен кездесіп, тәжірибе алмасу мәселелерін талқылады.",
            "ru": "Заместитель акима города Алия Бекмухамбетова встретилась с генеральным секретарём Ассоциации органов местного самоуправления Кореи Ким Сон Мином и обсудила обмен опытом.",
        },
        "body": {
            "kk": [
                ("paragraph", "Қауымдастық Корея Республикасының 240-тан астам жергілікті басқару органын біріктіреді. Кездесуде қалалық шаруашылық, қоғамдық көлік және «ақылды қала» технологиялары бойынша тәжірибе алмасу мәселелері қаралды."),
                ("quote", {"text": "Алматы – Орталық Азиядағы кореялық бизнес үшін ең маңызды қала. Біз қала мамандарына Кореяның муниципалитеттерінде тағылымдамадан өтуге мүмкіндік беруге дайынбыз.", "speaker": "Ким Сон Мин", "position": "Кореяның жергілікті басқару органдары қауымдастығының бас хатшысы"}),
                ("paragraph", "Тараптар 2027 жылы Алматы әкімдігінің 20 қызметкерін Кореяға тағылымдамаға жіберу және ынтымақтастық туралы меморандумға қол қою мәселесін пысықтауға келісті. Меморандумға келесі жылдың көктемінде Сеулде қол қою жоспарланып отыр."),
            ],
            "ru": [
                ("paragraph", "Ассоциация объединяет более 240 органов местного самоуправления Республики Корея. На встрече обсудили обмен опытом в сфере городского хозяйства, общественного транспорта и технологий «умного города»."),
                ("quote", {"text": "Алматы – самый важный город Центральной Азии для корейского бизнеса. Мы готовы предоставить городским специалистам возможность пройти стажировку в муниципалитетах Кореи.", "speaker": "Ким Сон Мин", "position": "генеральный секретарь Ассоциации органов местного самоуправления Кореи"}),
                ("paragraph", "Стороны договорились проработать вопрос о стажировке 20 сотрудников акимата Алматы в Корее в 2027 году и о подписании меморандума о сотрудничестве. Подписать меморандум планируется весной следующего года в Сеуле."),
            ],
        },
        "image": {
            "alt": {"kk": "Алматы әкімдігіндегі кездесу", "ru": "Встреча в акимате Алматы"},
            "caption": {"kk": "Кореялық қауымдастықтың делегациясы", "ru": "Делегация корейской ассоциации"},
            "credit": {"kk": "Фото: Алматы қаласы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима города Алматы"},
        },
        "gallery": 0,
        "source": None,
        "motif": "handshake",
    },
    {
        "key": "almaty-mianyang-sister-city-study",
        "about": {"agreements": ["almaty-mianyang-sister-cities"], "countries": ["CN"], "places": ["mianyang"]},
        "region": "almaty",
        "published": datetime(2026, 11, 18, 11, 50),
        "tags": ["sister-cities", "china"],
        "views": 340,
        "languages": ["kk", "ru"],
        "title": {
            "kk": "Алматы мен Мяньян қалалары бауырластық қатынас орнату мүмкіндігін қарастырады",
            "ru": "Алматы и Мяньян изучат возможность установления побратимских отношений",
        },
        "lead": {
            "kk": "Қытайдың Сычуань провинциясындағы Мяньян қаласының делегациясы Алматыда болып, екі қала арасында бауырластық қатынас орнатуды зерделеу туралы уағдаластыққа қол жеткізді.",
            "ru": "Делегация китайского города Мяньян провинции Сычуань посетила Алматы, стороны договорились изучить возможность установления побратимских отношений между городами.",
        },
        "body": {
            "kk": [
                ("paragraph", "Делегацияны Мяньян қаласы мэрінің орынбасары Чэнь Юйтао басқарды. Мяньян электроника өнеркәсібімен және ғылыми-зерттеу орталықтарымен танымал."),
                ("quote", {"text": "Мяньян – Қытайдың ғылым мен технологиялар қаласы. Алматының IT-компаниялары мен университеттері үшін бұл серіктестік жаңа мүмкіндіктер ашады.", "speaker": "Әлия Бекмұхамбетова", "position": "Алматы қаласы әкімінің орынбасары"}),
                ("paragraph", "Тараптар алты ай ішінде ынтымақтастық бағыттарын айқындап, бауырлас қалалар туралы келісімнің жобасын дайындауға уағдаласты. Келесі кездесу 2027 жылдың көктемінде Мяньянда өтеді деп жоспарланып отыр."),
            ],
            "ru": [
                ("paragraph", "Делегацию возглавил заместитель мэра Мяньяна Чэнь Юйтао. Мяньян известен электронной промышленностью и научно-исследовательскими центрами."),
                ("quote", {"text": "Мяньян – город науки и технологий Китая. Для IT-компаний и университетов Алматы это партнёрство откроет новые возможности.", "speaker": "Алия Бекмухамбетова", "position": "заместитель акима города Алматы"}),
                ("paragraph", "Стороны договорились в течение шести месяцев определить направления сотрудничества и подготовить проект соглашения о побратимстве. Следующую встречу планируется провести весной 2027 года в Мяньяне."),
            ],
        },
        "image": {
            "alt": {"kk": "Алматы мен Мяньян өкілдерінің кездесуі", "ru": "Встреча представителей Алматы и Мяньяна"},
            "caption": {"kk": "Мяньян делегациясы Алматыда", "ru": "Делегация Мяньяна в Алматы"},
            "credit": {"kk": "Фото: Алматы қаласы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима города Алматы"},
        },
        "gallery": 0,
        "source": None,
        "motif": "flags",
    },
    {
        "key": "almaty-investment-centre-microfinance",
        "about": {"organisations": ["almaty-investment-centre", "almaty-microcredit"]},
        "region": "almaty",
        "published": datetime(2026, 4, 14, 10, 0),
        "tags": ["investment"],
        "views": 2050,
        "languages": ["kk", "ru"],
        "title": {
            "kk": "Алматының инвестициялық орталығы мен микроқаржы ұйымы шағын бизнесті бірлесіп қолдайды",
            "ru": "Инвестиционный центр и микрофинансовая организация Алматы вместе поддержат малый бизнес",
        },
        "lead": {
            "kk": "Қалалық инвестициялық орталық пен микроқаржы ұйымы жеңілдетілген несие бағдарламасын іске қосты: кәсіпкерлер 20 млн теңгеге дейін жылдық 6%-бен қаржы ала алады.",
            "ru": "Городской инвестиционный центр и микрофинансовая организация запустили льготную кредитную программу: предприниматели смогут получить до 20 млн тенге под 6% годовых.",
        },
        "body": {
            "kk": [
                ("paragraph", "Бағдарлама өңдеу өнеркәсібі, қызмет көрсету және туризм салаларындағы жобаларға арналған. Биыл оған 5 млрд теңге бөлінді, бұл шамамен 300 жобаны қаржыландыруға жеткілікті."),
                ("paragraph", "Өтінімдер инвестициялық орталықтың кеңсесінде және онлайн түрде қабылданады. Орталық мамандары кәсіпкерлерге бизнес-жоспар құруға тегін көмектеседі."),
                ("paragraph", "Өткен жылы микроқаржы ұйымы 1 070 кәсіпкерге жалпы сомасы 8,6 млрд теңге несие беріп, 2 300-ден астам жұмыс орнын ашуға ықпал етті. Биыл бағдарлама аясында 800-ден астам жаңа жұмыс орнын ашу көзделген."),
            ],
            "ru": [
                ("paragraph", "Программа рассчитана на проекты в обрабатывающей промышленности, сфере услуг и туризме. В этом году на неё выделено 5 млрд тенге, чего достаточно для финансирования около 300 проектов."),
                ("paragraph", "Заявки принимаются в офисе инвестиционного центра и онлайн. Специалисты центра бесплатно помогают предпринимателям составить бизнес-план."),
                ("paragraph", "В прошлом году микрофинансовая организация выдала 1 070 предпринимателям кредиты на общую сумму 8,6 млрд тенге, что помогло создать более 2 300 рабочих мест. В этом году в рамках программы планируется создать более 800 новых рабочих мест."),
            ],
        },
        "image": {
            "alt": {"kk": "Шағын өндіріс цехындағы жұмысшылар", "ru": "Рабочие в цехе небольшого производства"},
            "caption": {"kk": "Бағдарлама өңдеу өнеркәсібін қолдауға бағытталған", "ru": "Программа направлена на поддержку обрабатывающей промышленности"},
            "credit": {"kk": "Фото: Алматы қаласы әкімінің баспасөз қызметі", "ru": "Фото: пресс-служба акима города Алматы"},
        },
        "gallery": 0,
        "source": {"name": {"kk": "«Алатау апталығы» газеті", "ru": "Еженедельник «Алатау»"}, "url": "https://example.kz/news/905"},
        "motif": "factory",
    },
]
# fmt: on
