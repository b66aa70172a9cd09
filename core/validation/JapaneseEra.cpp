#include "core/validation/JapaneseEra.h"

using namespace Qt::StringLiterals;

namespace kohi {

namespace {

QList<JapaneseEra> buildEras()
{
    // Boundaries are the days the era names changed (改元), inclusive.
    QList<JapaneseEra> eras{
        {u"明治"_s, QChar(u'M'), 1868, QDate(1873, 1, 1), QDate(1912, 7, 29)},
        {u"大正"_s, QChar(u'T'), 1912, QDate(1912, 7, 30), QDate(1926, 12, 24)},
        {u"昭和"_s, QChar(u'S'), 1926, QDate(1926, 12, 25), QDate(1989, 1, 7)},
        {u"平成"_s, QChar(u'H'), 1989, QDate(1989, 1, 8), QDate(2019, 4, 30)},
        {u"令和"_s, QChar(u'R'), 2019, QDate(2019, 5, 1), QDate()},
    };
    return eras;
}

QString eraYearText(int eraYear)
{
    return eraYear == 1 ? u"元"_s : QString::number(eraYear);
}

} // namespace

bool JapaneseEra::contains(QDate date) const
{
    return date.isValid() && date >= firstDay && (!lastDay.isValid() || date <= lastDay);
}

const QList<JapaneseEra>& japaneseEras()
{
    static const QList<JapaneseEra> eras = buildEras();
    return eras;
}

std::optional<JapaneseEra> japaneseEraOf(QDate date)
{
    for (const JapaneseEra& era : japaneseEras()) {
        if (era.contains(date)) {
            return era;
        }
    }
    return std::nullopt;
}

std::optional<JapaneseEra> japaneseEraByName(QStringView name)
{
    for (const JapaneseEra& era : japaneseEras()) {
        if (name == era.name || (name.size() == 1 && (name.at(0) == era.name.at(0) ||
                                                      name.at(0).toUpper() == era.letter))) {
            return era;
        }
    }
    return std::nullopt;
}

QString formatJapaneseDate(QDate date)
{
    const auto era = japaneseEraOf(date);
    if (!era) {
        return {};
    }
    const int eraYear = date.year() - era->firstGregorianYear + 1;
    return u"%1%2年%3月%4日"_s.arg(era->name, eraYearText(eraYear))
        .arg(date.month())
        .arg(date.day());
}

QString formatJapaneseDateShort(QDate date)
{
    const auto era = japaneseEraOf(date);
    if (!era) {
        return {};
    }
    const int eraYear = date.year() - era->firstGregorianYear + 1;
    return u"%1%2.%3.%4"_s.arg(era->letter)
        .arg(eraYear)
        .arg(date.month(), 2, 10, QChar(u'0'))
        .arg(date.day(), 2, 10, QChar(u'0'));
}

QString formatGregorianDateKanji(QDate date)
{
    return u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace kohi
