#include "core/validation/LocalGovernmentCode.h"

#include "ValidationTestSupport.h"

using namespace Qt::StringLiterals;
using kohi::ValidationResult;

namespace {

struct CodeCase
{
    const char16_t* base;
    const char16_t* full;
};

} // namespace

TEST_CASE("地方公共団体コード check digits (REFERENCE §1, §2)", "[validation][lgcode]")
{
    const auto c = GENERATE(values<CodeCase>({
        {u"27100", u"271004"}, // 大阪市
        {u"27229", u"272299"},
        {u"27000", u"270008"}, // 大阪府
        {u"27140", u"271403"}, // 堺市
        {u"27207", u"272078"}, // 高槻市
        {u"27227", u"272272"}, // 東大阪市
        {u"27203", u"272035"}, // 豊中市
        {u"27210", u"272108"}, // 枚方市
        {u"27212", u"272124"}, // 八尾市
        {u"27215", u"272159"}, // 寝屋川市
        {u"27205", u"272051"}, // 吹田市: r = 10 → 11 − 10 = 1
        {u"10008", u"100081"}, // r = 0 → 11 → last digit 1
        {u"10003", u"100030"}, // r = 1 → 10 → last digit 0
    }));
    const QString full = QString::fromUtf16(c.full);
    CAPTURE(full);
    CHECK(kohi::localGovernmentCodeCheckDigit(c.base) == full.back().digitValue());
    const ValidationResult r = kohi::validateLocalGovernmentCode(full);
    CHECK(r.status == ValidationResult::Status::Ok);
    CHECK(r.normalized == full);
}

TEST_CASE("地方公共団体コード check digit needs 5 ASCII digits", "[validation][lgcode]")
{
    CHECK_FALSE(kohi::localGovernmentCodeCheckDigit(u"2710").has_value());
    CHECK_FALSE(kohi::localGovernmentCodeCheckDigit(u"271004").has_value());
    CHECK_FALSE(kohi::localGovernmentCodeCheckDigit(u"2710a").has_value());
}

TEST_CASE("地方公共団体コード input and errors", "[validation][lgcode]")
{
    CHECK(kohi::validateLocalGovernmentCode(u"２７１００４").normalized == u"271004"_s);
    CHECK(kohi::validateLocalGovernmentCode(u"27100-4").normalized == u"271004"_s);
    CHECK(kohi::validateLocalGovernmentCode(u"").message ==
          u"地方公共団体コードが入力されていません。"_s);
    CHECK(
        kohi::validateLocalGovernmentCode(u"27100").message ==
        u"地方公共団体コードはチェックデジットを含む6桁です（入力は5桁）。「271004」のように6桁で入力してください。"_s);
    CHECK(
        kohi::validateLocalGovernmentCode(u"２７２２９").message ==
        u"地方公共団体コードはチェックデジットを含む6桁です（入力は5桁）。「272299」のように6桁で入力してください。"_s);
    CHECK(kohi::validateLocalGovernmentCode(u"2710").message ==
          u"地方公共団体コードは6桁です（入力は4桁）。"_s);
    CHECK(kohi::validateLocalGovernmentCode(u"2710045").message ==
          u"地方公共団体コードは6桁です（入力は7桁）。"_s);
    CHECK(
        kohi::validateLocalGovernmentCode(u"27100Ａ").message ==
        u"地方公共団体コードに数字以外の文字「Ａ」が含まれています。数字6桁で入力してください。"_s);
    const ValidationResult wrong = kohi::validateLocalGovernmentCode(u"271005");
    CHECK(wrong.status == ValidationResult::Status::Error);
    CHECK(wrong.message ==
          u"地方公共団体コードのチェックデジットが一致しません。コードを確認してください。"_s);
}
