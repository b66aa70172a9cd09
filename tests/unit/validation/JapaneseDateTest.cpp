#include "core/validation/JapaneseDate.h"

#include "ValidationTestSupport.h"
#include "core/validation/JapaneseEra.h"

using namespace Qt::StringLiterals;
using kohi::ValidationResult;

namespace {

struct Case
{
    const char16_t* input;
    const char16_t* expected; // ISO date, or the message for errors
};

} // namespace

TEST_CASE("Dates typed in 西暦 and 和暦 become ISO dates", "[validation][date]")
{
    const auto c = GENERATE(values<Case>({
        {u"2024-04-01", u"2024-04-01"},
        {u"2024/4/1", u"2024-04-01"},
        {u"2024.4.1", u"2024-04-01"},
        {u"20240401", u"2024-04-01"},
        {u"2024年4月1日", u"2024-04-01"},
        {u"２０２４年４月１日", u"2024-04-01"},
        {u"２０２４／０４／０１", u"2024-04-01"},
        {u" 2024 年 4 月 1 日 ", u"2024-04-01"},
        {u"R6.4.1", u"2024-04-01"},
        {u"R06.04.01", u"2024-04-01"},
        {u"r6/4/1", u"2024-04-01"},
        {u"R6-4-1", u"2024-04-01"},
        {u"R060401", u"2024-04-01"},
        {u"Ｒ６．４．１", u"2024-04-01"},
        {u"令和6年4月1日", u"2024-04-01"},
        {u"令和６年４月１日", u"2024-04-01"},
        {u"令6.4.1", u"2024-04-01"},
        {u"令和元年5月1日", u"2019-05-01"},
        {u"令和1年5月1日", u"2019-05-01"},
        {u"R元.5.1", u"2019-05-01"},
        {u"R1.5.1", u"2019-05-01"},
        {u"H31.4.30", u"2019-04-30"},
        {u"平成31年4月30日", u"2019-04-30"},
        {u"H1.1.8", u"1989-01-08"},
        {u"平成元年1月8日", u"1989-01-08"},
        {u"S64.1.7", u"1989-01-07"},
        {u"昭和64年1月7日", u"1989-01-07"},
        {u"S1.12.25", u"1926-12-25"},
        {u"T15.12.24", u"1926-12-24"},
        {u"大正元年7月30日", u"1912-07-30"},
        {u"M45.7.29", u"1912-07-29"},
        {u"明治45年7月29日", u"1912-07-29"},
        {u"m6.1.1", u"1873-01-01"},
        {u"2024-02-29", u"2024-02-29"}, // leap year
        {u"2000/2/29", u"2000-02-29"},  // divisible by 400
        {u"R2.2.29", u"2020-02-29"},
        {u"H12.2.29", u"2000-02-29"},
    }));
    const QString input = QString::fromUtf16(c.input);
    CAPTURE(input);
    const kohi::ParsedDate parsed = kohi::parseJapaneseDate(input);
    CHECK(parsed.result.message.isEmpty());
    CHECK(parsed.result.status == ValidationResult::Status::Ok);
    CHECK(parsed.result.normalized == QString::fromUtf16(c.expected));
    CHECK(parsed.date == QDate::fromString(QString::fromUtf16(c.expected), Qt::ISODate));
}

TEST_CASE("Dates outside their era or the calendar are errors", "[validation][date]")
{
    const auto c = GENERATE(values<Case>({
        {u"R1.4.30",
         u"令和は2019年5月1日からです。「R1.4.30」は平成31年4月30日として入力してください。"},
        {u"令和元年4月30日", u"令和は2019年5月1日からです。「令和元年4月30日」は平成31年4月30日とし"
                             u"て入力してください。"},
        {u"H31.5.1", u"平成31年5月1日は存在しません（令和元年5月1日です）。"},
        {u"平成31年5月1日", u"平成31年5月1日は存在しません（令和元年5月1日です）。"},
        {u"H32.1.1", u"平成32年1月1日は存在しません（令和2年1月1日です）。"},
        {u"H1.1.7",
         u"平成は1989年1月8日からです。「H1.1.7」は昭和64年1月7日として入力してください。"},
        {u"S64.1.8", u"昭和64年1月8日は存在しません（平成元年1月8日です）。"},
        {u"S1.12.24",
         u"昭和は1926年12月25日からです。「S1.12.24」は大正15年12月24日として入力してください。"},
        {u"T15.12.25", u"大正15年12月25日は存在しません（昭和元年12月25日です）。"},
        {u"T1.7.29",
         u"大正は1912年7月30日からです。「T1.7.29」は明治45年7月29日として入力してください。"},
        {u"M45.7.30", u"明治45年7月30日は存在しません（大正元年7月30日です）。"},
        {u"M5.12.2", u"明治6年（1873年）より前の日付は旧暦のため入力できません。"},
        {u"R0.5.1",
         u"令和0年という年はありません。最初の年は「元年」または「1」で入力してください。"},
        {u"2024年2月30日", u"2024年2月30日は存在しない日付です。"},
        {u"2023-02-29", u"2023年2月29日は存在しない日付です。"}, // not a leap year
        {u"1900/2/29", u"1900年2月29日は存在しない日付です。"},  // century, not a leap year
        {u"20241301", u"2024年13月1日は存在しない日付です。"},
        {u"2024-04-00", u"2024年4月0日は存在しない日付です。"},
        {u"R6.2.30", u"令和6年2月30日は存在しない日付です。"},
        {u"R5.2.29", u"令和5年2月29日は存在しない日付です。"},
        {u"", u"日付が入力されていません。"},
        {u" \u3000", u"日付が入力されていません。"},
        {u"2024-4/1", u"日付の形式が正しくありません。「2024-04-01」「R6.4."
                      u"1」「令和6年4月1日」のように入力してください。"},
        {u"24/4/1", u"日付の形式が正しくありません。「2024-04-01」「R6.4."
                    u"1」「令和6年4月1日」のように入力してください。"},
        {u"X6.4.1", u"日付の形式が正しくありません。「2024-04-01」「R6.4."
                    u"1」「令和6年4月1日」のように入力してください。"},
        {u"令和六年四月一日", u"日付の形式が正しくありません。「2024-04-01」「R6.4."
                              u"1」「令和6年4月1日」のように入力してください。"},
        {u"2024-04-01T00:00", u"日付の形式が正しくありません。「2024-04-01」「R6.4."
                              u"1」「令和6年4月1日」のように入力してください。"},
        {u"\u0662\u0660\u0662\u0664-04-01", u"日付の形式が正しくありません。「2024-04-01」「R6.4."
                                            u"1」「令和6年4月1日」のように入力してください。"},
    }));
    const QString input = QString::fromUtf16(c.input);
    CAPTURE(input);
    const kohi::ParsedDate parsed = kohi::parseJapaneseDate(input);
    CHECK(parsed.result.status == ValidationResult::Status::Error);
    CHECK(parsed.result.message == QString::fromUtf16(c.expected));
    CHECK(parsed.result.normalized.isEmpty());
    CHECK_FALSE(parsed.date.isValid());
}

TEST_CASE("validateDate is parseJapaneseDate's result", "[validation][date]")
{
    CHECK(kohi::validateDate(u"R6.4.1").normalized == u"2024-04-01"_s);
    CHECK(kohi::validateDate(u"H31.5.1").isError());
}

TEST_CASE("Dates are formatted in 和暦 for display", "[validation][date][era]")
{
    CHECK(kohi::formatJapaneseDate(QDate(2024, 4, 1)) == u"令和6年4月1日"_s);
    CHECK(kohi::formatJapaneseDate(QDate(2019, 5, 1)) == u"令和元年5月1日"_s);
    CHECK(kohi::formatJapaneseDate(QDate(2019, 4, 30)) == u"平成31年4月30日"_s);
    CHECK(kohi::formatJapaneseDate(QDate(1989, 1, 8)) == u"平成元年1月8日"_s);
    CHECK(kohi::formatJapaneseDate(QDate(1989, 1, 7)) == u"昭和64年1月7日"_s);
    CHECK(kohi::formatJapaneseDate(QDate(1926, 12, 25)) == u"昭和元年12月25日"_s);
    CHECK(kohi::formatJapaneseDate(QDate(1926, 12, 24)) == u"大正15年12月24日"_s);
    CHECK(kohi::formatJapaneseDate(QDate(1912, 7, 30)) == u"大正元年7月30日"_s);
    CHECK(kohi::formatJapaneseDate(QDate(1912, 7, 29)) == u"明治45年7月29日"_s);
    CHECK(kohi::formatJapaneseDate(QDate(1873, 1, 1)) == u"明治6年1月1日"_s);
    CHECK(kohi::formatJapaneseDate(QDate(1872, 12, 31)).isEmpty());
    CHECK(kohi::formatJapaneseDate(QDate()).isEmpty());

    CHECK(kohi::formatJapaneseDateShort(QDate(2024, 4, 1)) == u"R6.04.01"_s);
    CHECK(kohi::formatJapaneseDateShort(QDate(2019, 5, 1)) == u"R1.05.01"_s);
    CHECK(kohi::formatJapaneseDateShort(QDate(2019, 4, 30)) == u"H31.04.30"_s);
    CHECK(kohi::formatJapaneseDateShort(QDate(1989, 1, 7)) == u"S64.01.07"_s);
    CHECK(kohi::formatJapaneseDateShort(QDate(1926, 12, 24)) == u"T15.12.24"_s);
    CHECK(kohi::formatJapaneseDateShort(QDate(1912, 7, 29)) == u"M45.07.29"_s);
    CHECK(kohi::formatJapaneseDateShort(QDate()).isEmpty());
}

TEST_CASE("Formatting then parsing gives the same date", "[validation][date][era]")
{
    const auto iso = GENERATE(as<QString>{}, u"1873-01-01"_s, u"1912-07-29"_s, u"1912-07-30"_s,
                              u"1926-12-24"_s, u"1926-12-25"_s, u"1989-01-07"_s, u"1989-01-08"_s,
                              u"2019-04-30"_s, u"2019-05-01"_s, u"2024-02-29"_s, u"2099-12-31"_s);
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    CAPTURE(iso);
    CHECK(kohi::parseJapaneseDate(kohi::formatJapaneseDate(date)).date == date);
    CHECK(kohi::parseJapaneseDate(kohi::formatJapaneseDateShort(date)).date == date);
}

TEST_CASE("Era lookup", "[validation][era]")
{
    REQUIRE(kohi::japaneseEras().size() == 5);
    CHECK(kohi::japaneseEraOf(QDate(2019, 5, 1))->name == u"令和"_s);
    CHECK(kohi::japaneseEraOf(QDate(2019, 4, 30))->name == u"平成"_s);
    CHECK_FALSE(kohi::japaneseEraOf(QDate(1872, 12, 31)).has_value());
    CHECK(kohi::japaneseEraByName(u"令和")->letter == QChar(u'R'));
    CHECK(kohi::japaneseEraByName(u"平")->letter == QChar(u'H'));
    CHECK(kohi::japaneseEraByName(u"s")->name == u"昭和"_s);
    CHECK_FALSE(kohi::japaneseEraByName(u"X").has_value());
    CHECK_FALSE(kohi::japaneseEraByName(u"令和和").has_value());
    // Consecutive eras leave no gap and do not overlap.
    const auto& eras = kohi::japaneseEras();
    for (qsizetype i = 1; i < eras.size(); ++i) {
        CHECK(eras.at(i - 1).lastDay.addDays(1) == eras.at(i).firstDay);
    }
}
