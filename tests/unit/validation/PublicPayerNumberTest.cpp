#include "core/validation/PublicPayerNumber.h"

#include "ValidationTestSupport.h"

using namespace Qt::StringLiterals;
using kohi::ValidationResult;

namespace {

struct Case
{
    const char16_t* input;
    const char16_t* expected; // normalised value, or the message for errors
};

} // namespace

TEST_CASE("公費負担者番号 vectors from REFERENCE §2 are accepted", "[validation][kohi]")
{
    const auto c = GENERATE(values<Case>({
        {u"88134457", u"88134457"},
        {u"33120015", u"33120015"},
        {u"54265012", u"54265012"},
        {u"52196011", u"52196011"},
        {u"５４２６５０１２", u"54265012"},
        {u"54-26-501-2", u"54265012"},
        {u" 5219 6011 ", u"52196011"},
    }));
    const ValidationResult r = kohi::validatePublicPayerNumber(c.input);
    CAPTURE(QString::fromUtf16(c.input));
    CHECK(r.status == ValidationResult::Status::Ok);
    CHECK(r.normalized == QString::fromUtf16(c.expected));
}

TEST_CASE("公費負担者番号 errors", "[validation][kohi]")
{
    const auto c = GENERATE(values<Case>({
        {u"", u"公費負担者番号が入力されていません。"},
        {u"8813445", u"公費負担者番号は8桁です（入力は7桁）。"},
        {u"881344570", u"公費負担者番号は8桁です（入力は9桁）。"},
        {u"8813445O",
         u"公費負担者番号に数字以外の文字「O」が含まれています。数字8桁で入力してください。"},
        {u"88134458", u"公費負担者番号のチェックデジットが一致しません。番号を確認してください。"},
        {u"88134475", u"公費負担者番号のチェックデジットが一致しません。番号を確認してください。"},
    }));
    const ValidationResult r = kohi::validatePublicPayerNumber(c.input);
    CAPTURE(QString::fromUtf16(c.input));
    CHECK(r.status == ValidationResult::Status::Error);
    CHECK(r.message == QString::fromUtf16(c.expected));
}

TEST_CASE("公費負担者番号 parts", "[validation][kohi]")
{
    CHECK(kohi::publicPayerLawCode(u"54265012") == u"54"_s);
    CHECK(kohi::publicPayerPrefectureCode(u"54265012") == u"26"_s);
    CHECK(kohi::publicPayerAgencyCode(u"54265012") == u"501"_s);
    CHECK(kohi::publicPayerLawCode(u"52196011") == u"52"_s);
    CHECK(kohi::publicPayerPrefectureCode(u"52196011") == u"19"_s);
    // Only a well-formed number is split.
    CHECK(kohi::publicPayerLawCode(u"5426501").isEmpty());
    CHECK(kohi::publicPayerPrefectureCode(u"５４２６５０１２").isEmpty());
    CHECK(kohi::publicPayerAgencyCode(u"").isEmpty());
}
