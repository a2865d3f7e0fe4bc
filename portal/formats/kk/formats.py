# Kazakh: "18 шілде 2018", "18.07.2018", "1 070", "15,8". Month names in lower case come from
# the project's catalogue (locale/kk), which overrides Django's capitalised ones.
DATE_FORMAT = "j E Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"
# The official long form: "2018 жылғы 18 шілде".
LONG_DATE_FORMAT = r"Y \ж\ы\л\ғ\ы j E"
FIRST_DAY_OF_WEEK = 1
DATE_INPUT_FORMATS = ["%d.%m.%Y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%Y-%m-%d %H:%M"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # a no-break space: "1 070" never splits across lines
NUMBER_GROUPING = 3
