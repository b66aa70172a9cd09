// Idempotency keys of submissions (0039): a submission sent again with its key returns the first
// result and changes nothing; keys are the caller's own; a key reused for another request is
// refused. Attacked through raw connections, as any staff member could.
#include "db/ApplicationForm.h"
#include "db/ApplicationRepository.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/TestDatabase.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::TestDatabase;

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject formNamed(const QString& givenName)
{
    const QDate today = QDate::currentDate();
    return QJsonObject{{u"family_name"_s, u"冪等"_s},
                       {u"given_name"_s, givenName},
                       {u"family_name_kana"_s, u"ベキトウ"_s},
                       {u"given_name_kana"_s, u"タロウ"_s},
                       {u"birth_date"_s, u"1970-05-05"_s},
                       {u"sex"_s, 1},
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

kohi::db::PgResult saveOnce(kohi::db::Session& s, const QByteArray& key, const QJsonObject& form)
{
    return s.exec(u"SELECT * FROM kohi_api.application_save_once($1::uuid, NULL, NULL, '54', 'new',"
                  " NULL, $2)"_s,
                  {key, json(form)});
}

qint64 countNamed(kohi::db::Session& dba, const QString& givenName)
{
    return dba
        .exec(u"SELECT count(*) AS n FROM kohi.application a"
              " JOIN kohi.recipient r ON r.id = a.recipient_id WHERE r.given_name = $1"_s,
              {givenName.toUtf8()})
        .first(u"n"_s)
        .toLongLong();
}

QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

} // namespace

TEST_CASE("a submission sent again with its key returns the first result and creates nothing",
          "[submission-key]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"sk_c"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = tdb.createStaff(u"sk_a"_s, {u"kohi_approver"_s});
    auto dba = tdb.admin();
    const QString name = u"一回%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QByteArray key = newKey();

    // The first attempt commits, then the client "loses the reply" (a new connection, as after
    // a failover) and sends the same submission again.
    qint64 firstId = 0;
    {
        auto c = tdb.connect(clerk.login, clerk.password);
        const auto r = saveOnce(*c, key, formNamed(name));
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        firstId = r.first(u"id"_s).toLongLong();
    }
    auto c = tdb.connect(clerk.login, clerk.password);
    const auto again = saveOnce(*c, key, formNamed(name));
    REQUIRE(again.ok);
    CHECK(again.first(u"id"_s).toLongLong() == firstId);
    CHECK(again.first(u"version"_s).toInt() == 1);
    CHECK(countNamed(*dba, name) == 1);

    // A different key is a different submission.
    const auto other = saveOnce(*c, newKey(), formNamed(name));
    REQUIRE(other.ok);
    CHECK(other.first(u"id"_s).toLongLong() != firstId);
    CHECK(countNamed(*dba, name) == 2);

    // Submit and approve, each twice with its key: one state change each.
    const QByteArray submitKey = newKey();
    for (int i = 0; i < 2; ++i) {
        const auto s = c->exec(u"SELECT kohi_api.application_submit_once($1::uuid, $2, 1) AS v"_s,
                               {submitKey, QByteArray::number(firstId)});
        INFO(s.errorMessage.toStdString());
        REQUIRE(s.ok);
        CHECK(s.first(u"v"_s).toInt() == 2);
    }
    auto a = tdb.connect(approver.login, approver.password);
    const QByteArray approveKey = newKey();
    QString number;
    for (int i = 0; i < 2; ++i) {
        const auto r = a->exec(u"SELECT kohi_api.application_approve_once($1::uuid, $2, 2) AS n"_s,
                               {approveKey, QByteArray::number(firstId)});
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        if (i == 0)
            number = r.first(u"n"_s).toString();
        CHECK(r.first(u"n"_s).toString() == number);
    }
    CHECK_FALSE(number.isEmpty());
    CHECK(dba->exec(u"SELECT count(*) AS n FROM kohi.recipient WHERE recipient_number = $1"_s,
                    {number.toUtf8()})
              .first(u"n"_s)
              .toLongLong() == 1);
    // The replays are in the access log (one save, one submit, one approval).
    kohi::test::sealAuditLog(*dba);
    CHECK(dba->exec(u"SELECT count(*) AS n FROM kohi.audit_event"
                    " WHERE login IN ($1, $2) AND action = 'submission_replayed'"_s,
                    {clerk.login.toUtf8(), approver.login.toUtf8()})
              .first(u"n"_s)
              .toLongLong() == 3);
}

TEST_CASE("an idempotency key is the caller's own and names one request",
          "[submission-key][security]")
{
    auto& tdb = TestDatabase::instance();
    const auto alice = tdb.createStaff(u"sk_alice"_s, {u"kohi_clerk_nanbyo"_s});
    const auto mallory = tdb.createStaff(u"sk_mal"_s, {u"kohi_clerk_nanbyo"_s});
    auto dba = tdb.admin();
    auto a = tdb.connect(alice.login, alice.password);
    auto m = tdb.connect(mallory.login, mallory.password);
    const QString name = u"鍵%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QByteArray key = newKey();

    // Mallory learns Alice's key before Alice uses it (or after): she gets only her own
    // submission, never Alice's result, and cannot block Alice's.
    const auto first = saveOnce(*m, key, formNamed(u"横取り"_s));
    REQUIRE(first.ok);
    const auto alices = saveOnce(*a, key, formNamed(name));
    REQUIRE(alices.ok);
    CHECK(alices.first(u"id"_s).toLongLong() != first.first(u"id"_s).toLongLong());
    CHECK(countNamed(*dba, name) == 1);
    const auto replayByMallory = saveOnce(*m, key, formNamed(name));
    CHECK_FALSE(replayByMallory.ok); // her key names her own, different request
    CHECK(replayByMallory.sqlState == u"22023"_s);

    // A key reused for other content or another action is refused, changing nothing.
    const auto otherContent = saveOnce(*a, key, formNamed(name + u"別"_s));
    CHECK_FALSE(otherContent.ok);
    CHECK(otherContent.sqlState == u"22023"_s);
    CHECK(otherContent.errorMessage.contains(u"別の内容"_s));
    const auto otherAction = a->exec(u"SELECT kohi_api.application_submit_once($1::uuid, $2, 1)"_s,
                                     {key, alices.first(u"id"_s).toByteArray()});
    CHECK_FALSE(otherAction.ok);
    CHECK(otherAction.sqlState == u"22023"_s);
    CHECK(countNamed(*dba, name) == 1);

    // No key, no submission.
    const auto none = a->exec(u"SELECT * FROM kohi_api.application_save_once(NULL, NULL, NULL,"
                              " '54', 'new', NULL, $1)"_s,
                              {json(formNamed(name))});
    CHECK_FALSE(none.ok);
    CHECK(none.sqlState == u"22023"_s);
    CHECK(countNamed(*dba, name) == 1);

    // The key table itself is closed to staff.
    const auto direct = m->exec(u"SELECT * FROM kohi.submission_key"_s);
    CHECK_FALSE(direct.ok);
    CHECK(direct.sqlState == u"42501"_s);
}

TEST_CASE("the repository carries a key, and the same key sent twice saves once",
          "[submission-key]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"sk_r"_s, {u"kohi_clerk_nanbyo"_s});
    auto dba = tdb.admin();
    auto c = tdb.connect(clerk.login, clerk.password);
    const QString name = u"倉庫%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    kohi::db::ApplicationRepository repo(*c);
    kohi::db::ApplicationForm form;
    form.familyName = u"冪等"_s;
    form.givenName = name;
    form.receivedDate = QDate::currentDate();
    const QUuid key = QUuid::createUuid();
    const auto first = repo.save(std::nullopt, 0, u"54"_s, u"new"_s, std::nullopt, form, key);
    INFO(repo.lastError().message.toStdString());
    REQUIRE(first);
    const auto second = repo.save(std::nullopt, 0, u"54"_s, u"new"_s, std::nullopt, form, key);
    REQUIRE(second);
    CHECK(second->id == first->id);
    CHECK(countNamed(*dba, name) == 1);
    // Without a key of the caller's choosing, each call is its own submission.
    REQUIRE(repo.save(std::nullopt, 0, u"54"_s, u"new"_s, std::nullopt, form));
    CHECK(countNamed(*dba, name) == 2);
}
