#pragma once

#include <QString>

namespace kohi {

// Outcome of validating one user-typed value. `normalized` is the value to store (set for Ok and
// Warning); `message` is Japanese, shown to the user, and never contains a secret from the input.
struct ValidationResult
{
    enum class Status
    {
        Ok,
        Warning,
        Error
    };

    Status status = Status::Error;
    QString normalized;
    QString message;

    static ValidationResult ok(QString normalizedValue);
    // Acceptable, but someone (e.g. the approver) must acknowledge the message.
    static ValidationResult warning(QString normalizedValue, QString text);
    static ValidationResult error(QString text);

    bool isOk() const { return status == Status::Ok; }
    bool isWarning() const { return status == Status::Warning; }
    bool isError() const { return status == Status::Error; }
    // Ok or Warning: the normalised value may be saved.
    bool isAcceptable() const { return status != Status::Error; }
};

} // namespace kohi
