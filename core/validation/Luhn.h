#pragma once

#include <QStringView>
#include <optional>

namespace kohi {

// Check digit shared by 公費負担者番号, 保険者番号 and 受給者番号: from the rightmost data digit,
// multiply alternately by 2 and 1, add the digits of each product; check = (10 − Σ mod 10) mod 10.
// nullopt when `dataDigits` is empty or not all ASCII digits.
std::optional<int> luhnCheckDigit(QStringView dataDigits);

// True when the last ASCII digit of `digits` is the Luhn check digit of the ones before it.
bool hasValidLuhnCheckDigit(QStringView digits);

} // namespace kohi
