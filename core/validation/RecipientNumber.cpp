#include "core/validation/RecipientNumber.h"

#include "core/validation/Luhn.h"
#include "core/validation/NumericIdentifier.h"

using namespace Qt::StringLiterals;

namespace kohi {

ValidationResult validateRecipientNumber(QStringView input, RecipientCheckDigitPolicy policy)
{
    const NumericIdentifierFormat format{u"受給者番号"_s, {7}, u"7桁"_s};
    ValidationResult result = checkNumericIdentifier(input, format);
    if (result.isError() || policy == RecipientCheckDigitPolicy::Ignore ||
        hasValidLuhnCheckDigit(result.normalized)) {
        return result;
    }
    if (policy == RecipientCheckDigitPolicy::Enforce) {
        return ValidationResult::error(
            u"受給者番号のチェックデジットが一致しません。番号を確認してください。"_s);
    }
    return ValidationResult::warning(
        result.normalized,
        u"受給者番号のチェックデジットが一致しません（承認者の確認が必要です）。"_s);
}

} // namespace kohi
