#include "core/validation/ValidateByKind.h"

#include "core/validation/InsurerNumber.h"
#include "core/validation/JapaneseDate.h"
#include "core/validation/KanaName.h"
#include "core/validation/LocalGovernmentCode.h"
#include "core/validation/MyNumber.h"
#include "core/validation/PublicPayerNumber.h"
#include "core/validation/RecipientNumber.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace kohi {

namespace {

using Validator = ValidationResult (*)(QStringView);

ValidationResult validateRecipientNumberDefault(QStringView input)
{
    return validateRecipientNumber(input);
}

constexpr std::array<std::pair<std::u16string_view, Validator>, 7> kValidators{{
    {u"mynumber", &validateMyNumber},
    {u"kohi", &validatePublicPayerNumber},
    {u"hoken", &validateInsurerNumber},
    {u"jukyusha", &validateRecipientNumberDefault},
    {u"lgcode", &validateLocalGovernmentCode},
    {u"kana", &validateKanaName},
    {u"date", &validateDate},
}};

} // namespace

QStringList validationKinds()
{
    QStringList kinds;
    for (const auto& [name, validator] : kValidators) {
        kinds.append(QString::fromUtf16(name.data(), qsizetype(name.size())));
    }
    return kinds;
}

std::optional<ValidationResult> validateByKind(QStringView kind, const QString& value)
{
    for (const auto& [name, validator] : kValidators) {
        if (kind == QStringView(name.data(), qsizetype(name.size()))) {
            return validator(value);
        }
    }
    return std::nullopt;
}

} // namespace kohi
