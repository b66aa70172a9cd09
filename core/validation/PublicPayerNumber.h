#pragma once

#include "core/validation/ValidationResult.h"

#include <QString>
#include <QStringView>

// 公費負担者番号 (public-expense payer number), 8 digits:
// 法別番号 2 + 都道府県番号 2 + 実施機関番号 3 + Luhn check digit 1.
namespace kohi {

// Ok carries the 8 ASCII digits.
ValidationResult validatePublicPayerNumber(QStringView input);

// 法別番号 (law code, digits 1–2), e.g. "54" for 特定医療費. Empty unless `number` is 8 ASCII
// digits.
QString publicPayerLawCode(QStringView number);

// 都道府県番号 (digits 3–4), e.g. "27" for Osaka. Empty unless `number` is 8 ASCII digits.
QString publicPayerPrefectureCode(QStringView number);

// 実施機関番号 (digits 5–7). Empty unless `number` is 8 ASCII digits.
QString publicPayerAgencyCode(QStringView number);

} // namespace kohi
