#include "core/validation/PublicPayerNumber.h"

#include "core/validation/Luhn.h"
#include "core/validation/NumericIdentifier.h"

using namespace Qt::StringLiterals;

namespace kohi {

namespace {

QString digitsOf(QStringView number, qsizetype position, qsizetype count)
{
    // Only a well-formed number is split, so callers cannot mistake garbage for a law code.
    if (!isAsciiDigits(number, 8)) {
        return {};
    }
    return number.mid(position, count).toString();
}

} // namespace

ValidationResult validatePublicPayerNumber(QStringView input)
{
    const NumericIdentifierFormat format{u"公費負担者番号"_s, {8}, u"8桁"_s};
    ValidationResult result = checkNumericIdentifier(input, format);
    if (result.isError()) {
        return result;
    }
    if (!hasValidLuhnCheckDigit(result.normalized)) {
        return ValidationResult::error(
            u"公費負担者番号のチェックデジットが一致しません。番号を確認してください。"_s);
    }
    return result;
}

QString publicPayerLawCode(QStringView number)
{
    return digitsOf(number, 0, 2);
}

QString publicPayerPrefectureCode(QStringView number)
{
    return digitsOf(number, 2, 2);
}

QString publicPayerAgencyCode(QStringView number)
{
    return digitsOf(number, 4, 3);
}

} // namespace kohi
