// Applications with maker-checker, attacked and exercised through raw connections.
#include "tests/support/TestDatabase.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace Qt::StringLiterals;
using kohi::test::TestDatabase;

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject validForm()
{
    const QDate today = QDate::currentDate();
    return QJsonObject{{u"family_name"_s, u"試験"_s},
                       {u"given_name"_s, u"花子"_s},
                       {u"family_name_kana"_s, u"シケン"_s},
                       {u"given_name_kana"_s, u"ハナコ"_s},
                       {u"birth_date"_s, u"1970-05-05"_s},
                       {u"sex"_s, 2},
                       {u"postal_code"_s, u"596-0001"_s},
                       {u"address"_s, u"大阪府岸和田市合成町1丁目2番"_s},
                       {u"municipality_code"_s, u"272027"_s},
                       {u"phone"_s, u"072-000-0000"_s},
                       {u"insurer_number"_s, u"01270016"_s},
                       {u"received_date"_s, today.toString(Qt::ISODate)},
                       {u"health_centre"_s, u"kishiwada"_s},
                       {u"disease_code"_s, u"006"_s},
                       {u"income_tier"_s, u"general1"_s},
                       {u"special_case"_s, u"standard"_s},
                       {u"valid_from"_s, today.toString(Qt::ISODate)},
                       {u"valid_to"_s, today.addYears(1).addDays(-1).toString(Qt::ISODate)}};
}

struct Saved
{
    qint64 id = 0;
    int version = 0;
    qint64 recipientId = 0;
    QString cap;
    QString problems;
};

Saved save(kohi::db::Session& s, const QJsonObject& form, const QString& programme = u"54"_s,
           qint64 id = 0, int version = 0)
{
    const auto r =
        s.exec(u"SELECT * FROM kohi_api.application_save($1, $2, $3, 'new', NULL, $4)"_s,
               {id ? QByteArray::number(id) : QByteArray(),
                id ? QByteArray::number(version) : QByteArray(), programme.toUtf8(), json(form)});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return {r.first(u"id"_s).toLongLong(), r.first(u"version"_s).toInt(),
            r.first(u"recipient_id"_s).toLongLong(), r.first(u"monthly_cap"_s).toString(),
            r.first(u"problems"_s).toString()};
}

bool luhnOk(const QString& digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int d = digits.at(digits.size() - 1 - i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            d = d / 10 + d % 10;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

} // namespace

TEST_CASE("a new application goes draft → submitted → approved by a different person", "[workflow]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"wf_c"_s, {u"kohi_clerk_nanbyo"_s, u"kohi_approver"_s});
    const auto approver = tdb.createStaff(u"wf_a"_s, {u"kohi_approver"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto a = tdb.connect(approver.login, approver.password);
    REQUIRE(c);
    REQUIRE(a);

    const Saved draft = save(*c, validForm());
    CHECK(draft.problems == u"{}"_s);
    CHECK(draft.cap == u"10000"_s); // 指定難病 一般所得I standard
    const auto submitted =
        c->exec(u"SELECT kohi_api.application_submit($1, $2) AS v"_s,
                {QByteArray::number(draft.id), QByteArray::number(draft.version)});
    REQUIRE(submitted.ok);
    const QByteArray version = submitted.first(u"v"_s).toByteArray();

    // The maker holds the approver duty too, and is still refused.
    const auto self = c->exec(u"SELECT kohi_api.application_approve($1, $2)"_s,
                              {QByteArray::number(draft.id), version});
    CHECK_FALSE(self.ok);
    CHECK(
        self.errorMessage.startsWith(u"自分が入力または変更した申請は承認・差戻しできません。"_s));

    const auto approved = a->exec(u"SELECT kohi_api.application_approve($1, $2) AS n"_s,
                                  {QByteArray::number(draft.id), version});
    INFO(approved.errorMessage.toStdString());
    REQUIRE(approved.ok);
    const QString number = approved.first(u"n"_s).toString();
    CHECK(number.size() == 7);
    CHECK(luhnOk(number));

    const auto detail = c->exec(u"SELECT kohi_api.recipient_get($1) AS j"_s,
                                {QByteArray::number(draft.recipientId)});
    const QJsonObject r = QJsonDocument::fromJson(detail.first(u"j"_s).toByteArray()).object();
    CHECK(r.value(u"status"_s).toString() == u"active"_s);
    CHECK(r.value(u"recipient_number"_s).toString() == number);
    CHECK(r.value(u"public_payer_number"_s).toString().startsWith(u"54"_s));
    const auto history = c->exec(u"SELECT count(*) AS n, min(approved_by) AS by FROM"
                                 " kohi_api.recipient_history($1)"_s,
                                 {QByteArray::number(draft.recipientId)});
    CHECK(history.first(u"n"_s).toInt() == 1);
    CHECK(history.first(u"by"_s).toString() == approver.login);
}

TEST_CASE("two approvers acting at once: exactly one succeeds and the other is told why",
          "[workflow]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"wf_cc"_s, {u"kohi_clerk_nanbyo"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    const Saved draft = save(*c, validForm());
    const auto submitted =
        c->exec(u"SELECT kohi_api.application_submit($1, $2) AS v"_s,
                {QByteArray::number(draft.id), QByteArray::number(draft.version)});
    REQUIRE(submitted.ok);
    const QByteArray version = submitted.first(u"v"_s).toByteArray();

    const auto a1 = tdb.createStaff(u"wf_a1"_s, {u"kohi_approver"_s});
    const auto a2 = tdb.createStaff(u"wf_a2"_s, {u"kohi_approver"_s});
    std::atomic<int> ready{0};
    kohi::db::PgResult results[2];
    auto decide = [&](int i, TestDatabase::Staff who, bool approve) {
        auto s = tdb.connect(who.login, who.password);
        ++ready;
        while (ready.load() < 2) {
        }
        results[i] = approve ? s->exec(u"SELECT kohi_api.application_approve($1, $2)"_s,
                                       {QByteArray::number(draft.id), version})
                             : s->exec(u"SELECT kohi_api.application_return($1, $2, '書類不足')"_s,
                                       {QByteArray::number(draft.id), version});
    };
    std::thread t1(decide, 0, a1, true);
    std::thread t2(decide, 1, a2, false);
    t1.join();
    t2.join();
    CHECK(int(results[0].ok) + int(results[1].ok) == 1);
    const auto& loser = results[0].ok ? results[1] : results[0];
    CHECK(loser.errorMessage.startsWith(u"この申請は既に処理されています"_s));
}

TEST_CASE("a returned application is corrected and resubmitted and problems block submission "
          "without losing the draft",
          "[workflow]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"wf_r"_s, {u"kohi_clerk_boshi"_s});
    const auto approver = tdb.createStaff(u"wf_ra"_s, {u"kohi_approver"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto a = tdb.connect(approver.login, approver.password);

    QJsonObject form = validForm();
    form[u"birth_date"_s] = QDate::currentDate().addYears(-8).toString(Qt::ISODate);
    form[u"disease_code"_s] = u"05-002"_s;
    form[u"insurer_number"_s] = u"01270017"_s; // wrong check digit
    form[u"special_case"_s] = u"high_long"_s; // a 難病 special case on a 小児慢性 application
    Saved draft = save(*c, form, u"52"_s);
    CHECK(draft.problems.contains(u"保険者番号のチェックデジットが一致しません。"_s));
    CHECK(draft.problems.contains(u"保護者の氏名を入力してください"_s));
    CHECK(draft.problems.contains(u"「高額かつ長期」は指定難病の特例です。"_s));
    const auto refused = c->exec(u"SELECT kohi_api.application_submit($1, $2)"_s,
                                 {QByteArray::number(draft.id), QByteArray::number(draft.version)});
    CHECK_FALSE(refused.ok);
    CHECK(refused.errorMessage.contains(u"保険者番号のチェックデジットが一致しません。"_s));
    // The draft is still there with what was typed.
    const auto kept =
        c->exec(u"SELECT kohi_api.application_get($1) AS j"_s, {QByteArray::number(draft.id)});
    CHECK(QJsonDocument::fromJson(kept.first(u"j"_s).toByteArray())
              .object()
              .value(u"current"_s)
              .toObject()
              .value(u"insurer_number"_s)
              .toString() == u"01270017"_s);

    form[u"insurer_number"_s] = u"01270016"_s;
    form[u"guardian_name"_s] = u"試験 太郎"_s;
    form[u"special_case"_s] = u"severe"_s;
    draft = save(*c, form, u"52"_s, draft.id, draft.version);
    CHECK(draft.problems == u"{}"_s);
    CHECK(draft.cap == u"2500"_s); // 小児慢性 一般所得I 重症
    auto v = c->exec(u"SELECT kohi_api.application_submit($1, $2) AS v"_s,
                     {QByteArray::number(draft.id), QByteArray::number(draft.version)});
    REQUIRE(v.ok);
    const auto noReason = a->exec(u"SELECT kohi_api.application_return($1, $2, '  ')"_s,
                                  {QByteArray::number(draft.id), v.first(u"v"_s).toByteArray()});
    CHECK(noReason.errorMessage == u"差戻しの理由を入力してください。"_s);
    REQUIRE(
        a->exec(u"SELECT kohi_api.application_return($1, $2, '診断書の日付を確認してください')"_s,
                {QByteArray::number(draft.id), v.first(u"v"_s).toByteArray()})
            .ok);
    const auto returned =
        c->exec(u"SELECT kohi_api.application_get($1) AS j"_s, {QByteArray::number(draft.id)});
    const QJsonObject app = QJsonDocument::fromJson(returned.first(u"j"_s).toByteArray()).object();
    CHECK(app.value(u"state"_s).toString() == u"returned"_s);
    CHECK(app.value(u"return_reason"_s).toString() == u"診断書の日付を確認してください"_s);
    v = c->exec(
        u"SELECT kohi_api.application_submit($1, $2) AS v"_s,
        {QByteArray::number(draft.id), QByteArray::number(app.value(u"version"_s).toInt())});
    REQUIRE(v.ok);
    CHECK(a->exec(u"SELECT kohi_api.application_approve($1, $2)"_s,
                  {QByteArray::number(draft.id), v.first(u"v"_s).toByteArray()})
              .ok);
}

TEST_CASE("validity may be backdated one month, three with a reason, never more", "[workflow]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"wf_b"_s, {u"kohi_clerk_nanbyo"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    const QDate today = QDate::currentDate();
    QJsonObject form = validForm();
    // Since 0028 a backdated start is anchored to the 診断年月日 (required to backdate at all).
    form[u"diagnosis_date"_s] = today.addMonths(-3).toString(Qt::ISODate);
    auto startOn = [&form](QDate from) {
        form[u"valid_from"_s] = from.toString(Qt::ISODate);
        form[u"valid_to"_s] = from.addYears(1).addDays(-1).toString(Qt::ISODate);
    };
    startOn(today.addDays(-25));
    CHECK(save(*c, form).problems == u"{}"_s);
    startOn(today.addMonths(-2));
    CHECK(save(*c, form).problems.contains(u"やむを得ない理由を入力してください"_s));
    form[u"backdate_reason"_s] = u"入院中で申請できなかったため"_s;
    CHECK(save(*c, form).problems == u"{}"_s);
    startOn(today.addMonths(-4));
    CHECK(save(*c, form).problems.contains(u"3か月前までしか遡れません"_s));
    form[u"valid_from"_s] = today.toString(Qt::ISODate);
    form[u"valid_to"_s] = today.addYears(1).toString(Qt::ISODate);
    CHECK(save(*c, form).problems.contains(u"有効期間は1年以内です。"_s));
}

TEST_CASE("a clerk of one group can neither see nor touch the other group's cases",
          "[workflow][security]")
{
    auto& tdb = TestDatabase::instance();
    const auto nanbyo = tdb.createStaff(u"wf_gn"_s, {u"kohi_clerk_nanbyo"_s});
    const auto boshi = tdb.createStaff(u"wf_gb"_s, {u"kohi_clerk_boshi"_s});
    auto n = tdb.connect(nanbyo.login, nanbyo.password);
    auto b = tdb.connect(boshi.login, boshi.password);
    QJsonObject form = validForm();
    form[u"family_name_kana"_s] = u"ナンビョウグループ"_s;
    const Saved draft = save(*n, form);
    int attacks = 0;
    auto refusedOrEmpty = [&](const kohi::db::PgResult& r) {
        ++attacks;
        INFO(r.errorMessage.toStdString());
        CHECK((!r.ok || r.rows.isEmpty() || r.rows.first().first().isNull()));
    };
    refusedOrEmpty(
        b->exec(u"SELECT kohi_api.application_get($1)"_s, {QByteArray::number(draft.id)}));
    refusedOrEmpty(
        b->exec(u"SELECT kohi_api.recipient_get($1)"_s, {QByteArray::number(draft.recipientId)}));
    refusedOrEmpty(b->exec(
        u"SELECT * FROM kohi_api.recipient_search('ナンビョウグループ', NULL, NULL, NULL, NULL, NULL, 10)"_s));
    refusedOrEmpty(b->exec(u"SELECT * FROM kohi_api.recipient_history($1)"_s,
                           {QByteArray::number(draft.recipientId)}));
    refusedOrEmpty(
        b->exec(u"SELECT * FROM kohi_api.application_list('draft', '54', NULL, NULL, 100)"_s));
    refusedOrEmpty(
        b->exec(u"SELECT * FROM kohi_api.application_save($1, $2, '54', 'new', NULL, $3)"_s,
                {QByteArray::number(draft.id), QByteArray::number(draft.version), json(form)}));
    refusedOrEmpty(
        b->exec(u"SELECT * FROM kohi_api.application_save(NULL, NULL, '54', 'new', NULL, $1)"_s,
                {json(form)}));
    refusedOrEmpty(b->exec(u"SELECT kohi_api.application_submit($1, $2)"_s,
                           {QByteArray::number(draft.id), QByteArray::number(draft.version)}));
    // A clerk is no approver.
    refusedOrEmpty(n->exec(u"SELECT kohi_api.application_approve($1, $2)"_s,
                           {QByteArray::number(draft.id), QByteArray::number(draft.version)}));
    refusedOrEmpty(n->exec(u"SELECT kohi_api.application_return($1, $2, 'x')"_s,
                           {QByteArray::number(draft.id), QByteArray::number(draft.version)}));
    // The owner group sees it.
    const auto own = n->exec(
        u"SELECT count(*) AS c FROM kohi_api.recipient_search('ナンビョウグループ', NULL, NULL, NULL, NULL, NULL, 10)"_s);
    CHECK(own.first(u"c"_s).toInt() >= 1);
    WARN("cross-group and role attacks tried: " << attacks);
}

TEST_CASE("monthly caps cover every tier and special case of both programmes", "[workflow][cap]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"wf_cap"_s, {u"kohi_clerk_nanbyo"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    struct Row
    {
        const char* programme;
        const char* tier;
        int standard, special, ventilator;
        const char* specialCode;
    };
    // REFERENCE.md §3, typed here independently of the migration's table.
    const Row rows[] = {
        {"54", "welfare", 0, 0, 0, "high_long"},
        {"54", "low1", 2500, 2500, 1000, "high_long"},
        {"54", "low2", 5000, 5000, 1000, "high_long"},
        {"54", "general1", 10000, 5000, 1000, "high_long"},
        {"54", "general2", 20000, 10000, 1000, "high_long"},
        {"54", "upper", 30000, 20000, 1000, "high_long"},
        {"52", "welfare", 0, 0, 0, "severe"},
        {"52", "low1", 1250, 1250, 500, "severe"},
        {"52", "low2", 2500, 2500, 500, "severe"},
        {"52", "general1", 5000, 2500, 500, "severe"},
        {"52", "general2", 10000, 5000, 500, "severe"},
        {"52", "upper", 15000, 10000, 500, "severe"},
    };
    auto dba = tdb.admin(); // the clerk is 難病 only; the cap function itself is programme-neutral
    auto cap = [&](const char* p, const char* t, const char* s) {
        const auto r = c->exec(u"SELECT kohi_api.monthly_cap($1, $2, $3, current_date) AS c"_s,
                               {QByteArray(p), QByteArray(t), QByteArray(s)});
        INFO(p << " " << t << " " << s << ": " << r.errorMessage.toStdString());
        REQUIRE(r.ok);
        return r.first(u"c"_s).toInt();
    };
    int checked = 0;
    for (const Row& row : rows) {
        CHECK(cap(row.programme, row.tier, "standard") == row.standard);
        CHECK(cap(row.programme, row.tier, row.specialCode) == row.special);
        CHECK(cap(row.programme, row.tier, "ventilator") == row.ventilator);
        CHECK(cap(row.programme, row.tier, "mild_high") == row.standard);
        checked += 4;
    }
    CHECK(checked == 48);
    const auto wrong =
        c->exec(u"SELECT kohi_api.monthly_cap('54', 'upper', 'severe', current_date)"_s);
    CHECK_FALSE(wrong.ok);
    CHECK(wrong.errorMessage.contains(u"上限月額が定められていません"_s));
}
