"""The words of salary texts: one table per kind of token.

Both salary readers (the tokenizer of :mod:`careerkit._salary_grammar` and its
fast path for common shapes) are built from these tables, so a word added here
is understood by both.  Keys are tuples of tokens as the tokenizer emits them:
lower case, dots removed from words (``"s.d."`` becomes ``"sd"``), symbols as
written.  A one-word entry is a 1-tuple.
"""

from __future__ import annotations

# --- kinds of token ----------------------------------------------------------
NUM = "num"  # an amount as written, e.g. "12.500.000,00"
UNIT = "unit"  # juta, rb, k, M ...
CUR = "cur"  # a currency we support: value "IDR" or "USD"
XCUR = "xcur"  # a currency we do not support (EUR, SGD ...): an error
PER = "per"  # a period: value "hour", "day", "month" or "year"
XPER = "xper"  # a period we do not support (week): an error
DASH = "dash"  # "-" or "~" between two amounts
SEP = "sep"  # a range word between two amounts (to, sampai, s/d ...); value "lead"
# when it may also start the text as an upper bound only ("sampai 25 juta")
AND = "and"  # "and" / "dan", only after between / antara
BETWEEN = "between"  # between / antara: a range must follow
FROM = "from"  # from / dari / mulai: a range or an open upper end follows
LOW = "low"  # "di atas 80 juta", "10000+": a lower bound only
HIGH = "high"  # "up to 25 juta", "25 juta max": an upper bound only
# LOW and HIGH words carry where they stand: before the amount, after it, or either.
BEFORE, AFTER, EITHER = "before", "after", "either"
FILL = "fill"  # salary words that change no number (gaji, gross, nego ...)

# Words written with a dot that may run straight into an amount ("Rp.5.000.000",
# "s.d.9 jt", "maks.5 jt").  After any other word, "word.5" is refused: the dot
# could as well be a decimal mark ("USD.5k").
DOTTED = frozenset({"rp", "sd", "min", "maks", "max"})


def _words(kind: str, value: object, *spellings: str) -> dict:
    """Map each spelling (words split on spaces) to ``(kind, value)``."""
    return {tuple(s.split()): (kind, value) for s in spellings}


# Units: multiplier and whether the word implies rupiah.  "m" is settled later:
# miliar after Rp / IDR, million after $ / USD (see UNIT_M).
UNIT_M = "m"
UNITS: dict[str, tuple[int, bool]] = {
    "juta": (10**6, True),
    "jt": (10**6, True),
    "jta": (10**6, True),
    "ribu": (10**3, True),
    "rb": (10**3, True),
    "rebu": (10**3, True),
    "miliar": (10**9, True),
    "milyar": (10**9, True),
    "miliyar": (10**9, True),
    "k": (10**3, False),
    "thousand": (10**3, False),
    "million": (10**6, False),
    "mio": (10**6, False),
    "mn": (10**6, False),
    "billion": (10**9, False),
    "bn": (10**9, False),
    UNIT_M: (0, False),
}

CURRENCIES = {
    **_words(CUR, "IDR", "rp", "idr", "rupiah"),
    **_words(CUR, "USD", "$", "usd", "us $", "dollar", "dollars", "dolar"),
    **_words(CUR, "USD", "us dollar", "us dollars"),
}

OTHER_CURRENCIES = _words(
    XCUR,
    None,
    "eur", "euro", "euros", "€", "sgd", "s $", "myr", "rm", "gbp", "£", "aud",
    "jpy", "yen", "¥", "inr", "₹", "cny", "rmb", "hkd", "chf", "cad", "php", "₱",
    "thb", "฿", "vnd", "₫", "krw", "₩",
)  # fmt: skip

# A period unit after "/", "per", "a", "tiap" ...: "/bln", "per month", "a year".
PERIOD_UNITS: dict[str, str] = {
    **dict.fromkeys(["bulan", "bln", "bl", "month", "months", "mo", "mon", "mth",
                     "m"], "month"),
    **dict.fromkeys(["tahun", "thn", "th", "year", "years", "yr", "y", "annum"],
                    "year"),
    **dict.fromkeys(["hari", "day", "days", "d"], "day"),
    # "hr" is read as hour ("$40/hr"); Indonesian texts spell out "/hari".
    **dict.fromkeys(["jam", "hour", "hours", "hr", "hrs"], "hour"),
}  # fmt: skip
WEEK_UNITS = ("minggu", "pekan", "week", "weeks", "wk")
PERIOD_LEADS = ("/", "per", "tiap", "setiap", "each", "every")
ARTICLE_UNITS = {"month": "month", "year": "year", "day": "day", "hour": "hour"}

PERIOD_WORDS: dict[str, str] = {
    **dict.fromkeys(["sebulan", "bulanan", "perbulan", "perbln", "monthly"], "month"),
    **dict.fromkeys(["setahun", "tahunan", "pertahun", "perthn", "yearly", "annual",
                     "annually", "pa"], "year"),
    **dict.fromkeys(["sehari", "harian", "perhari", "daily"], "day"),
    **dict.fromkeys(["sejam", "perjam", "hourly"], "hour"),
}  # fmt: skip
WEEK_WORDS = ("seminggu", "mingguan", "perminggu", "sepekan", "weekly")


def _periods() -> dict:
    table: dict = {}
    for lead in PERIOD_LEADS:
        for unit, period in PERIOD_UNITS.items():
            table[(lead, unit)] = (PER, period)
        for unit in WEEK_UNITS:
            table[(lead, unit)] = (XPER, "week")
    for unit, period in PERIOD_UNITS.items():
        table[("per", "-", unit)] = (PER, period)
    for article in ("a", "an"):
        for unit, period in ARTICLE_UNITS.items():
            table[(article, unit)] = (PER, period)
        table[(article, "week")] = (XPER, "week")
    table.update({(word,): (PER, period) for word, period in PERIOD_WORDS.items()})
    table.update({(word,): (XPER, "week") for word in WEEK_WORDS})
    return table


VOCABULARY: dict[tuple[str, ...], tuple[str, object]] = {
    **{(unit,): (UNIT, unit) for unit in UNITS},
    **CURRENCIES,
    **OTHER_CURRENCIES,
    **_periods(),
    **_words(DASH, None, "-", "- -", "~"),
    **_words(SEP, "lead", "sampai", "sampai dengan", "hingga", "s / d", "sd", "until",
             "up to", "upto"),
    **_words(SEP, None, "to", "till", "through", "thru"),
    **_words(AND, None, "and", "dan", "&"),
    **_words(BETWEEN, None, "between", "antara"),
    **_words(FROM, None, "from", "dari", "mulai", "mulai dari", "starting",
             "starting at", "starting from", "start from"),
    **_words(LOW, BEFORE, ">", ">=", "=>", "≥", "di atas", "diatas", "lebih dari",
             "minimal", "minimum", "min", "at least", "above", "over", "more than",
             "paling sedikit", "paling rendah", "sedikitnya", "setidaknya"),
    **_words(HIGH, BEFORE, "<", "<=", "=<", "≤", "maksimum",
             "di bawah", "dibawah", "kurang dari", "below", "under", "less than",
             "paling banyak", "paling tinggi", "at most"),
    **_words(HIGH, EITHER, "max", "maks", "maksimal", "maximum"),
    **_words(LOW, AFTER, "+", "+ +", "ke atas", "keatas", "or more", "and above",
             "and up", "or above", "lebih"),
    **_words(HIGH, AFTER, "ke bawah", "kebawah", "or less", "and below"),
    **_words(FILL, None, "gaji", "gaji pokok", "upah", "penghasilan", "salary",
             "base salary", "pay", "take home pay", "thp",
             "gross", "bruto", "kotor", "net", "nett", "netto", "bersih", "nego",
             "negotiable", "bisa nego", "kisaran", "range", "rentang", "sekitar",
             "kurang lebih", "around", "about", "approx", "approximately", "±",
             ":", "(", ")", "[", "]", ",", ".", ";", "=", ", -", ", - -", ". -"),
}  # fmt: skip
LONGEST_PHRASE = max(len(key) for key in VOCABULARY)
