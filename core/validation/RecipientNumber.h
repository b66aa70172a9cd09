#pragma once

#include "core/validation/ValidationResult.h"

#include <QStringView>

// 受給者番号 (recipient number), 7 digits: 6 digits + Luhn check digit. The check-digit rule comes
// from secondary sources only (REFERENCE §2, UNCONFIRMED), so each programme chooses how strict it
// is.
namespace kohi {

enum class RecipientCheckDigitPolicy
{
    Warn,    // mismatch → Warning the approver must acknowledge (default)
    Enforce, // mismatch → Error
    Ignore,  // the programme numbers recipients without this check digit
};

// Wrong length or non-digits are always Errors; Ok/Warning carry the 7 ASCII digits.
ValidationResult
validateRecipientNumber(QStringView input,
                        RecipientCheckDigitPolicy policy = RecipientCheckDigitPolicy::Warn);

} // namespace kohi
