#pragma once

#include "core/validation/ValidationResult.h"

#include <QStringView>
#include <optional>

// 地方公共団体コード (local-government code): 5 digits + check digit. Stored and compared as the
// full 6 digits, so a 5-digit code is rejected (with the full code suggested) rather than
// completed.
namespace kohi {

// Ok carries the 6 ASCII digits.
ValidationResult validateLocalGovernmentCode(QStringView input);

// First 5 digits × 6,5,4,3,2; r = Σ mod 11; check = last digit of (11 − r).
// nullopt unless `base` is exactly 5 ASCII digits.
std::optional<int> localGovernmentCodeCheckDigit(QStringView base);

} // namespace kohi
