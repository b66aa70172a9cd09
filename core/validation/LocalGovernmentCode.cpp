#include "core/validation/LocalGovernmentCode.h"

#include "core/validation/NumericIdentifier.h"

using namespace Qt::StringLiterals;

namespace kohi {

std::optional<int> localGovernmentCodeCheckDigit(QStringView base)
{
    if (!isAsciiDigits(base, 5)) {
        return std::nullopt;
    }
    int sum = 0;
    for (qsizetype i = 0; i < 5; ++i) {
        sum += digitAt(base, i) * int(6 - i);
    }
    return (11 - sum % 11) % 10;
}

ValidationResult validateLocalGovernmentCode(QStringView input)
{
    const QString digits = normalizeIdentifierDigits(input);
    if (const auto check = localGovernmentCodeCheckDigit(digits)) {
        // A 5-digit code (as in many published lists) is a common slip: name the full code.
        return ValidationResult::error(
            u"地方公共団体コードはチェックデジットを含む6桁です（入力は5桁）。「%1」のように6桁で入力してください。"_s
                .arg(digits + QString::number(*check)));
    }
    const NumericIdentifierFormat format{u"地方公共団体コード"_s, {6}, u"6桁"_s};
    ValidationResult result = checkNumericIdentifier(input, format);
    if (result.isError()) {
        return result;
    }
    if (localGovernmentCodeCheckDigit(QStringView(result.normalized).first(5)) !=
        digitAt(result.normalized, 5)) {
        return ValidationResult::error(
            u"地方公共団体コードのチェックデジットが一致しません。コードを確認してください。"_s);
    }
    return result;
}

} // namespace kohi
