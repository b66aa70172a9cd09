#include "core/validation/InsurerNumber.h"

#include "ValidationTestSupport.h"

using kohi::ValidationResult;

namespace {

struct Case
{
    const char16_t* input;
    const char16_t* expected; // normalised value, or the message for errors
};

} // namespace

TEST_CASE("保険者番号 of 8 and 6 digits with a Luhn check digit", "[validation][hoken]")
{
    const auto c = GENERATE(values<Case>({
        {u"01130012", u"01130012"}, // 協会けんぽ 東京支部: 0113001 → 2
        {u"01270016", u"01270016"}, // 協会けんぽ 大阪支部: 0127001 → 6
        {u"88134457", u"88134457"},
        {u"270009", u"270009"}, // 6-digit 国保: 27000 → 9
        {u"130013", u"130013"}, // 13001 → 3
        {u"２７０００９", u"270009"},
        {u"0113-0012", u"01130012"},
    }));
    const ValidationResult r = kohi::validateInsurerNumber(c.input);
    CAPTURE(QString::fromUtf16(c.input));
    CHECK(r.status == ValidationResult::Status::Ok);
    CHECK(r.normalized == QString::fromUtf16(c.expected));
}

TEST_CASE("保険者番号 errors", "[validation][hoken]")
{
    const auto c = GENERATE(values<Case>({
        {u"", u"保険者番号が入力されていません。"},
        {u"0113001", u"保険者番号は8桁（国民健康保険は6桁）です（入力は7桁）。"},
        {u"27000", u"保険者番号は8桁（国民健康保険は6桁）です（入力は5桁）。"},
        {u"011300120", u"保険者番号は8桁（国民健康保険は6桁）です（入力は9桁）。"},
        {u"0113001２a", u"保険者番号に数字以外の文字「a」が含まれています。"
                        u"数字8桁（国民健康保険は6桁）で入力してください。"},
        {u"01130013",
         u"保険者番号のチェックデジットが一致しません。保険証の番号を確認してください。"},
        {u"270008",
         u"保険者番号のチェックデジットが一致しません。保険証の番号を確認してください。"},
    }));
    const ValidationResult r = kohi::validateInsurerNumber(c.input);
    CAPTURE(QString::fromUtf16(c.input));
    CHECK(r.status == ValidationResult::Status::Error);
    CHECK(r.message == QString::fromUtf16(c.expected));
}
