// kohi-admin validate KIND VALUE: the validators as scripts use them (exit status and output).
#include "tests/support/TestDatabase.h"

#include <QProcess>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {
struct Result
{
    int exitCode;
    QString out;
    QString err;
};

Result validate(const QString& kind, const QString& value)
{
    QProcess p;
    p.start(kohi::test::TestDatabase::instance().value(u"KOHI_ADMIN_BIN"_s),
            {u"validate"_s, kind, value});
    REQUIRE(p.waitForFinished(30000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError()).trimmed()};
}
} // namespace

TEST_CASE("kohi-admin validate prints the normalised value or the Japanese message", "[admin]")
{
    auto ok = validate(u"mynumber"_s, u"１２３４ ５６７８ ９０１８"_s);
    CHECK(ok.exitCode == 0);
    CHECK(ok.out == u"123456789018"_s);

    auto bad = validate(u"mynumber"_s, u"123456789019"_s);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(u"チェックデジット"_s));
    CHECK_FALSE(bad.err.contains(u"12345678901"_s));

    auto date = validate(u"date"_s, u"R6.4.1"_s);
    CHECK(date.exitCode == 0);
    CHECK(date.out == u"2024-04-01"_s);

    auto era = validate(u"date"_s, u"R1.4.30"_s);
    CHECK(era.exitCode == 1);
    CHECK(era.err.contains(u"令和は2019年5月1日からです"_s));

    auto kana = validate(u"kana"_s, u"ﾔﾏﾀﾞ ﾀﾛｳ"_s);
    CHECK(kana.exitCode == 0);
    CHECK(kana.out == u"ヤマダ　タロウ"_s);

    auto lg = validate(u"lgcode"_s, u"271004"_s);
    CHECK(lg.exitCode == 0);

    auto jukyusha = validate(u"jukyusha"_s, u"1234560"_s);
    CHECK(jukyusha.exitCode == 0); // a check-digit mismatch is only a warning
    CHECK(jukyusha.err.startsWith(u"警告"_s));

    auto unknown = validate(u"colour"_s, u"x"_s);
    CHECK(unknown.exitCode == 2);
}
