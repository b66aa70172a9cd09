#include "core/validation/Luhn.h"

#include "core/validation/NumericIdentifier.h"

namespace kohi {

std::optional<int> luhnCheckDigit(QStringView dataDigits)
{
    if (dataDigits.isEmpty() || !isAsciiDigits(dataDigits, dataDigits.size())) {
        return std::nullopt;
    }
    int sum = 0;
    bool doubleIt = true; // the rightmost data digit is multiplied by 2
    for (qsizetype i = dataDigits.size() - 1; i >= 0; --i) {
        const int product = digitAt(dataDigits, i) * (doubleIt ? 2 : 1);
        sum += product / 10 + product % 10;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

bool hasValidLuhnCheckDigit(QStringView digits)
{
    if (digits.size() < 2 || !isAsciiDigits(digits, digits.size())) {
        return false;
    }
    const auto expected = luhnCheckDigit(digits.first(digits.size() - 1));
    return expected && *expected == digitAt(digits, digits.size() - 1);
}

} // namespace kohi
