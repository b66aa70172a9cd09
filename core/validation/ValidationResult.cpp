#include "core/validation/ValidationResult.h"

#include <utility>

namespace kohi {

ValidationResult ValidationResult::ok(QString normalizedValue)
{
    return {Status::Ok, std::move(normalizedValue), {}};
}

ValidationResult ValidationResult::warning(QString normalizedValue, QString text)
{
    return {Status::Warning, std::move(normalizedValue), std::move(text)};
}

ValidationResult ValidationResult::error(QString text)
{
    // No normalised value: an error must never be saved by accident.
    return {Status::Error, {}, std::move(text)};
}

} // namespace kohi
