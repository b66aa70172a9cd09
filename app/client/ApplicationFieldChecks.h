#pragma once

#include <QDate>
#include <QString>

// What the application form says next to a field when the clerk leaves it, built on core's
// validators. Separate from the widget so that each rule reads in one place.
namespace kohi::app {

struct FieldCheck
{
    enum class Level
    {
        None,    // nothing to say (e.g. an empty optional field)
        Info,    // accepted; the message confirms how it was read (e.g. a 和暦 date)
        Warning, // accepted and savable, but the server will list it as a problem
        Error,   // wrong; savable only when `savable` (the server stores it and lists a problem)
    };
    Level level = Level::None;
    QString message;     // Japanese, shown next to the field
    QString normalized;  // the value to send (and to show in the field), when there is one
    bool savable = true; // false: the server could not store this value at all
    QDate date;          // for date fields

    bool isError() const { return level == Level::Error; }
};

// カナ: half-width and hiragana become full-width katakana; only katakana may remain.
FieldCheck checkKana(const QString& text, bool required);
// 和暦 (R6.4.1, 令和6年4月1日, S45.5.5) or 西暦 (2024-04-01, 20240401).
FieldCheck checkDate(const QString& text, bool required);
// 123-4567 (7 digits, hyphen optional, full-width accepted).
FieldCheck checkPostalCode(const QString& text);
// 地方公共団体コード, 6 digits with check digit.
FieldCheck checkMunicipalityCode(const QString& text);
// 保険者番号, 8 digits (6 for 国民健康保険) with check digit.
FieldCheck checkInsurerNumber(const QString& text);
// Digits and hyphens; full-width digits become ASCII.
FieldCheck checkPhone(const QString& text);

} // namespace kohi::app
