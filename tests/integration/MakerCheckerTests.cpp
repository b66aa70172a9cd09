// No one acts alone (issue 11, items 1, 5 and 7; migration 0021): maker-checker over the whole
// history of an application and of its My Numbers, clerk and approver duties kept apart, guesses
// at My Numbers counted durably and stopped at a limit, and the approver's reading narrowed to
// what they decide. Every attack is made as the staff role over a raw libpq connection, as an
// insider with psql would; each case has its own database (settings and the log are global).
#include "core/crypto/Argon2Params.h"
#include "core/crypto/SecureBytes.h"
#include "core/validation/MyNumber.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/MyNumberRepository.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/TestDatabase.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <libpq-fe.h>
#include <vector>

using namespace Qt::StringLiterals;
using kohi::db::MyNumberEntry;
using kohi::db::MyNumberKeyCeremony;
using kohi::db::MyNumberRepository;
using kohi::db::PersonRole;
using kohi::test::FreshDatabase;
using kohi::test::TestDatabase;

namespace {

// A psql-like connection: libpq, the role's own password, nothing of Kohi's client code.
class RawConnection
{
public:
    RawConnection(const QString& database, const TestDatabase::Staff& staff)
    {
        const auto s = TestDatabase::instance().settings();
        const QByteArray info =
            u"host=%1 port=%2 dbname=%3 user=%4 sslmode=verify-full sslrootcert=%5"
            " sslcert=%6 sslkey=%7 application_name=psql"_s.arg(s.host)
                .arg(s.port)
                .arg(database, staff.login, s.sslRootCert, s.sslCert, s.sslKey)
                .toUtf8();
        const QByteArray pw = staff.password.toUtf8();
        const char* keys[] = {"dbname", "password", nullptr};
        const char* values[] = {info.constData(), pw.constData(), nullptr};
        m_conn = PQconnectdbParams(keys, values, 1);
        INFO(PQerrorMessage(m_conn));
        REQUIRE(PQstatus(m_conn) == CONNECTION_OK);
    }
    ~RawConnection() { PQfinish(m_conn); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // Runs one statement; keeps the first row, the error and its SQLSTATE.
    bool exec(const QString& sql, const QList<QByteArray>& params = {})
    {
        std::vector<const char*> values;
        for (const QByteArray& p : params)
            values.push_back(p.isNull() ? nullptr : p.constData());
        PGresult* r = PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr,
                                   values.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(r);
        m_rows = PQntuples(r);
        m_first.clear();
        for (int c = 0; m_rows > 0 && c < PQnfields(r); ++c)
            m_first.insert(QString::fromUtf8(PQfname(r, c)),
                           PQgetisnull(r, 0, c) ? QString()
                                                : QString::fromUtf8(PQgetvalue(r, 0, c)));
        m_error = QString::fromUtf8(PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY));
        m_sqlstate = QString::fromLatin1(PQresultErrorField(r, PG_DIAG_SQLSTATE));
        PQclear(r);
        return status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
    }
    void ok(const QString& sql, const QList<QByteArray>& params = {})
    {
        const bool done = exec(sql, params);
        INFO(sql.toStdString() << ": " << m_error.toStdString());
        REQUIRE(done);
    }
    QString value(const QString& column) const { return m_first.value(column); }
    int rows() const { return m_rows; }
    QString error() const { return m_error; }
    QString sqlstate() const { return m_sqlstate; }
    QByteArray scram(const QString& role, const QString& password) const
    {
        char* secret = PQencryptPasswordConn(m_conn, password.toUtf8().constData(),
                                             role.toUtf8().constData(), "scram-sha-256");
        REQUIRE(secret);
        QByteArray out(secret);
        PQfreemem(secret);
        return out;
    }

private:
    PGconn* m_conn = nullptr;
    int m_rows = 0;
    QHash<QString, QString> m_first;
    QString m_error;
    QString m_sqlstate;
};

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject validForm(const QString& kana)
{
    const QDate today = QDate::currentDate();
    return QJsonObject{{u"family_name"_s, u"試験"_s},
                       {u"given_name"_s, u"花子"_s},
                       {u"family_name_kana"_s, kana},
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
    QByteArray version;
    qint64 recipientId = 0;
    QString cap;
};

// application_save as a raw call: a new application (id 0) or a new version of one.
Saved save(RawConnection& c, const QJsonObject& form, qint64 id = 0, const QByteArray& version = {})
{
    c.ok(u"SELECT * FROM kohi_api.application_save($1, $2, '54', 'new', NULL, $3)"_s,
         {id ? num(id) : QByteArray(), id ? version : QByteArray(), json(form)});
    return {c.value(u"id"_s).toLongLong(), c.value(u"version"_s).toUtf8(),
            c.value(u"recipient_id"_s).toLongLong(), c.value(u"monthly_cap"_s)};
}

QByteArray submit(RawConnection& c, qint64 id, const QByteArray& version)
{
    c.ok(u"SELECT kohi_api.application_submit($1, $2) AS v"_s, {num(id), version});
    return c.value(u"v"_s).toUtf8();
}

// A fresh synthetic My Number (random base, valid check digit). Test data only: never printed.
QString syntheticNumber()
{
    QString base;
    for (int i = 0; i < 11; ++i)
        base += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    return base + QString::number(*kohi::myNumberCheckDigit(base));
}

QString wrongCheckDigit(const QString& valid)
{
    return valid.left(11) + QString::number((valid.at(11).digitValue() + 1) % 10);
}

kohi::crypto::SecureBytes secure(const QString& text)
{
    return kohi::crypto::SecureBytes::fromUtf8(text);
}

qint64 scalar(kohi::db::Session& dba, const QString& sql, const QList<QByteArray>& params = {})
{
    const auto r = dba.exec(sql, params);
    INFO(sql.toStdString() << ": " << r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return r.rows.value(0).value(0).toLongLong();
}

// A clerk duty with the approver duty, as an office whose setting allows it would grant it (the
// server refuses the combination otherwise). Without 0021 the setting does not exist and the
// update changes nothing: the account is created all the same.
TestDatabase::Staff dualDutyStaff(FreshDatabase& db, const QString& prefix)
{
    REQUIRE(db.dba()
                .exec(u"UPDATE kohi.setting SET value = 1 WHERE key = 'allow_clerk_and_approver'"_s)
                .ok);
    const auto staff = db.createStaff(prefix, {u"kohi_clerk_nanbyo"_s, u"kohi_approver"_s});
    REQUIRE(db.dba()
                .exec(u"UPDATE kohi.setting SET value = 0 WHERE key = 'allow_clerk_and_approver'"_s)
                .ok);
    return staff;
}

// The first My Number key, made by the database administrator for the viewer; its fingerprint.
const kohi::crypto::Argon2Params FastArgon2{64, 1, 1}; // test only; production uses the default
QString createKey(FreshDatabase& db, const TestDatabase::Staff& viewer)
{
    // Fast Argon2id parameters: allowed only outside production with this setting (0022).
    REQUIRE(db.dba()
                .exec(u"UPDATE kohi.setting SET value = 1"
                      " WHERE key = 'mynumber_argon2_test_params'"_s)
                .ok);
    MyNumberKeyCeremony::KeyInfo key;
    QString error;
    const bool created =
        MyNumberKeyCeremony(db.dba(), FastArgon2)
            .createFirstKey(viewer.login, u"maker checker passphrase 2026"_s, &key, &error);
    INFO(error.toStdString());
    REQUIRE(created);
    return key.fingerprintHex;
}

qint64 activeRecipient(FreshDatabase& db, const QString& number)
{
    return scalar(db.dba(),
                  u"INSERT INTO kohi.recipient (programme, recipient_number, family_name,"
                  " given_name, family_name_kana, given_name_kana, birth_date, sex, address,"
                  " municipality_code, synthetic) VALUES ('54', $1, '照合', '太郎', 'ショウゴウ',"
                  " 'タロウ', date '1960-05-01', 1, '大阪府岸和田市1-1', '272027', true)"
                  " RETURNING id"_s,
                  {number.toUtf8()});
}

} // namespace

TEST_CASE("the dual-duty tamper is refused at approval: returned, changed, saved unchanged by "
          "the clerk and resubmitted, the changer still cannot decide it",
          "[security][makerchecker]")
{
    FreshDatabase db(u"kohi_mc_tamper"_s);
    const auto clerkStaff = db.createStaff(u"mc_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    const auto dualStaff = dualDutyStaff(db, u"mc_dual"_s);
    const auto otherStaff = db.createStaff(u"mc_appr"_s, {u"kohi_approver"_s});
    RawConnection clerk(db.name(), clerkStaff);
    RawConnection dual(db.name(), dualStaff);
    RawConnection other(db.name(), otherStaff);

    // The clerk enters and submits an application.
    const Saved draft = save(clerk, validForm(u"カイザン"_s));
    QByteArray v = submit(clerk, draft.id, draft.version);

    // The dual-duty account returns it (as approver), then changes it (as clerk): 生活保護, cap 0,
    // another address.
    dual.ok(u"SELECT kohi_api.application_return($1, $2, '確認します')"_s, {num(draft.id), v});
    dual.ok(u"SELECT kohi_api.application_get($1) AS j"_s, {num(draft.id)});
    v = QByteArray::number(
        QJsonDocument::fromJson(dual.value(u"j"_s).toUtf8()).object().value(u"version"_s).toInt());
    const Saved tampered = save(dual,
                                QJsonObject{{u"income_tier"_s, u"welfare"_s},
                                            {u"address"_s, u"大阪府岸和田市改ざん町9番9号"_s}},
                                draft.id, v);
    CHECK(tampered.cap == u"0"_s);
    // The clerk saves it unchanged (so they are the last to change it) and resubmits.
    const Saved resaved = save(clerk, QJsonObject{}, draft.id, tampered.version);
    v = submit(clerk, draft.id, resaved.version);

    // The changer holds the approver duty but is neither the first nor the last editor.
    const bool approved =
        dual.exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(draft.id), v});
    INFO(dual.error().toStdString());
    CHECK_FALSE(approved);
    CHECK(dual.sqlstate() == u"42501"_s);
    CHECK(dual.error().startsWith(
        u"この申請の過去の版を作成・変更または提出しているため、承認・差戻しできません"_s));
    // Nor can they return it (a decision either way is the checker's).
    CHECK_FALSE(
        dual.exec(u"SELECT kohi_api.application_return($1, $2, 'x')"_s, {num(draft.id), v}));
    CHECK(dual.error().startsWith(u"この申請の過去の版を作成・変更または提出しているため"_s));
    // Their queue says so up front.
    dual.ok(u"SELECT mine FROM kohi_api.application_list('submitted', NULL, NULL, NULL, 100)"
            " WHERE id = $1"_s,
            {num(draft.id)});
    CHECK(dual.value(u"mine"_s) == u"t"_s);

    // Nothing was decided; the refusal is on record (durably: the error hook).
    CHECK(scalar(db.dba(),
                 u"SELECT count(*) FROM kohi.application WHERE id = $1"
                 " AND state = 'submitted' AND income_tier = 'welfare'"_s,
                 {num(draft.id)}) == 1);
    kohi::test::sealAuditLog(db.dba());
    CHECK(scalar(db.dba(),
                 u"SELECT count(*) FROM kohi.audit_event WHERE login = $1"
                 " AND action = 'application_approve' AND outcome = 'refused'"
                 " AND details->>'reason' = 'edited_version'"_s,
                 {dualStaff.login.toUtf8()}) == 1);

    // Another approver decides, and sees who touched it.
    other.ok(u"SELECT kohi_api.application_get($1) AS j"_s, {num(draft.id)});
    const QJsonObject app = QJsonDocument::fromJson(other.value(u"j"_s).toUtf8()).object();
    CHECK(app.value(u"mine"_s).toBool() == false);
    CHECK(app.value(u"editors"_s).toVariant().toStringList() ==
          QStringList{clerkStaff.login, dualStaff.login});
    other.ok(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(draft.id), v});
}

TEST_CASE("whoever registered a My Number of an application can neither confirm it nor decide "
          "the application, and whoever made the application cannot confirm its numbers",
          "[security][makerchecker][mynumber]")
{
    FreshDatabase db(u"kohi_mc_mynumber"_s);
    const auto clerkStaff = db.createStaff(u"mcn_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    const auto dualStaff = dualDutyStaff(db, u"mcn_dual"_s);
    const auto otherStaff = db.createStaff(u"mcn_appr"_s, {u"kohi_approver"_s});
    const auto viewer = db.createStaff(u"mcn_view"_s, {u"kohi_mynumber_viewer"_s});
    const QString pin = createKey(db, viewer);
    RawConnection clerk(db.name(), clerkStaff);
    RawConnection dual(db.name(), dualStaff);
    RawConnection other(db.name(), otherStaff);

    auto confirm = [](RawConnection& c, qint64 id, const QString& typed) {
        c.ok(u"SELECT outcome, message FROM kohi_api.mynumber_confirm($1, $2)"_s,
             {num(id), typed.toUtf8()});
        return c.value(u"outcome"_s) + u':' + c.value(u"message"_s);
    };

    // A: the clerk's application; the dual-duty account registers the patient's number.
    const Saved a = save(clerk, validForm(u"バンゴウ"_s));
    auto dualSession = db.connect(dualStaff);
    const QString numberA = syntheticNumber();
    const auto registered =
        MyNumberRepository(*dualSession, pin)
            .registerNumber(MyNumberEntry{a.recipientId, PersonRole::Patient, {}, {}, {}},
                            secure(numberA));
    INFO(registered.message.toStdString());
    REQUIRE(registered.registered());
    const QByteArray va = submit(clerk, a.id, a.version);
    CHECK(confirm(dual, registered.id, numberA).startsWith(u"refused:自分が入力した個人番号"_s));
    CHECK(confirm(other, registered.id, numberA) == u"confirmed:一致しました。"_s);
    // Confirmed by someone else, and still the registrant may not decide the application.
    CHECK_FALSE(dual.exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(a.id), va}));
    CHECK(dual.sqlstate() == u"42501"_s);
    CHECK(dual.error().startsWith(u"この申請の受給者の個人番号を登録または変更しているため"_s));
    other.ok(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(a.id), va});

    // B: the clerk registers the number; the dual-duty account changed the application.
    const Saved b = save(clerk, validForm(u"ヘンコウ"_s));
    const Saved changed = save(dual, QJsonObject{{u"phone"_s, u"072-999-9999"_s}}, b.id, b.version);
    auto clerkSession = db.connect(clerkStaff);
    const QString numberB = syntheticNumber();
    const auto registeredB =
        MyNumberRepository(*clerkSession, pin)
            .registerNumber(MyNumberEntry{b.recipientId, PersonRole::Patient, {}, {}, {}},
                            secure(numberB));
    REQUIRE(registeredB.registered());
    const QByteArray vb = submit(clerk, b.id, changed.version);
    CHECK(confirm(dual, registeredB.id, numberB) ==
          u"refused:この受給者の申請を作成・変更しているため、その個人番号は照合できません。"
          "別の承認者に依頼してください。"_s);
    CHECK(confirm(other, registeredB.id, numberB) == u"confirmed:一致しました。"_s);
    CHECK_FALSE(dual.exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(b.id), vb}));
    // (The clerk's submission does not make them its last changer: 0013's rule already.)
    CHECK(dual.error().startsWith(u"自分が入力または変更した申請は承認・差戻しできません"_s));
}

TEST_CASE("granting the clerk and the approver duty to one account is refused unless "
          "allow_clerk_and_approver allows it",
          "[security][makerchecker][useradmin]")
{
    FreshDatabase db(u"kohi_mc_duties"_s);
    const auto adminStaff = db.createStaff(u"mcd_admin"_s, {u"kohi_user_admin"_s});
    const auto secondStaff = db.createStaff(u"mcd_admin2"_s, {u"kohi_user_admin"_s});
    RawConnection admin(db.name(), adminStaff);
    RawConnection second(db.name(), secondStaff); // approves privileged grants (0024)
    const QString refusal = u"と承認者の職務を同じ職員に付与することはできません"_s;
    const QString login = u"mcd_new_%1"_s.arg(QRandomGenerator::global()->bounded(1000000));
    // Passwords are generated by the server (0024); approver duties become a proposal.
    auto create = [&](const QString& who, const char* duties) {
        return admin.exec(u"SELECT * FROM kohi_api.user_create($1, '新規 職員', $2::text[])"_s,
                          {who.toUtf8(), QByteArray(duties)});
    };
    auto approveOpenProposal = [&](const QString& who) {
        second.ok(u"SELECT kohi_api.staff_approve(p.proposal_id, NULL)"
                  " FROM kohi_api.staff_proposals(false) p WHERE p.login = $1"_s,
                  {who.toUtf8()});
        CHECK(second.rows() == 1);
    };

    // At creation.
    CHECK_FALSE(create(login, "{kohi_clerk_nanbyo,kohi_approver}"));
    CHECK(admin.sqlstate() == u"42501"_s);
    CHECK(admin.error().contains(u"担当（難病認定G）"_s + refusal));
    CHECK_FALSE(create(login + u"b"_s, "{kohi_approver,kohi_clerk_boshi}"));
    CHECK(admin.error().contains(u"担当（母子G）"_s + refusal));
    CHECK(scalar(db.dba(), u"SELECT count(*) FROM pg_roles WHERE rolname IN ($1, $2)"_s,
                 {login.toUtf8(), (login + u"b"_s).toUtf8()}) == 0);

    // Added later, to a clerk or to an approver.
    REQUIRE(create(login, "{kohi_clerk_nanbyo}"));
    CHECK_FALSE(
        admin.exec(u"SELECT kohi_api.user_set_duties($1, '{kohi_clerk_nanbyo,kohi_approver}')"_s,
                   {login.toUtf8()}));
    CHECK(admin.error().contains(refusal));
    CHECK_FALSE(admin.exec(
        u"SELECT * FROM kohi_api.staff_propose_duties($1, '{kohi_clerk_nanbyo,kohi_approver}', NULL)"_s,
        {login.toUtf8()}));
    CHECK(admin.error().contains(refusal));
    REQUIRE(create(login + u"a"_s, "{kohi_approver}"));
    approveOpenProposal(login + u"a"_s);
    CHECK_FALSE(admin.exec(
        u"SELECT kohi_api.user_set_duties($1, '{kohi_approver,kohi_clerk_boshi,kohi_auditor}')"_s,
        {(login + u"a"_s).toUtf8()}));
    CHECK(admin.error().contains(refusal));
    CHECK(scalar(db.dba(),
                 u"SELECT count(*) FROM pg_auth_members m"
                 " JOIN pg_roles r ON r.oid = m.member"
                 " JOIN pg_roles d ON d.oid = m.roleid"
                 " WHERE r.rolname IN ($1, $2)"
                 " AND d.rolname IN ('kohi_approver', 'kohi_clerk_nanbyo', 'kohi_clerk_boshi')"_s,
                 {login.toUtf8(), (login + u"a"_s).toUtf8()}) == 2); // what each had before
    // The refusals are on record.
    kohi::test::sealAuditLog(db.dba());
    CHECK(scalar(db.dba(),
                 u"SELECT count(*) FROM kohi.audit_event WHERE login = $1"
                 " AND action IN ('user_create', 'user_set_duties') AND outcome = 'refused'"
                 " AND details->>'reason' = 'clerk_and_approver'"_s,
                 {adminStaff.login.toUtf8()}) == 4);

    // An office may allow it; the setting change is logged like any other. The approver duty
    // is still proposed and approved by a second administrator (0024).
    admin.ok(u"SELECT kohi_api.setting_set('allow_clerk_and_approver', 1)"_s);
    admin.ok(u"SELECT * FROM kohi_api.staff_propose_duties($1, '{kohi_clerk_nanbyo,kohi_approver}',"
             " NULL)"_s,
             {login.toUtf8()});
    approveOpenProposal(login);
    admin.ok(u"SELECT kohi_api.setting_set('allow_clerk_and_approver', 0)"_s);
    CHECK_FALSE(create(login + u"c"_s, "{kohi_clerk_boshi,kohi_approver}"));
    CHECK_FALSE(admin.exec(u"SELECT kohi_api.setting_set('allow_clerk_and_approver', 2)"_s));
}

TEST_CASE("guesses at a My Number inside rolled-back transactions count, block the person at "
          "the day's limit and raise alerts",
          "[security][mynumber][guess]")
{
    FreshDatabase db(u"kohi_mc_guess"_s);
    const auto clerkStaff = db.createStaff(u"mcg_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    const auto proberStaff = db.createStaff(u"mcg_probe"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approverStaff = db.createStaff(u"mcg_appr"_s, {u"kohi_approver"_s});
    const auto rrStaff = db.createStaff(u"mcg_rr"_s, {u"kohi_approver"_s});
    const auto viewer = db.createStaff(u"mcg_view"_s, {u"kohi_mynumber_viewer"_s});
    const QString pin = createKey(db, viewer);
    CHECK(scalar(db.dba(), u"SELECT value FROM kohi.setting"
                           " WHERE key = 'mynumber_guess_limit'"_s) == 5); // the default
    RawConnection clerk(db.name(), clerkStaff);
    RawConnection approver(db.name(), approverStaff);
    RawConnection rr(db.name(), rrStaff);

    // An application with a pending number, for the approver's blind re-key.
    const Saved app = save(clerk, validForm(u"スイソク"_s));
    auto clerkSession = db.connect(clerkStaff);
    MyNumberRepository clerkRepo(*clerkSession, pin);
    const QString number = syntheticNumber();
    const auto registered = clerkRepo.registerNumber(
        MyNumberEntry{app.recipientId, PersonRole::Patient, {}, {}, {}}, secure(number));
    REQUIRE(registered.registered());
    submit(clerk, app.id, app.version);
    const QByteArray id = num(registered.id);

    // A transaction snapshot would hide the newest guesses from the count: refused.
    rr.ok(u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s);
    CHECK_FALSE(rr.exec(u"SELECT * FROM kohi_api.mynumber_confirm($1, $2)"_s,
                        {id, wrongCheckDigit(number).toUtf8()}));
    CHECK(rr.error().contains(u"READ COMMITTED"_s));
    rr.ok(u"ROLLBACK"_s);

    // Five wrong re-keys, each answered, each rolled back.
    for (int i = 0; i < 5; ++i) {
        approver.ok(u"BEGIN"_s);
        approver.ok(u"SELECT outcome FROM kohi_api.mynumber_confirm($1, $2)"_s,
                    {id, (i % 2 ? wrongCheckDigit(number) : syntheticNumber()).toUtf8()});
        CHECK(approver.value(u"outcome"_s) == u"mismatch"_s);
        approver.ok(u"ROLLBACK"_s);
    }
    // The per-number counter went with the transactions; the access log did not.
    CHECK(scalar(db.dba(), u"SELECT mismatches FROM kohi.mynumber WHERE id = $1"_s, {id}) == 0);
    // The sixth is refused before the number is looked at - even the right one.
    approver.ok(u"BEGIN"_s);
    CHECK_FALSE(
        approver.exec(u"SELECT * FROM kohi_api.mynumber_confirm($1, $2)"_s, {id, number.toUtf8()}));
    CHECK(approver.sqlstate() == u"42501"_s);
    CHECK(approver.error().startsWith(
        u"本日は個人番号の照合の不一致・登録済み番号の入力が上限（5回）に達したため"_s));
    approver.ok(u"ROLLBACK"_s);
    CHECK(scalar(db.dba(),
                 u"SELECT count(*) FROM kohi.mynumber WHERE id = $1"
                 " AND status = 'pending'"_s,
                 {id}) == 1);

    // A clerk asks "is this number registered?" by registering it for someone else, and rolls
    // back. One number is registered; the prober tries it five times.
    const qint64 holder = activeRecipient(db, u"5400001"_s);
    const QString held = syntheticNumber();
    REQUIRE(
        clerkRepo
            .registerNumber(MyNumberEntry{holder, PersonRole::Patient, {}, {}, {}}, secure(held))
            .registered());
    auto prober = db.connect(proberStaff);
    MyNumberRepository proberRepo(*prober, pin);
    for (int i = 0; i < 5; ++i) {
        const qint64 target = activeRecipient(db, QString::number(5400010 + i));
        REQUIRE(prober->exec(u"BEGIN"_s).ok);
        const auto probe = proberRepo.registerNumber(
            MyNumberEntry{target, PersonRole::Patient, {}, {}, {}}, secure(held));
        CHECK(probe.reason == u"duplicate"_s);
        CHECK(probe.message == u"この個人番号は既に別の受給者に登録されています。"_s);
        REQUIRE(prober->exec(u"ROLLBACK"_s).ok);
    }
    // Blocked: not even a number nobody holds can be registered today.
    const qint64 last = activeRecipient(db, u"5400099"_s);
    REQUIRE(prober->exec(u"BEGIN"_s).ok);
    const auto blocked = proberRepo.registerNumber(
        MyNumberEntry{last, PersonRole::Patient, {}, {}, {}}, secure(syntheticNumber()));
    CHECK_FALSE(blocked.registered());
    CHECK(blocked.message.startsWith(u"本日は個人番号の照合の不一致・登録済み番号の入力が上限"_s));
    REQUIRE(prober->exec(u"ROLLBACK"_s).ok);
    // The other clerk is not affected. A registration they roll back (it told them nobody
    // holds that number) leaves its lookup on record, though it counts for nothing.
    REQUIRE(clerkSession->exec(u"BEGIN"_s).ok);
    CHECK(clerkRepo
              .registerNumber(MyNumberEntry{last, PersonRole::Patient, {}, {}, {}},
                              secure(syntheticNumber()))
              .registered());
    REQUIRE(clerkSession->exec(u"ROLLBACK"_s).ok);
    CHECK(clerkRepo
              .registerNumber(MyNumberEntry{last, PersonRole::Patient, {}, {}, {}},
                              secure(syntheticNumber()))
              .registered());

    // The durable log holds every attempt and every block, whatever the transactions did.
    kohi::test::sealAuditLog(db.dba());
    auto events = [&](const TestDatabase::Staff& who, const char* action, const char* reason) {
        return scalar(db.dba(),
                      u"SELECT count(*) FROM kohi.audit_event WHERE login = $1 AND action = $2"
                      " AND outcome = 'refused' AND details->>'reason' = $3"_s,
                      {who.login.toUtf8(), QByteArray(action), QByteArray(reason)});
    };
    CHECK(events(approverStaff, "mynumber_confirm", "mismatch") == 5);
    CHECK(events(approverStaff, "mynumber_confirm", "guess_limit") == 1);
    CHECK(events(rrStaff, "mynumber_confirm", "isolation") == 1);
    CHECK(events(rrStaff, "mynumber_confirm", "mismatch") == 0);
    CHECK(events(proberStaff, "mynumber_register", "duplicate") == 5);
    CHECK(events(proberStaff, "mynumber_register", "guess_limit") == 1);
    // Every lookup of the register by number is on record: the clerk's four (the application's
    // number, the held one, the rolled-back one, the last) against three registrations.
    const auto lookups = [&](const TestDatabase::Staff& who, const char* action) {
        return scalar(db.dba(),
                      u"SELECT count(*) FROM kohi.audit_event WHERE login = $1 AND action = $2"
                      " AND outcome = 'ok'"_s,
                      {who.login.toUtf8(), QByteArray(action)});
    };
    CHECK(lookups(clerkStaff, "mynumber_register_attempt") == 4);
    CHECK(lookups(clerkStaff, "mynumber_register") == 3);
    CHECK(lookups(proberStaff, "mynumber_register_attempt") == 5); // not the blocked one

    // Monitoring raises the alerts.
    REQUIRE(db.dba().exec(u"SELECT * FROM kohi.monitor_evaluate()"_s).ok);
    auto alert = [&](const char* rule, const TestDatabase::Staff& who) {
        return scalar(db.dba(),
                      u"SELECT coalesce(max(event_count), 0) FROM kohi.monitor_alert"
                      " WHERE rule_code = $1 AND subject = $2 AND acknowledged_at IS NULL"_s,
                      {QByteArray(rule), who.login.toUtf8()});
    };
    CHECK(alert("approval_mismatch", approverStaff) == 5);
    CHECK(alert("mynumber_guess_limit", approverStaff) == 1);
    CHECK(alert("mynumber_duplicate", proberStaff) == 5);
    CHECK(alert("mynumber_guess_limit", proberStaff) == 1);
}

TEST_CASE("within one transaction the guess gate counts without waiting for the sealer, and "
          "neither a savepoint rollback nor a second session of the same person gets past it",
          "[security][mynumber][guess]")
{
    FreshDatabase db(u"kohi_mc_gate"_s);
    const auto clerkStaff = db.createStaff(u"mcf_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    const auto proberStaff = db.createStaff(u"mcf_probe"_s, {u"kohi_clerk_nanbyo"_s});
    const auto saverStaff = db.createStaff(u"mcf_save"_s, {u"kohi_clerk_nanbyo"_s});
    const auto viewer = db.createStaff(u"mcf_view"_s, {u"kohi_mynumber_viewer"_s});
    const QString pin = createKey(db, viewer);
    auto clerkSession = db.connect(clerkStaff);
    MyNumberRepository clerkRepo(*clerkSession, pin);
    const QString held = syntheticNumber();
    REQUIRE(
        clerkRepo
            .registerNumber(
                MyNumberEntry{activeRecipient(db, u"5400001"_s), PersonRole::Patient, {}, {}, {}},
                secure(held))
            .registered());
    int next = 5400100;
    auto probe = [&](MyNumberRepository& repo, const QString& number) {
        return repo.registerNumber(
            MyNumberEntry{
                activeRecipient(db, QString::number(next++)), PersonRole::Patient, {}, {}, {}},
            secure(number));
    };
    const QString limitReached = u"本日は個人番号の照合の不一致・登録済み番号の入力が上限"_s;

    // 1. The transaction's full count is made inside a savepoint that is rolled back: the gate
    //    row forgets it (and its lock). Meanwhile a second session of the same person guesses
    //    five times. The first transaction's next registration counts afresh and is refused.
    auto first = db.connect(proberStaff);
    auto second = db.connect(proberStaff);
    MyNumberRepository firstRepo(*first, pin), secondRepo(*second, pin);
    REQUIRE(first->exec(u"BEGIN"_s).ok);
    REQUIRE(first->exec(u"SAVEPOINT s"_s).ok);
    CHECK(probe(firstRepo, syntheticNumber()).registered());
    REQUIRE(first->exec(u"ROLLBACK TO SAVEPOINT s"_s).ok);
    for (int i = 0; i < 5; ++i)
        CHECK(probe(secondRepo, held).reason == u"duplicate"_s);
    const auto afterOthers = probe(firstRepo, syntheticNumber());
    CHECK_FALSE(afterOthers.registered());
    CHECK(afterOthers.message.startsWith(limitReached));
    REQUIRE(first->exec(u"ROLLBACK"_s).ok);

    // 2. In one transaction, every guess counts though each is rolled back to a savepoint: the
    //    sixth attempt is refused. (The count after the first check is the backend's own.)
    auto saver = db.connect(saverStaff);
    MyNumberRepository saverRepo(*saver, pin);
    REQUIRE(saver->exec(u"BEGIN"_s).ok);
    CHECK(probe(saverRepo, syntheticNumber()).registered());
    for (int i = 0; i < 5; ++i) {
        REQUIRE(saver->exec(u"SAVEPOINT g"_s).ok);
        CHECK(probe(saverRepo, held).reason == u"duplicate"_s);
        REQUIRE(saver->exec(u"ROLLBACK TO SAVEPOINT g"_s).ok);
    }
    const auto sixth = probe(saverRepo, syntheticNumber());
    CHECK_FALSE(sixth.registered());
    CHECK(sixth.message.startsWith(limitReached));
    REQUIRE(saver->exec(u"ROLLBACK"_s).ok);

    // Every guess is in the durable log, counted as the gate counted it.
    kohi::test::sealAuditLog(db.dba());
    for (const auto* who : {&proberStaff, &saverStaff})
        CHECK(scalar(db.dba(),
                     u"SELECT count(*) FROM kohi.audit_event WHERE login = $1"
                     " AND action = 'mynumber_register' AND outcome = 'refused'"
                     " AND details->>'reason' = 'duplicate'"_s,
                     {who->login.toUtf8()}) == 5);
}

TEST_CASE("an approver reads a recipient only while it has a submitted application or one they "
          "decided",
          "[security][approver][rls]")
{
    FreshDatabase db(u"kohi_mc_scope"_s);
    const auto clerkStaff = db.createStaff(u"mcs_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    const auto deciderStaff = db.createStaff(u"mcs_dec"_s, {u"kohi_approver"_s});
    const auto otherStaff = db.createStaff(u"mcs_oth"_s, {u"kohi_approver"_s});
    RawConnection clerk(db.name(), clerkStaff);
    RawConnection decider(db.name(), deciderStaff);
    RawConnection other(db.name(), otherStaff);

    // What an approver could learn about a recipient, through every function granted to them.
    auto sees = [](RawConnection& c, qint64 recipient, qint64 application) {
        int seen = 0;
        c.ok(u"SELECT kohi_api.recipient_get($1) AS j"_s, {num(recipient)});
        seen += !c.value(u"j"_s).isEmpty();
        c.ok(u"SELECT count(*) AS n FROM kohi_api.recipient_history($1)"_s, {num(recipient)});
        seen += c.value(u"n"_s).toInt() > 0;
        if (c.exec(u"SELECT count(*) AS n FROM kohi_api.recipient_mynumber_status($1)"_s,
                   {num(recipient)}))
            seen += c.value(u"n"_s).toInt() > 0;
        if (application) {
            c.ok(u"SELECT kohi_api.application_get($1) AS j"_s, {num(application)});
            seen += !c.value(u"j"_s).isEmpty();
            c.ok(u"SELECT count(*) AS n FROM kohi_api.application_list(NULL, NULL, NULL, NULL,"
                 " 500) WHERE id = $1"_s,
                 {num(application)});
            seen += c.value(u"n"_s).toInt();
        }
        return seen;
    };

    // A recipient in the register with no application.
    const qint64 registered = activeRecipient(db, u"5400500"_s);
    REQUIRE(db.dba()
                .exec(u"INSERT INTO kohi.recipient_history (recipient_id, programme, changed_by,"
                      " after) VALUES ($1, '54', 'migration', '{}')"_s,
                      {num(registered)})
                .ok);
    CHECK(sees(decider, registered, 0) == 0);
    CHECK(sees(clerk, registered, 0) == 3); // the clerk's group does see it

    // An application being typed: not the approvers' business yet.
    const Saved draft = save(clerk, validForm(u"スコープ"_s));
    CHECK(sees(decider, draft.recipientId, draft.id) == 0);

    // Submitted: every approver may read it, to decide it.
    const QByteArray v = submit(clerk, draft.id, draft.version);
    CHECK(sees(decider, draft.recipientId, draft.id) == 4); // no history before approval
    CHECK(sees(other, draft.recipientId, draft.id) == 4);

    // Decided: the decider keeps it (their decision, its history); the others lose it.
    decider.ok(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(draft.id), v});
    CHECK(sees(decider, draft.recipientId, draft.id) == 5);
    CHECK(sees(other, draft.recipientId, draft.id) == 0);
    CHECK(sees(clerk, draft.recipientId, draft.id) == 5);
}

TEST_CASE("history made before the upgrade counts: 0021 takes the editors from the applications "
          "and the access log",
          "[security][makerchecker][migrate]")
{
    // The database as it was before 0021, with the tamper done there.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir source(TestDatabase::instance().value(u"KOHI_SOURCE_DIR"_s) + u"/db/migrations"_s);
    for (const QString& f : source.entryList({u"*.sql"_s}, QDir::Files, QDir::Name))
        if (f < u"0021"_s)
            REQUIRE(QFile::copy(source.filePath(f), dir.filePath(f)));
    FreshDatabase db(u"kohi_mc_upgrade"_s, dir.path());
    const auto clerkStaff = db.createStaff(u"mcu_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    const auto dualStaff = dualDutyStaff(db, u"mcu_dual"_s);
    const auto otherStaff = db.createStaff(u"mcu_appr"_s, {u"kohi_approver"_s});
    qint64 id = 0;
    {
        RawConnection clerk(db.name(), clerkStaff);
        RawConnection dual(db.name(), dualStaff);
        const Saved draft = save(clerk, validForm(u"イコウ"_s));
        id = draft.id;
        QByteArray v = submit(clerk, id, draft.version);
        dual.ok(u"SELECT kohi_api.application_return($1, $2, '確認します')"_s, {num(id), v});
        const Saved tampered = save(dual, QJsonObject{{u"income_tier"_s, u"welfare"_s}}, id,
                                    QByteArray::number(v.toInt() + 1));
        const Saved resaved = save(clerk, QJsonObject{}, id, tampered.version);
        submit(clerk, id, resaved.version);
    }

    // The upgrade.
    const auto migrated = kohi::test::runAdmin({u"migrate"_s}, db.name());
    INFO(migrated.err.toStdString());
    REQUIRE(migrated.exitCode == 0);
    // The upgrade brings the terminal registry (0023): IT registers the terminals before staff
    // can work again; here the run's certificate.
    TestDatabase::registerRunTerminal(db.dba());
    RawConnection dual(db.name(), dualStaff);
    RawConnection other(db.name(), otherStaff);
    dual.ok(u"SELECT version FROM kohi_api.application_list('submitted', NULL, NULL, NULL, 10)"
            " WHERE id = $1"_s,
            {num(id)});
    const QByteArray v = dual.value(u"version"_s).toUtf8();
    CHECK_FALSE(dual.exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(id), v}));
    CHECK(dual.error().startsWith(u"この申請の過去の版を作成・変更または提出しているため"_s));
    other.ok(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(id), v});
}
