#pragma once

#include <QChar>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

// 元号 (Japanese eras) from 明治 on, and how dates are written with them.
namespace kohi {

struct JapaneseEra
{
    QString name;           // 「令和」
    QChar letter;           // 'R'
    int firstGregorianYear; // the Gregorian year of 元年 (令和 → 2019)
    QDate firstDay;         // first day this system accepts in the era
    QDate lastDay;          // invalid (open-ended) for the current era

    bool contains(QDate date) const;
    int gregorianYear(int eraYear) const { return firstGregorianYear + eraYear - 1; }
};

// Oldest first. 明治 starts at 1873-01-01 (明治6年): Japan used the lunisolar calendar before,
// so earlier 明治 dates cannot be mapped to a Gregorian QDate. A new era needs a code change here.
const QList<JapaneseEra>& japaneseEras();

// The era `date` falls in; nullopt before 1873-01-01 or for an invalid date.
std::optional<JapaneseEra> japaneseEraOf(QDate date);

// By full name (令和), one-kanji abbreviation (令) or letter (R or r).
std::optional<JapaneseEra> japaneseEraByName(QStringView name);

// 「令和6年4月1日」, with 元年 for year 1. Empty when japaneseEraOf(date) is nullopt.
QString formatJapaneseDate(QDate date);

// 「R6.04.01」 for compact display. Empty when japaneseEraOf(date) is nullopt.
QString formatJapaneseDateShort(QDate date);

// 「2019年5月1日」: the Gregorian date written the same way, for messages.
QString formatGregorianDateKanji(QDate date);

} // namespace kohi
