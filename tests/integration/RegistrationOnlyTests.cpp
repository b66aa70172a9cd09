// An application for the 登録者証 alone (0046, issue 13 item 3): since 2024-04 a patient may ask
// for the 登録者証 without 医療費助成. Saved without any benefit, checked for what it needs,
// decided by issuing the 登録者証 (never approved into a 受給者証, never a 不認定 for severity),
// once even when sent again. Attacked through raw connections as each role.
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::RawConnection;
using kohi::test::TestDatabase;

namespace {

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

QString officeToday()
{
    return QDateTime::currentDateTime()
        .toTimeZone(QTimeZone("Asia/Tokyo"))
        .date()
        .toString(Qt::ISODate);
}

// What a clerk types; the benefit fields are sent on purpose: the server must drop them.
QJsonObject form(bool withDiagnosis)
{
    const QDate today = QDate::currentDate();
    QJsonObject f{{u"family_name"_s, u"登録"_s},
                  {u"given_name"_s, u"証子"_s},
                  {u"family_name_kana"_s, u"トウロク"_s},
                  {u"given_name_kana"_s, u"ショウコ"_s},
                  {u"birth_date"_s, u"1975-04-01"_s},
                  {u"sex"_s, 2},
                  {u"postal_code"_s, u"596-0001"_s},
                  {u"address"_s, u"大阪府岸和田市合成町2丁目3番"_s},
                  {u"municipality_code"_s, u"272027"_s},
                  {u"insurer_number"_s, u"01270016"_s},
                  {u"received_date"_s, today.toString(Qt::ISODate)},
                  {u"health_centre"_s, u"kishiwada"_s},
                  {u"disease_code"_s, u"006"_s},
                  {u"income_tier"_s, u"general1"_s},
                  {u"special_case"_s, u"high_long"_s},
                  {u"valid_from"_s, today.toString(Qt::ISODate)},
                  {u"valid_to"_s, today.addYears(1).addDays(-1).toString(Qt::ISODate)}};
    if (withDiagnosis)
        f.insert(u"diagnosis_date"_s, today.addDays(-10).toString(Qt::ISODate));
    return f;
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct Registration
{
    qint64 id = 0;
    QByteArray version;
};

QJsonObject application(RawConnection& who, qint64 id)
{
    who.ok(u"SELECT kohi_api.application_get($1)"_s, {num(id)});
    return QJsonDocument::fromJson(who.value().toUtf8()).object();
}

Registration submittedRegistration(RawConnection& clerk)
{
    clerk.ok(u"SELECT id || '/' || version FROM kohi_api.application_save(NULL, NULL, '54',"
             " 'registration', NULL, $1)"_s,
             {json(form(true))});
    const QStringList saved = clerk.value().split(u'/');
    REQUIRE(saved.size() == 2);
    clerk.ok(u"SELECT kohi_api.application_submit($1, $2)"_s,
             {saved.at(0).toUtf8(), saved.at(1).toUtf8()});
    return {saved.at(0).toLongLong(), clerk.value().toUtf8()};
}

qint64 refusals(const QString& login, const char* action, const char* reason)
{
    auto dba = TestDatabase::instance().admin();
    kohi::test::sealAuditLog(*dba);
    const auto r =
        dba->exec(u"SELECT count(*) AS n FROM kohi.audit_event WHERE login = $1"
                  " AND action = $2 AND outcome = 'refused' AND details->>'reason' = $3"_s,
                  {login.toUtf8(), QByteArray(action), QByteArray(reason)});
    REQUIRE(r.ok);
    return r.first(u"n"_s).toLongLong();
}

} // namespace

TEST_CASE("a 登録者証-only application carries no benefit and needs the person, the disease and "
          "its 診断年月日",
          "[registration-only]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"ro_c"_s, {u"kohi_clerk_nanbyo"_s});
    RawConnection c(tdb.settings(), clerk.login, clerk.password);

    c.ok(u"SELECT id || '/' || version || '/' || to_jsonb(problems)::text"
         " FROM kohi_api.application_save(NULL, NULL, '54', 'registration', NULL, $1)"_s,
         {json(form(false))});
    const QStringList saved = c.value().split(u'/');
    REQUIRE(saved.size() >= 3);
    const qint64 id = saved.at(0).toLongLong();
    QJsonObject o = application(c, id);
    CHECK(o.value(u"kind"_s).toString() == u"registration"_s);
    // Whatever the form sent: no tier, cap, special case or period.
    CHECK(o.value(u"income_tier"_s).isNull());
    CHECK(o.value(u"monthly_cap"_s).isNull());
    CHECK(o.value(u"valid_from"_s).isNull());
    CHECK(o.value(u"valid_to"_s).isNull());
    CHECK(o.value(u"special_case"_s).toString() == u"standard"_s);
    // The one problem is the missing 診断年月日 (no tier or period is asked for).
    const QJsonArray problems = o.value(u"problems"_s).toArray();
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).toString().contains(u"診断年月日を入力してください"_s));
    c.fails(u"SELECT kohi_api.application_submit($1, 1)"_s, {num(id)});
    CHECK(c.error().contains(u"登録者証の申請には、診断書"_s));

    QJsonObject withDate;
    withDate.insert(u"diagnosis_date"_s, QDate::currentDate().addDays(-3).toString(Qt::ISODate));
    c.ok(u"SELECT version || '/' || cardinality(problems)"
         " FROM kohi_api.application_save($1, 1, NULL, NULL, NULL, $2)"_s,
         {num(id), json(withDate)});
    CHECK(c.value() == u"2/0"_s);
    c.ok(u"SELECT kohi_api.application_submit($1, 2)"_s, {num(id)});
    CHECK(c.value() == u"3"_s);

    // The table holds it whatever path writes: no benefit on a registration.
    auto dba = tdb.admin();
    const auto forged = dba->exec(
        u"UPDATE kohi.application SET monthly_cap = 10000 WHERE id = $1 RETURNING monthly_cap"_s,
        {num(id)});
    REQUIRE(forged.ok); // the assessment trigger clears it again
    CHECK(forged.first(u"monthly_cap"_s).isNull());
    // An unknown kind is refused with its own message.
    c.fails(u"SELECT * FROM kohi_api.application_save(NULL, NULL, '54', 'card', NULL, $1)"_s,
            {json(form(true))});
    CHECK(c.error().contains(u"申請区分が正しくありません"_s));
}

TEST_CASE("registration only: the approver issues the card, never approves or rejects for "
          "severity, and a retry decides once",
          "[registration-only][submission-key]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"ro_dc"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = tdb.createStaff(u"ro_da"_s, {u"kohi_approver"_s});
    RawConnection c(tdb.settings(), clerk.login, clerk.password);
    RawConnection a(tdb.settings(), approver.login, approver.password);
    const Registration reg = submittedRegistration(c);

    // 承認 would issue a 受給者証 with a number: refused, durably (the transaction rolls back).
    a.ok(u"BEGIN"_s);
    a.fails(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(reg.id), reg.version});
    INFO(a.error().toStdString());
    CHECK(a.error().contains(u"登録者証のみの申請は承認（受給者証の交付）できません"_s));
    a.ok(u"ROLLBACK"_s);
    CHECK(refusals(approver.login, "application_approve", "registration_only") == 1);
    // Nor 0036's 登録者証 after a 不認定 (no benefit was applied for), nor a 不認定 for severity.
    a.fails(u"SELECT kohi_api.application_register($1, $2, $3::date, '重症度', NULL)"_s,
            {num(reg.id), reg.version, officeToday().toUtf8()});
    CHECK(a.error().contains(u"不認定とした上での登録者証の交付はできません"_s));
    a.fails(u"SELECT kohi_api.application_reject($1, $2, $3::date, 'severity_not_met', '理由',"
            " NULL)"_s,
            {num(reg.id), reg.version, officeToday().toUtf8()});
    CHECK(a.error().contains(u"重症度分類等によらず"_s));
    CHECK(refusals(approver.login, "application_reject", "severity_for_registration") == 1);
    // The clerk has no approver duty.
    c.fails(u"SELECT kohi_api.application_issue_registration($1, $2, NULL)"_s,
            {num(reg.id), reg.version});
    CHECK(c.sqlstate() == u"42501"_s);

    // Issued, with its key; sent again after a lost connection: the same day, one decision.
    const QByteArray key = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    const QString issue =
        u"SELECT kohi_api.application_issue_registration_once($1::uuid, $2, $3, '内部メモ')"_s;
    {
        RawConnection first(tdb.settings(), approver.login, approver.password);
        first.ok(issue, {key, num(reg.id), reg.version});
        CHECK(first.value() == officeToday());
        first.drop();
    }
    a.ok(issue, {key, num(reg.id), reg.version});
    CHECK(a.value() == officeToday());
    const QJsonObject o = application(c, reg.id);
    CHECK(o.value(u"state"_s).toString() == u"registered"_s);
    CHECK(o.value(u"registered_from"_s).toString() == officeToday());
    CHECK(o.value(u"council_date"_s).isNull());
    CHECK(o.value(u"council_result"_s).isNull());
    CHECK(o.value(u"decision_reasons"_s).isNull());
    CHECK(o.value(u"internal_note"_s).toString() == u"内部メモ"_s);
    CHECK(o.value(u"version"_s).toInt() == reg.version.toInt() + 1);
    auto dba = tdb.admin();
    kohi::test::sealAuditLog(*dba);
    const auto decided = dba->exec(u"SELECT count(*) AS n FROM kohi.audit_event WHERE action = "
                                   u"'application_issue_registration'"
                                   " AND outcome = 'ok' AND target = 'application:' || $1"_s,
                                   {num(reg.id)});
    CHECK(decided.first(u"n"_s).toLongLong() == 1);
    // The person stays off the register of recipients: no 受給者番号, no 受給者証.
    const auto r = dba->exec(u"SELECT r.status, r.recipient_number IS NULL AS none"
                             " FROM kohi.recipient r JOIN kohi.application x"
                             " ON x.recipient_id = r.id WHERE x.id = $1"_s,
                             {num(reg.id)});
    CHECK(r.first(u"status"_s).toString() == u"pending"_s);
    CHECK(r.first(u"none"_s).toString() == u"t"_s);

    // A benefit application is not decided this way (its 登録者証 follows a 不認定, 0036).
    QJsonObject benefitForm = form(true);
    benefitForm.insert(u"special_case"_s, u"standard"_s);
    c.ok(u"SELECT id || '/' || version FROM kohi_api.application_save(NULL, NULL, '54', 'new',"
         " NULL, $1)"_s,
         {json(benefitForm)});
    const QStringList benefit = c.value().split(u'/');
    c.ok(u"SELECT kohi_api.application_submit($1, $2)"_s,
         {benefit.at(0).toUtf8(), benefit.at(1).toUtf8()});
    const QByteArray benefitVersion = c.value().toUtf8();
    a.fails(u"SELECT kohi_api.application_issue_registration($1, $2, NULL)"_s,
            {benefit.at(0).toUtf8(), benefitVersion});
    CHECK(a.error().contains(u"医療費助成の申請です"_s));
    CHECK(refusals(approver.login, "application_issue_registration", "not_registration") == 1);
}
