#pragma once

#include "core/validation/ValidationResult.h"

#include <QList>
#include <QString>
#include <QStringView>

// Steps shared by every fixed-length numeric identifier (個人番号, 公費負担者番号, 保険者番号,
// 受給者番号, 地方公共団体コード): normalise what users type, then check characters and length.
namespace kohi {

struct NumericIdentifierFormat
{
    QString fieldName;  // as the user knows it, e.g. 「個人番号」
    QList<int> lengths; // accepted digit counts
    QString lengthText; // e.g. 「12桁」, 「8桁（国民健康保険は6桁）」
};

// Full-width digits become ASCII; spaces (any Unicode space, incl. U+3000) and hyphens
// ('-', U+2010–U+2013, U+2212, U+FF0D) are removed; every other character is kept as typed.
QString normalizeIdentifierDigits(QStringView input);

// Error (empty, a character that is not a digit, wrong length) or Ok with the ASCII digits.
// The check digit is left to the caller. Messages never repeat the digits that were typed.
ValidationResult checkNumericIdentifier(QStringView input, const NumericIdentifierFormat& format);

// True for the hyphen look-alikes normalizeIdentifierDigits removes ('-', U+2010–U+2013, U+2212,
// U+FF0D); the long vowel mark 「ー」 is not one.
bool isIdentifierHyphen(char16_t c);

// The phrase naming a rejected character without echoing any digit, e.g. 数字以外の文字「A」,
// 見えない文字（U+0009）, 使用できない数字.
QString describeRejectedCharacter(QStringView text, qsizetype index);

// True when `text` is exactly `length` ASCII digits.
bool isAsciiDigits(QStringView text, qsizetype length);

// Value of the ASCII digit at `index` (caller guarantees it is one).
int digitAt(QStringView digits, qsizetype index);

} // namespace kohi
