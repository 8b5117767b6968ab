"""More first names by gender, for the gender a pronoun must agree with.

Generated once from the first-name lists of Faker (https://github.com/joke2k/faker, MIT
licence, copyright Daniele Faraglia and contributors) for the locales
en_US, en_GB, en_IE, en_NZ, en_IN, de_DE, fr_FR, es_ES, it_IT, nl_NL, pt_PT, pl_PL,
sv_SE, da_DK, no_NO, fi_FI, cs_CZ, tr_TR, fa_IR, id_ID.
Only names in Latin letters are kept (accents removed, lower case). Names listed for
both genders in any of those locales, names already in ``_cues.MALE`` / ``FEMALE``,
and English function, role and cue words are left out. These lists only give a person
a gender; they never make a capitalised word a name.

One generated list per gender, in ``_male_names`` and ``_female_names``; the rest of the
package takes them from here.
"""

from __future__ import annotations

from newsthread.quotes._female_names import MORE_FEMALE
from newsthread.quotes._male_names import MORE_MALE

__all__ = ["MORE_FEMALE", "MORE_MALE"]
