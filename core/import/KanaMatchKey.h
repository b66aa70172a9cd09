#pragma once

#include <QString>
#include <QStringView>

namespace kohi::juki {

// The form in which a kana name from the 住基ネット file is compared with the register: NFKC
// (half-width ｶﾞ → ガ, ｰ → ー), hiragana → katakana, every space (ASCII, U+3000, tabs) removed.
// Kanji are not compared at all, so variant forms such as 髙/高 or 﨑/崎 never cause a mismatch.
// The server applies the same NFKC and space removal to the register's kana (0027).
QString kanaMatchKey(QStringView kana);

} // namespace kohi::juki
