#include "core/validation/MyNumber.h"

#include "core/validation/NumericIdentifier.h"

#include <array>

using namespace Qt::StringLiterals;

namespace kohi {

std::optional<int> myNumberCheckDigit(QStringView base)
{
    if (!isAsciiDigits(base, 11)) {
        return std::nullopt;
    }
    static constexpr std::array<int, 11> weights{6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (qsizetype i = 0; i < 11; ++i) {
        sum += digitAt(base, i) * weights[std::size_t(i)];
    }
    const int remainder = sum % 11;
    // Remainder 1 would give 10, which is not a digit: the rule maps both 0 and 1 to 0.
    return remainder <= 1 ? 0 : 11 - remainder;
}

ValidationResult validateMyNumber(QStringView input)
{
    const NumericIdentifierFormat format{u"個人番号"_s, {12}, u"12桁"_s};
    ValidationResult result = checkNumericIdentifier(input, format);
    if (result.isError()) {
        return result;
    }
    const QStringView digits = result.normalized;
    if (myNumberCheckDigit(digits.first(11)) != digitAt(digits, 11)) {
        return ValidationResult::error(
            u"個人番号のチェックデジットが一致しません。番号を確認してください。"_s);
    }
    return result;
}

} // namespace kohi
