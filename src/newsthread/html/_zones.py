"""The time zone a news site most likely publishes in, from its address's country domain or
the page's language: for a UTC instant the page gives no local day for."""

from __future__ import annotations

from datetime import tzinfo
from urllib.parse import urlsplit

from dateutil import tz

__all__ = ["site_zone", "top_level_domain"]

# Countries with one zone (or one where nearly all their news is written); countries that
# span several (the US, Canada, Russia, Australia, Indonesia) are left out, as are domains
# sold for other uses (.co, .io, .me, .tv, .fm).
_COUNTRY_ZONES = {
    "de": "Europe/Berlin",
    "at": "Europe/Vienna",
    "ch": "Europe/Zurich",
    "li": "Europe/Vaduz",
    "fr": "Europe/Paris",
    "be": "Europe/Brussels",
    "lu": "Europe/Luxembourg",
    "nl": "Europe/Amsterdam",
    "it": "Europe/Rome",
    "es": "Europe/Madrid",
    "pt": "Europe/Lisbon",
    "ie": "Europe/Dublin",
    "uk": "Europe/London",
    "gb": "Europe/London",
    "dk": "Europe/Copenhagen",
    "se": "Europe/Stockholm",
    "no": "Europe/Oslo",
    "fi": "Europe/Helsinki",
    "ee": "Europe/Tallinn",
    "lv": "Europe/Riga",
    "lt": "Europe/Vilnius",
    "pl": "Europe/Warsaw",
    "cz": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest",
    "si": "Europe/Ljubljana",
    "hr": "Europe/Zagreb",
    "rs": "Europe/Belgrade",
    "ro": "Europe/Bucharest",
    "bg": "Europe/Sofia",
    "gr": "Europe/Athens",
    "ua": "Europe/Kyiv",
    "tr": "Europe/Istanbul",
    "il": "Asia/Jerusalem",
    "eg": "Africa/Cairo",
    "tn": "Africa/Tunis",
    "dz": "Africa/Algiers",
    "sa": "Asia/Riyadh",
    "ae": "Asia/Dubai",
    "qa": "Asia/Qatar",
    "ir": "Asia/Tehran",
    "bd": "Asia/Dhaka",
    "lk": "Asia/Colombo",
    "np": "Asia/Kathmandu",
    "za": "Africa/Johannesburg",
    "ng": "Africa/Lagos",
    "ke": "Africa/Nairobi",
    "in": "Asia/Kolkata",
    "pk": "Asia/Karachi",
    "th": "Asia/Bangkok",
    "vn": "Asia/Ho_Chi_Minh",
    "my": "Asia/Kuala_Lumpur",
    "sg": "Asia/Singapore",
    "ph": "Asia/Manila",
    "cn": "Asia/Shanghai",
    "hk": "Asia/Hong_Kong",
    "tw": "Asia/Taipei",
    "kr": "Asia/Seoul",
    "jp": "Asia/Tokyo",
    "nz": "Pacific/Auckland",
    "mx": "America/Mexico_City",
    "gt": "America/Guatemala",
    "hn": "America/Tegucigalpa",
    "sv": "America/El_Salvador",
    "ni": "America/Managua",
    "cr": "America/Costa_Rica",
    "pa": "America/Panama",
    "cu": "America/Havana",
    "do": "America/Santo_Domingo",
    "ve": "America/Caracas",
    "pe": "America/Lima",
    "bo": "America/La_Paz",
    "cl": "America/Santiago",
    "ar": "America/Argentina/Buenos_Aires",
    "uy": "America/Montevideo",
    "py": "America/Asuncion",
    "br": "America/Sao_Paulo",
}

# Languages written (nearly) only in one of those zones' countries, for a page whose address
# names no country.
_LANGUAGE_COUNTRIES = {
    "de": "de",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "cs": "cz",
    "sk": "sk",
    "hu": "hu",
    "da": "dk",
    "sv": "se",
    "nb": "no",
    "nn": "no",
    "no": "no",
    "fi": "fi",
    "et": "ee",
    "lv": "lv",
    "lt": "lt",
    "sl": "si",
    "hr": "hr",
    "ro": "ro",
    "bg": "bg",
    "el": "gr",
    "uk": "ua",
    "tr": "tr",
    "he": "il",
    "ja": "jp",
    "ko": "kr",
    "zh": "cn",
    "th": "th",
    "vi": "vn",
}


def site_zone(urls: tuple[str | None, ...], language: str | None) -> tzinfo | None:
    """The zone of the first address with a country domain, else of the language's country
    ("pt-BR", "de"), or None when neither says."""
    for url in urls:
        country = top_level_domain(url)
        if country in _COUNTRY_ZONES:
            return tz.gettz(_COUNTRY_ZONES[country])
    if language:
        code, _, region = language.replace("_", "-").casefold().partition("-")
        found = region[:2] if region[:2] in _COUNTRY_ZONES else _LANGUAGE_COUNTRIES.get(code)
        if found is not None:
            return tz.gettz(_COUNTRY_ZONES[found])
    return None


def top_level_domain(url: str | None) -> str | None:
    """The last label of the address's host, lower case (``"uk"``, ``"com"``); None for an
    address without a host or one that does not parse."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return host.rsplit(".", 1)[-1] or None
