#include "core/validation/InsurerNumber.h"

#include "core/validation/Luhn.h"
#include "core/validation/NumericIdentifier.h"

using namespace Qt::StringLiterals;

namespace kohi {

ValidationResult validateInsurerNumber(QStringView input)
{
    const NumericIdentifierFormat format{u"保険者番号"_s, {8, 6}, u"8桁（国民健康保険は6桁）"_s};
    ValidationResult result = checkNumericIdentifier(input, format);
    if (result.isError()) {
        return result;
    }
    if (!hasValidLuhnCheckDigit(result.normalized)) {
        return ValidationResult::error(
            u"保険者番号のチェックデジットが一致しません。保険証の番号を確認してください。"_s);
    }
    return result;
}

} // namespace kohi
