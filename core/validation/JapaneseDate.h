#pragma once

#include "core/validation/ValidationResult.h"

#include <QDate>
#include <QStringView>

// Dates as typed on Japanese forms:
//   西暦  2024-04-01, 2024/4/1, 2024.4.1, 20240401, 2024年4月1日
//   和暦  R6.4.1, R06.04.01, r6/4/1, R060401, 令和6年4月1日, 令和元年5月1日, 令6.4.1, H31.4.30, ...
// Full-width digits, letters and punctuation are accepted; spaces are ignored.
namespace kohi {

struct ParsedDate
{
    ValidationResult result; // Ok: normalized is ISO yyyy-MM-dd
    QDate date;              // valid only when result is Ok
};

ParsedDate parseJapaneseDate(QStringView input);

// parseJapaneseDate(input).result, for callers that only need the text.
ValidationResult validateDate(QStringView input);

} // namespace kohi
