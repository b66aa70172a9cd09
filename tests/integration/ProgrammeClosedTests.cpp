// 療育医療 (法別17) is closed until its own cost rules exist (0044, issue 13 item 5): no new
// application, submission, approval (the 受給者証) or renewal batch, each refused with a specific
// message and logged durably; what is already in the register stays readable. Attacked through
// raw connections as each role.
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::RawConnection;
using kohi::test::TestDatabase;

namespace {

QByteArray formOf(const QString& programme, const QString& givenName)
{
    const QDate today = QDate::currentDate();
    const QJsonObject f{{u"family_name"_s, u"療育"_s},
                        {u"given_name"_s, givenName},
                        {u"family_name_kana"_s, u"リョウイク"_s},
                        {u"given_name_kana"_s, u"タロウ"_s},
                        {u"birth_date"_s, u"2015-05-05"_s},
                        {u"sex"_s, 1},
                        {u"postal_code"_s, u"596-0001"_s},
                        {u"address"_s, u"大阪府岸和田市合成町1丁目2番"_s},
                        {u"municipality_code"_s, u"272027"_s},
                        {u"phone"_s, u"072-000-0000"_s},
                        {u"guardian_name"_s, u"療育 花子"_s},
                        {u"guardian_kana"_s, u"リョウイク ハナコ"_s},
                        {u"guardian_relationship"_s, u"母"_s},
                        {u"insurer_number"_s, u"01270016"_s},
                        {u"received_date"_s, today.toString(Qt::ISODate)},
                        {u"health_centre"_s, u"kishiwada"_s},
                        {u"disease_code"_s, programme == u"17"_s ? u"R-001"_s : QString()},
                        {u"income_tier"_s, u"general1"_s},
                        {u"special_case"_s, u"standard"_s},
                        {u"valid_from"_s, today.toString(Qt::ISODate)},
                        {u"valid_to"_s, today.addYears(1).addDays(-1).toString(Qt::ISODate)}};
    return QJsonDocument(f).toJson(QJsonDocument::Compact);
}

qint64 count(const QString& sql, const QList<QByteArray>& params = {})
{
    auto dba = TestDatabase::instance().admin();
    const auto r = dba->exec(sql, params);
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return r.first(u"n"_s).toLongLong();
}

qint64 closedRefusals(const QString& login, const char* action)
{
    auto dba = TestDatabase::instance().admin();
    kohi::test::sealAuditLog(*dba);
    return count(u"SELECT count(*) AS n FROM kohi.audit_event WHERE login = $1 AND action = $2"
                 " AND outcome = 'refused' AND details->>'reason' = 'programme_closed'"
                 " AND programme = '17'"_s,
                 {login.toUtf8(), QByteArray(action)});
}

const QString kClosed = u"法別17（療育医療）は、療育医療の費用の基準"_s;

} // namespace

TEST_CASE("療育医療 (17) takes no new application, by any path, each refusal logged durably and "
          "nothing written",
          "[programme-closed]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto boshi = tdb.createStaff(u"rk_c"_s, {u"kohi_clerk_boshi"_s});
    RawConnection c(tdb.settings(), boshi.login, boshi.password);
    const QString name = u"閉%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const qint64 applications17 = count(u"SELECT count(*) AS n FROM kohi.application"
                                        " WHERE programme = '17'"_s);
    const qint64 recipients17 =
        count(u"SELECT count(*) AS n FROM kohi.recipient WHERE programme = '17'"_s);

    // The plain save and the keyed save (what the client sends), inside a transaction the
    // caller rolls back: the refusal stays on record.
    c.ok(u"BEGIN"_s);
    c.fails(u"SELECT * FROM kohi_api.application_save(NULL, NULL, '17', 'new', NULL, $1)"_s,
            {formOf(u"17"_s, name)});
    INFO(c.error().toStdString());
    CHECK(c.error().contains(kClosed));
    CHECK(c.error().contains(u"既存の記録は閲覧できます"_s));
    CHECK(c.sqlstate() == u"55000"_s);
    c.ok(u"ROLLBACK"_s);
    c.fails(u"SELECT * FROM kohi_api.application_save_once(gen_random_uuid(), NULL, NULL, '17',"
            " 'new', NULL, $1)"_s,
            {formOf(u"17"_s, name)});
    CHECK(c.error().contains(kClosed));
    CHECK(closedRefusals(boshi.login, "application_create") == 2);

    CHECK(count(u"SELECT count(*) AS n FROM kohi.application WHERE programme = '17'"_s) ==
          applications17);
    CHECK(count(u"SELECT count(*) AS n FROM kohi.recipient WHERE programme = '17'"_s) ==
          recipients17);
    CHECK(count(u"SELECT count(*) AS n FROM kohi.recipient WHERE given_name = $1"_s,
                {name.toUtf8()}) == 0);

    // 小児慢性 (52), the same clerk's other programme, is open.
    c.ok(u"SELECT id FROM kohi_api.application_save(NULL, NULL, '52', 'new', NULL, $1)"_s,
         {formOf(u"52"_s, name)});
    CHECK(count(u"SELECT count(*) AS n FROM kohi.recipient WHERE given_name = $1"
                " AND programme = '52'"_s,
                {name.toUtf8()}) == 1);
    // Not even the database administrator writes one (a trigger, whatever the path).
    auto dba = tdb.admin();
    const auto forged = dba->exec(
        u"INSERT INTO kohi.application (programme, recipient_id, kind, received_date)"
        " SELECT '17', id, 'renewal', current_date FROM kohi.recipient WHERE given_name = $1"_s,
        {name.toUtf8()});
    CHECK_FALSE(forged.ok); // one row to insert: for the 52 recipient above
    CHECK(forged.errorMessage.contains(kClosed));
    CHECK(count(u"SELECT count(*) AS n FROM kohi.application WHERE programme = '17'"_s) ==
          applications17);
}

TEST_CASE("a 療育医療 application already in the register is readable and can be closed out, "
          "but not submitted or approved (no 受給者証), and no renewal batch is made",
          "[programme-closed]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto boshi = tdb.createStaff(u"rk_e"_s, {u"kohi_clerk_boshi"_s});
    const auto approver = tdb.createStaff(u"rk_a"_s, {u"kohi_approver"_s});
    RawConnection c(tdb.settings(), boshi.login, boshi.password);
    RawConnection a(tdb.settings(), approver.login, approver.password);
    auto dba = tdb.admin();

    // Two applications from before the closure, made through the API while the programme was
    // open (the administrator reopens it for the moment): one submitted, one draft.
    REQUIRE(dba->exec(u"UPDATE kohi.programme SET closed_reason = NULL WHERE code = '17'"_s).ok);
    c.ok(u"SELECT id || '/' || recipient_id"
         " FROM kohi_api.application_save(NULL, NULL, '17', 'new', NULL, $1)"_s,
         {formOf(u"17"_s, u"既存"_s)});
    const QStringList first = c.value().split(u'/');
    const QByteArray submittedId = first.at(0).toUtf8();
    const QByteArray rid = first.value(1).toUtf8();
    c.ok(u"SELECT kohi_api.application_submit($1, 1)"_s, {submittedId});
    INFO(c.error().toStdString());
    c.ok(u"SELECT id FROM kohi_api.application_save(NULL, NULL, '17', 'new', NULL, $1)"_s,
         {formOf(u"17"_s, u"既存二"_s)});
    const QByteArray draftId = c.value().toUtf8();
    REQUIRE(dba->exec(u"UPDATE kohi.programme SET closed_reason = '療育医療の費用の基準（入院に限る"
                      "給付、世帯の税額による徴収基準月額）が未整備のため' WHERE code = '17'"_s)
                .ok);

    // Readable by the programme's clerk and by the approver.
    c.ok(u"SELECT kohi_api.application_get($1)::jsonb->>'programme'"_s, {submittedId});
    CHECK(c.value() == u"17"_s);
    c.ok(u"SELECT kohi_api.recipient_get($1) IS NOT NULL"_s, {rid});
    CHECK(c.value() == u"t"_s);
    a.ok(u"SELECT kohi_api.application_get($1)::jsonb->>'state'"_s, {submittedId});
    CHECK(a.value() == u"submitted"_s);

    // The approval would issue a 受給者証 under rules Kohi does not have: refused, durably.
    a.ok(u"BEGIN"_s);
    a.fails(u"SELECT kohi_api.application_approve($1, 2)"_s, {submittedId});
    INFO(a.error().toStdString());
    CHECK(a.error().contains(kClosed));
    a.ok(u"ROLLBACK"_s);
    a.fails(u"SELECT kohi_api.application_approve_once(gen_random_uuid(), $1, 2)"_s, {submittedId});
    CHECK(a.error().contains(kClosed));
    CHECK(closedRefusals(approver.login, "application_approve") == 2);
    CHECK(count(u"SELECT count(*) AS n FROM kohi.recipient WHERE id = $1 AND status = 'pending'"
                " AND recipient_number IS NULL"_s,
                {rid}) == 1);

    // The draft cannot be submitted for a decision that cannot be made.
    c.fails(u"SELECT kohi_api.application_submit($1, 1)"_s, {draftId});
    CHECK(c.error().contains(kClosed));
    CHECK(closedRefusals(boshi.login, "application_submit") == 1);

    // Closing out stays possible: the applicant's 取下げ, and a 不認定 by the approver.
    c.ok(u"SELECT kohi_api.application_withdraw($1, 1, current_date)"_s, {draftId});
    a.ok(u"SELECT kohi_api.application_reject($1, 2, current_date, 'other',"
         " '療育医療の認定基準が整備されていないため', NULL)"_s,
         {submittedId});
    CHECK(count(u"SELECT count(*) AS n FROM kohi.application WHERE id IN ($1, $2)"
                " AND state IN ('withdrawn', 'rejected')"_s,
                {submittedId, draftId}) == 2);

    // No renewal batch for 17 (the clerk's own programme otherwise).
    const QDate end(QDate::currentDate().year() + 1, 12, 31);
    c.fails(u"SELECT * FROM kohi_api.renewal_batch_create('17', $1::date, $2::date, $3::date)"_s,
            {end.toString(Qt::ISODate).toUtf8(), end.addMonths(-3).toString(Qt::ISODate).toUtf8(),
             end.addMonths(-1).toString(Qt::ISODate).toUtf8()});
    CHECK(c.error().contains(kClosed));
    CHECK(closedRefusals(boshi.login, "renewal_batch_create") == 1);
    CHECK(count(u"SELECT count(*) AS n FROM kohi.renewal_batch WHERE programme = '17'"_s) == 0);
}
