#include "core/validation/JapaneseDate.h"

#include "core/validation/JapaneseEra.h"

#include <QRegularExpression>
#include <utility>

using namespace Qt::StringLiterals;

namespace kohi {

namespace {

// Full-width ASCII (Ｒ６．４．１) → ASCII; all spaces dropped.
QString normalizeDateText(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (c.isSpace()) {
            continue;
        }
        out.append(u >= u'\uFF01' && u <= u'\uFF5E' ? QChar(char16_t(u - 0xFEE0)) : c);
    }
    return out;
}

ParsedDate failure(QString message)
{
    return {ValidationResult::error(std::move(message)), QDate()};
}

ParsedDate success(QDate date)
{
    return {ValidationResult::ok(date.toString(Qt::ISODate)), date};
}

ParsedDate gregorian(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid()) {
        return failure(u"%1年%2月%3日は存在しない日付です。"_s.arg(year).arg(month).arg(day));
    }
    return success(date);
}

ParsedDate wareki(const JapaneseEra& era, int eraYear, int month, int day, QStringView typed)
{
    const QString asTyped =
        u"%1%2年%3月%4日"_s.arg(era.name, eraYear == 1 ? u"元"_s : QString::number(eraYear))
            .arg(month)
            .arg(day);
    if (eraYear < 1) {
        // Concatenated, not "%10年": arg() would read "%10" as placeholder number 10.
        return failure(
            era.name +
            u"0年という年はありません。最初の年は「元年」または「1」で入力してください。"_s);
    }
    const int year = era.gregorianYear(eraYear);
    if (year < era.firstDay.year()) {
        // Only 明治1–5年: lunisolar calendar, no exact Gregorian day to store.
        const int firstEraYear = era.firstDay.year() - era.firstGregorianYear + 1;
        return failure(u"%1%2年（%3年）より前の日付は旧暦のため入力できません。"_s.arg(era.name)
                           .arg(firstEraYear)
                           .arg(era.firstDay.year()));
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        return failure(u"%1は存在しない日付です。"_s.arg(asTyped));
    }
    if (date < era.firstDay) {
        return failure(u"%1は%2からです。「%3」は%4として入力してください。"_s.arg(
            era.name, formatGregorianDateKanji(era.firstDay), typed.toString(),
            formatJapaneseDate(date)));
    }
    if (era.lastDay.isValid() && date > era.lastDay) {
        return failure(u"%1は存在しません（%2です）。"_s.arg(asTyped, formatJapaneseDate(date)));
    }
    return success(date);
}

int toInt(const QRegularExpressionMatch& match, int group)
{
    const QStringView text = match.capturedView(group);
    return text == u"元" ? 1 : text.toInt();
}

} // namespace

ParsedDate parseJapaneseDate(QStringView input)
{
    const QStringView typed = input.trimmed();
    const QString text = normalizeDateText(typed);
    if (text.isEmpty()) {
        return failure(u"日付が入力されていません。"_s);
    }

    // [0-9], not \d: Qt's PCRE runs in Unicode mode, where \d also matches e.g. Arabic digits.
    static const QRegularExpression gregorianSeparated(
        u"^([0-9]{4})([-/.])([0-9]{1,2})\\2([0-9]{1,2})$"_s);
    static const QRegularExpression gregorianCompact(u"^([0-9]{4})([0-9]{2})([0-9]{2})$"_s);
    static const QRegularExpression gregorianKanji(u"^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$"_s);
    static const QRegularExpression warekiWritten(
        u"^(明治|大正|昭和|平成|令和|[明大昭平令MTSHRmtshr])([0-9]{1,2}|元)"
        u"(?:年([0-9]{1,2})月([0-9]{1,2})日|([-/.])([0-9]{1,2})\\5([0-9]{1,2}))$"_s);
    static const QRegularExpression warekiCompact(
        u"^([MTSHRmtshr])([0-9]{2})([0-9]{2})([0-9]{2})$"_s);

    QRegularExpressionMatch m;
    if ((m = gregorianSeparated.match(text)).hasMatch()) {
        return gregorian(toInt(m, 1), toInt(m, 3), toInt(m, 4));
    }
    if ((m = gregorianCompact.match(text)).hasMatch() ||
        (m = gregorianKanji.match(text)).hasMatch()) {
        return gregorian(toInt(m, 1), toInt(m, 2), toInt(m, 3));
    }
    if ((m = warekiWritten.match(text)).hasMatch()) {
        const bool kanjiForm = m.hasCaptured(3);
        return wareki(*japaneseEraByName(m.capturedView(1)), toInt(m, 2),
                      toInt(m, kanjiForm ? 3 : 6), toInt(m, kanjiForm ? 4 : 7), typed);
    }
    if ((m = warekiCompact.match(text)).hasMatch()) {
        return wareki(*japaneseEraByName(m.capturedView(1)), toInt(m, 2), toInt(m, 3), toInt(m, 4),
                      typed);
    }
    return failure(
        u"日付の形式が正しくありません。「2024-04-01」「R6.4.1」「令和6年4月1日」のように入力してください。"_s);
}

ValidationResult validateDate(QStringView input)
{
    return parseJapaneseDate(input).result;
}

} // namespace kohi
