#include "core/validation/ValidateByKind.h"

#include "ValidationTestSupport.h"

using namespace Qt::StringLiterals;
using kohi::ValidationResult;

namespace {

struct Case
{
    const char16_t* kind;
    const char16_t* value;
    ValidationResult::Status status;
    const char16_t* normalized;
};

} // namespace

TEST_CASE("validateByKind lists its kinds", "[validation][kind]")
{
    CHECK(kohi::validationKinds() == QStringList{u"mynumber"_s, u"kohi"_s, u"hoken"_s,
                                                 u"jukyusha"_s, u"lgcode"_s, u"kana"_s, u"date"_s});
}

TEST_CASE("validateByKind dispatches to each validator", "[validation][kind]")
{
    using Status = ValidationResult::Status;
    const auto c = GENERATE(values<Case>({
        {u"mynumber", u"1234 5678 9018", Status::Ok, u"123456789018"},
        {u"mynumber", u"123456789019", Status::Error, u""},
        {u"kohi", u"５４２６５０１２", Status::Ok, u"54265012"},
        {u"kohi", u"54265013", Status::Error, u""},
        {u"hoken", u"270009", Status::Ok, u"270009"},
        {u"hoken", u"01130012", Status::Ok, u"01130012"},
        {u"jukyusha", u"1234566", Status::Ok, u"1234566"},
        {u"jukyusha", u"1234567", Status::Warning, u"1234567"},
        {u"jukyusha", u"123456", Status::Error, u""},
        {u"lgcode", u"271004", Status::Ok, u"271004"},
        {u"lgcode", u"27100", Status::Error, u""},
        {u"kana", u"ﾔﾏﾀﾞ ﾀﾛｳ", Status::Ok, u"ヤマダ\u3000タロウ"},
        {u"kana", u"山田", Status::Error, u""},
        {u"date", u"令和元年5月1日", Status::Ok, u"2019-05-01"},
        {u"date", u"H31.5.1", Status::Error, u""},
    }));
    CAPTURE(QString::fromUtf16(c.kind), QString::fromUtf16(c.value));
    const auto r = kohi::validateByKind(c.kind, QString::fromUtf16(c.value));
    REQUIRE(r.has_value());
    CHECK(r->status == c.status);
    CHECK(r->normalized == QString::fromUtf16(c.normalized));
    CHECK(r->message.isEmpty() == (c.status == Status::Ok));
}

TEST_CASE("validateByKind refuses unknown kinds", "[validation][kind]")
{
    CHECK_FALSE(kohi::validateByKind(u"MyNumber", u"123456789018"_s).has_value());
    CHECK_FALSE(kohi::validateByKind(u"", u"x"_s).has_value());
    CHECK_FALSE(kohi::validateByKind(u"phone", u"0612345678"_s).has_value());
}
