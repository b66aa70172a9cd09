#pragma once

#include "core/validation/ValidationResult.h"

#include <QStringView>
#include <optional>

// 個人番号 (My Number): 11 digits + 1 check digit.
namespace kohi {

// Accepts full-width digits and spaces/hyphens between groups; Ok carries the 12 ASCII digits.
// Messages say what is wrong (empty, non-digit, length, check digit) but never repeat the number.
ValidationResult validateMyNumber(QStringView input);

// Check digit of an 11-digit base (weights 6,5,4,3,2,7,6,5,4,3,2; remainders 0 and 1 give 0).
// nullopt unless `base` is exactly 11 ASCII digits.
std::optional<int> myNumberCheckDigit(QStringView base);

} // namespace kohi
