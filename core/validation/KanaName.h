#pragma once

#include "core/validation/ValidationResult.h"

#include <QString>
#include <QStringView>

// カナ氏名 (name in katakana), as typed on forms or imported from a 住基 extract.
namespace kohi {

// Half-width katakana → full-width (ｶﾞ→ガ, ﾊﾟ→パ, ｳﾞ→ヴ), hiragana → katakana, runs of spaces
// (ASCII, full-width, tabs) → one U+3000, trimmed. Other characters are kept as they are, so the
// result can also be used to compare names from different sources.
QString normalizeKana(QStringView input);

// normalizeKana(), then only katakana (U+30A1–U+30F6), 「ー」, 「・」 and U+3000 may remain.
// The message names the first character that is not allowed, as it was typed.
ValidationResult validateKanaName(QStringView input);

} // namespace kohi
