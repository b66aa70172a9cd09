#include "core/validation/RecipientNumber.h"

#include "ValidationTestSupport.h"

using namespace Qt::StringLiterals;
using kohi::RecipientCheckDigitPolicy;
using kohi::ValidationResult;

TEST_CASE("受給者番号 with a correct check digit is Ok", "[validation][jukyusha]")
{
    const auto policy =
        GENERATE(RecipientCheckDigitPolicy::Warn, RecipientCheckDigitPolicy::Enforce,
                 RecipientCheckDigitPolicy::Ignore);
    CHECK(kohi::validateRecipientNumber(u"1234566", policy).status == ValidationResult::Status::Ok);
    CHECK(kohi::validateRecipientNumber(u"１２３４５６６", policy).normalized == u"1234566"_s);
    CHECK(kohi::validateRecipientNumber(u"123-4566", policy).normalized == u"1234566"_s);
    CHECK(kohi::validateRecipientNumber(u"0000000", policy).normalized == u"0000000"_s);
}

TEST_CASE("受給者番号 check-digit mismatch depends on the programme's policy",
          "[validation][jukyusha]")
{
    SECTION("Warn (default): the value is kept, the approver must confirm")
    {
        const ValidationResult r = kohi::validateRecipientNumber(u"１２３４５６７");
        CHECK(r.status == ValidationResult::Status::Warning);
        CHECK(r.isAcceptable());
        CHECK(r.normalized == u"1234567"_s);
        CHECK(r.message ==
              u"受給者番号のチェックデジットが一致しません（承認者の確認が必要です）。"_s);
    }
    SECTION("Enforce: an error")
    {
        const ValidationResult r =
            kohi::validateRecipientNumber(u"1234567", RecipientCheckDigitPolicy::Enforce);
        CHECK(r.status == ValidationResult::Status::Error);
        CHECK(r.normalized.isEmpty());
        CHECK(r.message ==
              u"受給者番号のチェックデジットが一致しません。番号を確認してください。"_s);
    }
    SECTION("Ignore: Ok")
    {
        const ValidationResult r =
            kohi::validateRecipientNumber(u"1234567", RecipientCheckDigitPolicy::Ignore);
        CHECK(r.status == ValidationResult::Status::Ok);
        CHECK(r.normalized == u"1234567"_s);
    }
}

TEST_CASE("受給者番号 length and characters are always errors", "[validation][jukyusha]")
{
    const auto policy =
        GENERATE(RecipientCheckDigitPolicy::Warn, RecipientCheckDigitPolicy::Ignore);
    CHECK(kohi::validateRecipientNumber(u"", policy).message ==
          u"受給者番号が入力されていません。"_s);
    CHECK(kohi::validateRecipientNumber(u"123456", policy).message ==
          u"受給者番号は7桁です（入力は6桁）。"_s);
    CHECK(kohi::validateRecipientNumber(u"12345667", policy).message ==
          u"受給者番号は7桁です（入力は8桁）。"_s);
    const ValidationResult r = kohi::validateRecipientNumber(u"123456７Ｘ", policy);
    CHECK(r.status == ValidationResult::Status::Error);
    CHECK(r.message ==
          u"受給者番号に数字以外の文字「Ｘ」が含まれています。数字7桁で入力してください。"_s);
}
