"""The units a grader reads after (or before) a number, by surface, with dimension and factor.

Canonical unit names are English; `factor` converts to the dimension's base unit (see
graphs/text/quantities.py for what converts with what). Surfaces are lower case and NFKC-folded.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    """A unit: its canonical name, its dimension and its factor to the base unit."""

    name: str
    dimension: str
    factor: float  # in the dimension's base unit


UNITS: dict[str, Unit] = {}
MORNING_WORDS = ("in the morning", "in the am")
EVENING_WORDS = ("in the afternoon", "in the evening", "at night", "in the pm")
"""Words after an hour that name the half of the day ("six in the morning" = 6:00 am)."""


def _define(name: str, dimension: str, factor: float, *surfaces: str) -> None:
    for surface in surfaces:
        UNITS[surface] = Unit(name, dimension, factor)


_define("second", "duration", 1, "秒", "秒钟", "second", "seconds", "sec", "secs", "s")
_define("minute", "duration", 60, "分钟", "minute", "minutes", "min", "mins")
_define(
    "hour", "duration", 3600, "小时", "个小时", "钟头", "个钟头", "hour", "hours", "hr", "hrs", "h"
)
_define(
    "day",
    "duration",
    86400,
    "天",
    "日",
    "自然日",
    "day",
    "days",
    "calendar day",
    "calendar days",
    "d",
)
_define("quarter_hour", "duration", 900, "刻钟")  # 一刻钟 = 15 minutes
_define(
    "week",
    "duration",
    604800,
    "周",
    "星期",
    "个星期",
    "礼拜",
    "个礼拜",
    "week",
    "weeks",
    "wk",
    "wks",
)
_define("fortnight", "duration", 1209600, "fortnight", "fortnights")
_define(
    "month",
    "calendar",
    1,
    "个月",
    "月",
    "自然月",
    "个自然月",
    "month",
    "months",
    "calendar month",
    "calendar months",
    "mth",
    "mths",
    "mo",
    "mos",
)
_define("year", "calendar", 12, "年", "year", "years", "yr", "yrs")
# An age: 18周岁 and 18岁 are 18 years (周 alone is a week); "years old" is read as years.
_define("year", "calendar", 12, "周岁", "岁", "足岁", "years old", "year old", "years of age")
_define(
    "working_day",
    "working_day",
    1,
    "工作日",
    "个工作日",
    "工作天",
    "个工作天",
    "business day",
    "business days",
    "working day",
    "working days",
    # the same days said otherwise: "5 work days", "5 workdays", "5 weekdays" (Monday to Friday)
    "work day",
    "work days",
    "workday",
    "workdays",
    "weekdays",
)
_define("yuan", "money_cny", 1, "元", "块", "块钱", "元钱", "yuan", "rmb", "cny", "¥", "人民币")
_define("dollar", "money_usd", 1, "美元", "dollar", "dollars", "usd", "bucks", "$")
_define("dollar", "money_usd", 0.01, "cent", "cents", "¢", "美分")
_define("pound", "money_gbp", 1, "英镑", "pound", "pounds", "gbp", "quid", "£")
_define("pound", "money_gbp", 0.01, "pence", "penny")
_define("euro", "money_eur", 1, "欧元", "euro", "euros", "eur", "€")
_define("euro", "money_eur", 0.01, "euro cent", "euro cents")
_define("percent", "percent", 1, "%", "percent", "per cent")
_define("percent", "percent", 10, "成")  # 五成 = 50%: tenths, as a shop says a share
# "40 degrees C" is one figure: read as "40 degrees", a blank left "____ C" behind (session 21).
_define(
    "celsius",
    "temperature",
    1,
    "°c",
    "度",
    "摄氏度",
    "degrees",
    "degree",
    "degrees celsius",
    "degrees c",
    "degree c",
)
_define("fahrenheit", "temperature_f", 1, "°f", "华氏度", "degrees fahrenheit", "degrees f")
_define("lux", "illuminance", 1, "勒克斯", "lux", "lx")
_define("megapascal", "pressure", 1, "兆帕", "mpa")
_define("megapascal", "pressure", 0.001, "千帕", "kpa")
_define("megapascal", "pressure", 0.000001, "帕", "pa")
_define("megapascal", "pressure", 0.0001, "百帕", "hpa")
_define("megapascal", "pressure", 0.1, "bar")
_define("megapascal", "pressure", 0.00689476, "psi")
# A sound level (噪声不超过60分贝): read as 60 points before, a score to learn of another kind.
_define("decibel", "loudness", 1, "分贝", "db", "dba", "decibel", "decibels")
_define("times", "times", 1, "次", "遍", "回", "times", "time")
# A class hour of training (学时, 课时): its own unit, not an hour of the clock (40学时 of training).
_define(
    "class_hour", "class_hour", 1, "学时", "个学时", "课时", "个课时", "class hours", "class hour"
)
_define("people", "people", 1, "人", "位", "名", "个人", "people", "persons", "person")
# English counts people by the noun itself: "one staff member signs" is a count of 1, not an article.
_define(
    "people",
    "people",
    1,
    "staff members",
    "staff member",
    "members of staff",
    "member of staff",
    "staff",
    "employees",
    "employee",
    "workers",
    "worker",
)
_define(
    "items",
    "items",
    1,
    "个",
    "件",
    "项",
    "份",
    "张",
    "盒",
    "瓶",
    "支",
    "台",
    "items",
    "item",
    "pieces",
    "piece",
    "pcs",
)
_define("steps", "steps", 1, "步", "steps", "step")
_define("points", "points", 1, "分", "积分", "points", "point", "pts")
_define("metre", "length", 1, "米", "m", "metre", "metres", "meter", "meters")
# A unit is written out, in the plural, in either spelling or abbreviated: "30 centimetres" is
# 30 cm as 30公分 is 30厘米 (a teacher never marks a spelled-out unit as missing).
_define("metre", "length", 0.01, "厘米", "公分", "cm", "centimetre", "centimetres")
_define("metre", "length", 0.01, "centimeter", "centimeters")
_define("metre", "length", 0.1, "分米", "dm")  # 两分米 is 20厘米, not two marks (分)
_define("metre", "length", 0.001, "毫米", "mm", "millimetre", "millimetres", "millimeter")
_define("metre", "length", 0.001, "millimeters")
_define("metre", "length", 1000, "公里", "千米", "km", "kilometre", "kilometres", "kilometer")
_define("metre", "length", 1000, "kilometers")
_define("metre", "length", 1609.344, "英里", "mile", "miles", "mi")
_define("metre", "length", 0.3048, "英尺", "foot", "feet", "ft")  # another unit, another length
_define("metre", "length", 0.0254, "英寸", "inch", "inches")  # "in" is a preposition: left out
_define("metre", "length", 0.9144, "yard", "yards", "yd", "yds")  # 码 is a size (42码): left out
_define("gram", "mass", 1, "克", "g", "gram", "grams", "gramme", "grammes")
_define("gram", "mass", 0.001, "毫克", "mg", "milligram", "milligrams")
_define("gram", "mass", 1000, "公斤", "千克", "kg", "kilogram", "kilograms", "kilo", "kilos")
_define("gram", "mass", 1000, "kilogramme", "kilogrammes", "kgs")
_define("gram", "mass", 500, "斤")
# t is the tonne's symbol ("20 t" for 20 tonnes, session 26 teacher T19); a t that begins a word
# ("2 t-shirts") is none (graphs/text/quantities.py).
_define(
    "gram", "mass", 1_000_000, "吨", "公吨", "tonne", "tonnes", "t", "metric ton", "metric tons"
)
# "pound" is money (英镑, above); its abbreviation lb is only ever a weight.
_define("gram", "mass", 453.59237, "磅", "lb", "lbs")
_define("litre", "volume", 1, "升", "公升", "l", "litre", "litres", "liter", "liters")
_define("litre", "volume", 0.001, "毫升", "ml", "millilitre", "millilitres", "milliliter")
_define("litre", "volume", 0.001, "milliliters")
_define(
    "km/h", "speed", 1, "公里/小时", "公里每小时", "千米/小时", "千米每小时", "km/h", "kmh", "kph"
)
_define("km/h", "speed", 1.609344, "mph", "英里/小时", "英里每小时")
_define("km/h", "speed", 1.852, "knot", "knots")  # wind and boats: "stronger than 25 knots"
# A speed said in words: "8 kilometres per hour", "20 miles an hour".
_define(
    "km/h",
    "speed",
    1,
    *(
        f"{km} {per} hour"
        for km in ("km", "kilometre", "kilometres", "kilometer", "kilometers")
        for per in ("per", "an", "a")
    ),
)
_define(
    "km/h",
    "speed",
    1.609344,
    *(f"{m} {per} hour" for m in ("mile", "miles") for per in ("per", "an", "a")),
)
# Feet and metres per second (a paintball marker's chrono limit, a lift's rated speed), with the
# words spelled out: "280 feet per second" is 280 fps.
_define(
    "km/h",
    "speed",
    1.09728,
    "fps",
    "ft/s",
    "英尺/秒",
    "英尺每秒",
    *(f"{ft} per second" for ft in ("foot", "feet")),
)
_define(
    "km/h",
    "speed",
    3.6,
    "m/s",
    "米/秒",
    "米每秒",
    *(f"{m} per second" for m in ("metre", "metres", "meter", "meters")),
)
_define("clock", "clock", 1, "点", "点钟", "am", "a.m.", "pm", "p.m.", "o'clock", "o’clock")
_define("clock", "clock", 1, *MORNING_WORDS, *EVENING_WORDS)
