// Names beside codes and the institutions (0037): the master reads (municipality, insurer,
// postcode, designations) through kohi_api with their access events, and the 指定医療機関 /
// 指定医 of an application, whose designation period the server enforces when they are named,
// at 提出 and at 承認 — exercised and attacked through raw connections.
#include "db/PostcodeTable.h"
#include "db/SyntheticMasters.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/TestDatabase.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::db::PgResult;
using kohi::db::Session;
using kohi::test::TestDatabase;

namespace {

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

qint64 scalar(Session& s, const QString& sql, const QList<QByteArray>& params = {})
{
    const PgResult r = s.exec(sql, params);
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return r.rows.isEmpty() ? -1 : r.rows.first().first().toLongLong();
}

QJsonObject form(const QString& kana)
{
    const QDate today = QDate::currentDate();
    return QJsonObject{{u"family_name"_s, u"指定"_s},
                       {u"given_name"_s, u"花子"_s},
                       {u"family_name_kana"_s, u"シテイ"_s},
                       {u"given_name_kana"_s, kana},
                       {u"birth_date"_s, u"1970-05-05"_s},
                       {u"sex"_s, 2},
                       {u"postal_code"_s, u"596-0101"_s},
                       {u"address"_s, u"大阪府岸和田市合成町1丁目2番"_s},
                       {u"municipality_code"_s, u"272027"_s},
                       {u"insurer_number"_s, u"01270016"_s},
                       {u"received_date"_s, today.toString(Qt::ISODate)},
                       {u"health_centre"_s, u"kishiwada"_s},
                       {u"documents"_s, QJsonValue::fromVariant(
                                            QStringList{u"clinical_record"_s, u"resident_record"_s,
                                                        u"insurance_card"_s, u"income_proof"_s})},
                       {u"disease_code"_s, u"006"_s},
                       {u"income_tier"_s, u"general1"_s},
                       {u"special_case"_s, u"standard"_s},
                       {u"valid_from"_s, today.toString(Qt::ISODate)},
                       {u"valid_to"_s, today.addYears(1).addDays(-1).toString(Qt::ISODate)}};
}

struct App
{
    qint64 id = 0;
    int version = 0;
};

App saveApp(Session& s, const QJsonObject& f, const QString& programme = u"54"_s)
{
    const PgResult r =
        s.exec(u"SELECT id, version FROM kohi_api.application_save(NULL, NULL, $1, 'new', NULL,"
               " $2)"_s,
               {programme.toUtf8(), QJsonDocument(f).toJson(QJsonDocument::Compact)});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return {r.first(u"id"_s).toLongLong(), r.first(u"version"_s).toInt()};
}

PgResult designate(Session& s, const App& a, const QString& institution, const QString& doctor)
{
    return s.exec(u"SELECT kohi_api.application_designate($1, $2, $3, $4) AS v"_s,
                  {num(a.id), num(a.version),
                   institution.isEmpty() ? QByteArray() : institution.toUtf8(),
                   doctor.isEmpty() ? QByteArray() : doctor.toUtf8()});
}

// An institution and a doctor of this test only, designated from `from` to `to`.
void designation(Session& dba, const QString& institution, const QString& doctor, const QDate& from,
                 const QDate& to, const QString& programmes = u"{54,52}"_s)
{
    REQUIRE(dba.exec(u"INSERT INTO kohi.medical_institution (code, name, kind, programmes,"
                     " designated_from, designated_to) VALUES ($1, '試験病院' || $1, '病院',"
                     " $2::text[], $3::date, $4::date)"_s,
                     {institution.toUtf8(), programmes.toUtf8(),
                      from.toString(Qt::ISODate).toUtf8(), to.toString(Qt::ISODate).toUtf8()})
                .ok);
    REQUIRE(dba.exec(u"INSERT INTO kohi.designated_doctor (code, name, institution_code,"
                     " programmes, designated_from, designated_to) VALUES ($1, '試験 医師', $2,"
                     " $3::text[], $4::date, $5::date)"_s,
                     {doctor.toUtf8(), institution.toUtf8(), programmes.toUtf8(),
                      from.toString(Qt::ISODate).toUtf8(), to.toString(Qt::ISODate).toUtf8()})
                .ok);
}

void setPeriod(Session& dba, const QString& institution, const QDate& from, const QDate& to)
{
    REQUIRE(dba.exec(u"UPDATE kohi.medical_institution SET designated_from = $2::date,"
                     " designated_to = $3::date WHERE code = $1"_s,
                     {institution.toUtf8(), from.toString(Qt::ISODate).toUtf8(),
                      to.toString(Qt::ISODate).toUtf8()})
                .ok);
}

} // namespace

TEST_CASE("the shipped postcode table states its source and parses", "[masters]")
{
    QFile file(kohi::db::PostcodeTable::shippedSyntheticPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString error;
    const auto table = kohi::db::PostcodeTable::parse(file.readAll(), &error);
    INFO(error.toStdString());
    REQUIRE(table);
    CHECK(table->source.contains(u"合成"_s));
    CHECK(table->source.contains(u"2026-12-03"_s));
    CHECK(table->rows.size() >= 200);
    // A malformed file is refused with its line, nothing half-read.
    CHECK_FALSE(kohi::db::PostcodeTable::parse("# 出典: x\npostcode,municipality_code,town\n"
                                               "59601,272027,x\n",
                                               &error));
    CHECK(error.startsWith(u"3行目"_s));
    CHECK_FALSE(kohi::db::PostcodeTable::parse("postcode,municipality_code,town\n", &error));
    CHECK(error.contains(u"出典"_s));
}

TEST_CASE("municipality, insurer and postcode names come from the masters, each read logged",
          "[masters]")
{
    auto& tdb = TestDatabase::instance();
    auto dba = tdb.admin();
    QString error;
    REQUIRE(kohi::db::SyntheticMasters::seed(*dba, &error));
    const auto clerk = tdb.createStaff(u"rm_a"_s, {u"kohi_clerk_nanbyo"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    REQUIRE(c);

    PgResult r = c->exec(u"SELECT label, group_name FROM kohi_api.masters('municipality')"
                         " WHERE code = '272027'"_s);
    REQUIRE(r.ok);
    CHECK(r.first(u"label"_s).toString() == u"岸和田市"_s);
    r = c->exec(u"SELECT label FROM kohi_api.masters('insurer') WHERE code = '01270016'"_s);
    REQUIRE(r.ok);
    CHECK(r.first(u"label"_s).toString().startsWith(u"全国健康保険協会 大阪支部"_s));
    // Every insurer the demo ships has a valid check digit (the table refuses any other).
    CHECK(scalar(*dba, u"SELECT count(*) FROM kohi.insurer WHERE synthetic"_s) >= 40);

    r = c->exec(u"SELECT municipality_code, municipality_name, town, address, source"
                " FROM kohi_api.postcode_lookup('596-0101')"_s);
    REQUIRE(r.ok);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.first(u"municipality_code"_s).toString() == u"272027"_s);
    CHECK(r.first(u"address"_s).toString() == u"大阪府岸和田市合成町1丁目"_s);
    CHECK(r.first(u"source"_s).toString().contains(u"合成"_s));
    r = c->exec(u"SELECT count(*) AS n FROM kohi_api.postcode_lookup('0000000')"_s);
    REQUIRE(r.ok);
    CHECK(r.first(u"n"_s).toInt() == 0);

    // Hostile or malformed arguments: a specific refusal, recorded.
    r = c->exec(u"SELECT * FROM kohi_api.postcode_lookup('59601; DROP TABLE x')"_s);
    CHECK_FALSE(r.ok);
    CHECK(r.errorMessage.startsWith(u"郵便番号は7桁の数字"_s));
    r = c->exec(u"SELECT * FROM kohi_api.masters('insurer''s')"_s);
    CHECK_FALSE(r.ok);
    CHECK(r.errorMessage.startsWith(u"不明なマスタ"_s));
    // The approver enters no addresses: no postcode lookups.
    const auto approver = tdb.createStaff(u"rm_ap"_s, {u"kohi_approver"_s});
    auto ap = tdb.connect(approver.login, approver.password);
    REQUIRE(ap);
    CHECK_FALSE(ap->exec(u"SELECT * FROM kohi_api.postcode_lookup('5960101')"_s).ok);

    kohi::test::sealAuditLog(*dba);
    CHECK(scalar(*dba,
                 u"SELECT count(*) FROM kohi.audit_event WHERE login = $1 AND action = "
                 "'masters_read' AND target IN ('municipality', 'insurer', 'postcode')"
                 " AND outcome = 'ok'"_s,
                 {clerk.login.toUtf8()}) == 4);
    CHECK(scalar(*dba,
                 u"SELECT count(*) FROM kohi.audit_event WHERE login = $1 AND action = "
                 "'masters_read' AND target = 'postcode' AND outcome = 'refused'"_s,
                 {clerk.login.toUtf8()}) == 1);
    // The postcode looked up is part of someone's address: it is not in the log.
    CHECK(scalar(*dba,
                 u"SELECT count(*) FROM kohi.audit_event WHERE login = $1 AND details::text"
                 " LIKE '%596%'"_s,
                 {clerk.login.toUtf8()}) == 0);
}

TEST_CASE("an expired designation cannot be chosen, submitted or approved", "[masters][security]")
{
    auto& tdb = TestDatabase::instance();
    auto dba = tdb.admin();
    const QDate today = QDate::currentDate();
    designation(*dba, u"2799900025"_s, u"T-EXP-1"_s, today.addYears(-6), today.addDays(-1));
    designation(*dba, u"2799900033"_s, u"T-OK-1"_s, today.addYears(-1),
                today.addYears(5).addDays(-1));
    designation(*dba, u"2799900041"_s, u"T-52-1"_s, today.addYears(-1), today.addYears(1),
                u"{52}"_s);
    // A designation is for at most six years.
    CHECK_FALSE(dba->exec(u"INSERT INTO kohi.medical_institution (code, name, kind, programmes,"
                          " designated_from, designated_to) VALUES ('2799900058', 'x', '病院',"
                          " '{54}', '2020-04-01', '2026-04-01')"_s)
                    .ok);

    const auto clerk = tdb.createStaff(u"rm_c"_s, {u"kohi_clerk_nanbyo"_s});
    const auto other = tdb.createStaff(u"rm_o"_s, {u"kohi_clerk_boshi"_s});
    const auto approver = tdb.createStaff(u"rm_p"_s, {u"kohi_approver"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto o = tdb.connect(other.login, other.password);
    auto ap = tdb.connect(approver.login, approver.password);
    REQUIRE((c && o && ap));

    // The list says which are in force today.
    const PgResult list = c->exec(u"SELECT code, in_force FROM kohi_api.designations(NULL)"
                                  " WHERE code IN ('2799900025', 'T-OK-1') ORDER BY code"_s);
    REQUIRE(list.ok);
    REQUIRE(list.rows.size() == 2);
    CHECK(list.value(0, u"in_force"_s).toString() == u"f"_s);
    CHECK(list.value(1, u"in_force"_s).toString() == u"t"_s);

    App a = saveApp(*c, form(u"ハナコ"_s));
    // Expired institution, expired doctor, another programme's, unknown: each refused, nothing
    // changes (the version stays).
    PgResult r = designate(*c, a, u"2799900025"_s, {});
    CHECK_FALSE(r.ok);
    CHECK(r.errorMessage.contains(u"指定期間は"_s));
    CHECK(r.errorMessage.contains(u"終了しています"_s));
    r = designate(*c, a, u"2799900033"_s, u"T-EXP-1"_s);
    CHECK_FALSE(r.ok);
    CHECK(r.errorMessage.contains(u"医師の指定医の指定期間"_s));
    r = designate(*c, a, u"2799900041"_s, {});
    CHECK_FALSE(r.ok);
    CHECK(r.errorMessage.contains(u"この制度（法別54）の指定医療機関ではありません"_s));
    r = designate(*c, a, u"9999999999"_s, {});
    CHECK_FALSE(r.ok);
    CHECK(r.errorMessage.contains(u"登録されていません"_s));
    // Another group's clerk cannot touch it; a stale version is refused.
    r = designate(*o, a, u"2799900033"_s, {});
    CHECK_FALSE(r.ok);
    CHECK(r.sqlState == u"42501"_s);
    r = designate(*c, App{a.id, a.version + 5}, u"2799900033"_s, {});
    CHECK_FALSE(r.ok);
    CHECK(r.errorMessage.contains(u"他の職員が更新しました"_s));
    CHECK(scalar(*dba, u"SELECT version FROM kohi.application WHERE id = $1"_s, {num(a.id)}) ==
          a.version);
    // Also not by writing the table directly.
    CHECK_FALSE(c->exec(u"UPDATE kohi.application SET institution_code = '2799900025'"
                        " WHERE id = $1"_s,
                        {num(a.id)})
                    .ok);

    // One in force is named; the application shows it.
    r = designate(*c, a, u"2799900033"_s, u"T-OK-1"_s);
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    CHECK(r.first(u"v"_s).toInt() == a.version + 1);
    a.version = r.first(u"v"_s).toInt();
    r = c->exec(u"SELECT kohi_api.application_get($1) AS j"_s, {num(a.id)});
    const QJsonObject got = QJsonDocument::fromJson(r.first(u"j"_s).toByteArray()).object();
    CHECK(got.value(u"institution_code"_s).toString() == u"2799900033"_s);
    CHECK(got.value(u"doctor_code"_s).toString() == u"T-OK-1"_s);

    // It lapses before 提出: the submission is refused with the reason.
    setPeriod(*dba, u"2799900033"_s, today.addYears(-6), today.addDays(-1));
    r = c->exec(u"SELECT kohi_api.application_submit($1, $2) AS v"_s, {num(a.id), num(a.version)});
    CHECK_FALSE(r.ok);
    CHECK(r.errorMessage.contains(u"終了しています"_s));
    // Renewed: 提出 goes through; it lapses again before 承認: the approval is refused.
    setPeriod(*dba, u"2799900033"_s, today.addYears(-1), today.addYears(5).addDays(-1));
    r = c->exec(u"SELECT kohi_api.application_submit($1, $2) AS v"_s, {num(a.id), num(a.version)});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    a.version = r.first(u"v"_s).toInt();
    setPeriod(*dba, u"2799900033"_s, today.addYears(-6), today.addDays(-1));
    r = ap->exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(a.id), num(a.version)});
    CHECK_FALSE(r.ok);
    CHECK(r.errorMessage.contains(u"終了しています"_s));
    CHECK(scalar(*dba,
                 u"SELECT count(*) FROM kohi.application WHERE id = $1 AND state ="
                 " 'submitted'"_s,
                 {num(a.id)}) == 1);
    setPeriod(*dba, u"2799900033"_s, today.addYears(-1), today.addYears(5).addDays(-1));
    r = ap->exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(a.id), num(a.version)});
    INFO(r.errorMessage.toStdString());
    CHECK(r.ok);

    // Every refusal left its event, whatever happened to the transaction.
    kohi::test::sealAuditLog(*dba);
    CHECK(scalar(*dba,
                 u"SELECT count(*) FROM kohi.audit_event WHERE login = $1 AND action ="
                 " 'application_designate' AND outcome = 'refused'"_s,
                 {clerk.login.toUtf8()}) == 5);
    CHECK(scalar(*dba,
                 u"SELECT count(*) FROM kohi.audit_event WHERE login = $1 AND action ="
                 " 'application_designate' AND outcome = 'ok'"_s,
                 {clerk.login.toUtf8()}) == 1);
    CHECK(scalar(*dba,
                 u"SELECT count(*) FROM kohi.audit_event WHERE action IN ('application_submit',"
                 " 'application_approve') AND outcome = 'refused' AND target = $1"
                 " AND details->>'reason' = 'designation_not_in_force'"_s,
                 {(u"application:"_s + QString::number(a.id)).toUtf8()}) == 2);
}
