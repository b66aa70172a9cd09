#pragma once

#include "core/validation/ValidationResult.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

// One entry point for tools (kohi-admin validate, imports) that name the kind of value as text.
namespace kohi {

// mynumber, kohi, hoken, jukyusha, lgcode, kana, date — in this order.
QStringList validationKinds();

// The validator for `kind` applied to `value`; nullopt when `kind` is not one of validationKinds().
// 受給者番号 uses the default policy (check-digit mismatch is a Warning).
std::optional<ValidationResult> validateByKind(QStringView kind, const QString& value);

} // namespace kohi
