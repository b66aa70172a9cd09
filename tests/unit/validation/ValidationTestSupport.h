#pragma once

// Readable Catch2 output for the Qt and kohi types these tests compare.
#include "core/validation/ValidationResult.h"

#include <QDate>
#include <QString>
#include <catch2/catch.hpp>

namespace Catch {

template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : "(invalid date)";
    }
};

template <> struct StringMaker<kohi::ValidationResult::Status>
{
    static std::string convert(kohi::ValidationResult::Status value)
    {
        switch (value) {
        case kohi::ValidationResult::Status::Ok:
            return "Ok";
        case kohi::ValidationResult::Status::Warning:
            return "Warning";
        case kohi::ValidationResult::Status::Error:
            return "Error";
        }
        return "?";
    }
};

} // namespace Catch
