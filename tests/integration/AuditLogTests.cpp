// The access log (migration 0008): every API function writes events, the hash chain exposes
// tampering even by a superuser, nobody can change or remove events, concurrent writers leave an
// unbroken chain, the search API, retention. Tests that would disturb others use a fresh database
// in the shared test cluster.
#include "db/AuditChain.h"
#include "tests/support/FreshDatabase.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>
#include <atomic>
#include <botan/hash.h>
#include <catch2/catch.hpp>
#include <functional>
#include <iostream>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using kohi::db::PgResult;
using kohi::db::Session;
using kohi::test::FreshDatabase;
using kohi::test::runAdmin;
using kohi::test::TestDatabase;
using Run = kohi::test::AdminRun;

namespace {

QString sqlText(const PgResult& r)
{
    return r.errorMessage + u' ' + r.errorHint;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
    return f.fileName();
}

QByteArray sha256(const QByteArray& data)
{
    const auto sha = Botan::HashFunction::create_or_throw("SHA-256");
    sha->update(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size()));
    const auto d = sha->final();
    return QByteArray(reinterpret_cast<const char*>(d.data()), int(d.size()));
}

QByteArray hexParam(const QByteArray& bytes)
{
    return "\\x" + bytes.toHex();
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, '\0');
    for (int i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

// A 12-digit number with a valid My Number check digit (REFERENCE §2).
QString validMyNumber()
{
    static const int weights[11] = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    QString digits;
    int total = 0;
    for (int i = 0; i < 11; ++i) {
        const int d = QRandomGenerator::global()->bounded(i == 0 ? 1 : 0, 10);
        digits += QChar(u'0' + d);
        total += d * weights[i];
    }
    const int r = total % 11;
    digits += QChar(u'0' + (r <= 1 ? 0 : 11 - r));
    return digits;
}

} // namespace

// ------------------------------------------------------------------------------------------------
// (a) Every kohi_api function writes at least one event. Each function needs a fixture below: a
// function added without one makes this test fail, so no API can skip the access log.

namespace {

struct World
{
    FreshDatabase* db = nullptr;
    QHash<QString, TestDatabase::Staff> staff;
    QHash<QString, std::shared_ptr<Session>> sessions;
    QJsonObject form;
    qint64 appId = 0;
    int appVersion = 0;
    qint64 recipientId = 0;
    QByteArray keyId;     // 16 bytes
    QByteArray publicKey; // 32 bytes
    qint64 mynumberId = 0;
    QString mynumber; // the registered number (synthetic), for the approver's blind re-entry
    qint64 proposalId = 0;
    qint64 staffProposalId = 0; // 0024: a privileged grant, then a reset
    QString privilegedTarget;
    qint64 householdId = 0;
    int targetCounter = 0;
    qint64 renewalBatchId = 0; // 0038: a renewal batch of one recipient
    QString jukiInquiryNo;     // 0027: an inquiry, an import of its answer, the review of it
    QByteArray jukiImportId;
    qint64 cabinetId = 0; // 0034: a cabinet, a document in it
    qint64 documentId = 0;
    qint64 retentionProposalId = 0; // 0035: an end proposal, then a disposal proposal

    Session& as(const QString& who) { return *sessions.value(who); }
    QString login(const QString& who) const { return staff.value(who).login; }

    QString newTarget()
    {
        const auto t =
            db->createStaff(u"aud_tgt%1"_s.arg(++targetCounter), {u"kohi_clerk_boshi"_s});
        staff.insert(u"target%1"_s.arg(targetCounter), t);
        return t.login;
    }
};

struct Call
{
    QString who;
    QString sql;
    QList<QByteArray> params = {};
    std::function<void(World&, const PgResult&)> then = nullptr;
};

QByteArray wrappedKey(const QByteArray& keyId)
{
    // Format kohi.assert_wrapped_key() checks: version 1, Argon2id parameters at least 64 MiB,
    // t = 3, p = 1 (big-endian), key id at offset 29, 105 bytes.
    QByteArray w = randomBytes(105);
    w[0] = 1;
    w.replace(1, 12, QByteArray::fromHex("000100000000000300000001"));
    w.replace(29, 16, keyId);
    return w;
}

// Proposes as `who`, approves as `approver`, directly (setup for a fixture).
qint64 approvedKeyProposal(World& w, const QString& who, const QString& approver,
                           const QString& kind, const QString& viewer = {}, bool dropOthers = false)
{
    const PgResult proposed =
        w.as(who).exec(u"SELECT proposal_id FROM kohi_api.mynumber_key_propose($1, $2, $3, NULL)"_s,
                       {kind.toUtf8(), viewer.isEmpty() ? QByteArray() : viewer.toUtf8(),
                        dropOthers ? "true" : "false"});
    INFO(proposed.errorMessage.toStdString());
    REQUIRE(proposed.ok);
    const QByteArray id = proposed.first(u"proposal_id"_s).toByteArray();
    const PgResult approved =
        w.as(approver).exec(u"SELECT * FROM kohi_api.mynumber_key_approve($1, NULL)"_s, {id});
    INFO(approved.errorMessage.toStdString());
    REQUIRE(approved.ok);
    return id.toLongLong();
}

QByteArray envelope(const QByteArray& keyId)
{
    // A v1 Sealer envelope's shape: version 1, key id, 89 bytes.
    QByteArray e = randomBytes(89);
    e[0] = 1;
    e.replace(1, 16, keyId);
    return e;
}

QJsonObject applicationForm()
{
    const QDate today = QDate::currentDate();
    return QJsonObject{{u"family_name"_s, u"監査"_s},
                       {u"given_name"_s, u"花子"_s},
                       {u"family_name_kana"_s, u"カンサ"_s},
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

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Saves and submits an application as the clerk; returns (id, version).
// A submitted application of `kind` ('registration': for the 登録者証 alone, 0046).
std::pair<qint64, int> submittedApplication(World& w, const QByteArray& kind = "new")
{
    QJsonObject form = w.form;
    if (kind == "registration")
        form.insert(u"diagnosis_date"_s, form.value(u"received_date"_s));
    const PgResult saved =
        w.as(u"clerk"_s)
            .exec(u"SELECT id, version FROM kohi_api.application_save(NULL, NULL, '54', $2, NULL,"
                  " $1)"_s,
                  {json(form), kind});
    INFO(saved.errorMessage.toStdString());
    REQUIRE(saved.ok);
    const qint64 id = saved.first(u"id"_s).toLongLong();
    const PgResult submitted =
        w.as(u"clerk"_s)
            .exec(u"SELECT kohi_api.application_submit($1, $2) AS v"_s,
                  {QByteArray::number(id), saved.first(u"version"_s).toByteArray()});
    INFO(submitted.errorMessage.toStdString());
    REQUIRE(submitted.ok);
    return {id, submitted.first(u"v"_s).toInt()};
}

using Fixture = std::function<Call(World&)>;

// Signature (regprocedure text) → how to call it plausibly. Runs in this order (later fixtures
// use what earlier ones made).
std::vector<std::pair<QString, Fixture>> fixtures()
{
    std::vector<std::pair<QString, Fixture>> f;
    auto add = [&f](const char* signature, Fixture fixture) {
        f.emplace_back(QString::fromLatin1(signature), std::move(fixture));
    };
    // ---------------------------------------------------------------- sessions and settings
    add("kohi_api.session_begin(text)", [](World&) {
        return Call{u"clerk"_s, u"SELECT kohi_api.session_begin('audit-fixture')"_s};
    });
    add("kohi_api.unlock_attempts_left()", [](World&) {
        return Call{u"clerk"_s, u"SELECT kohi_api.unlock_attempts_left()"_s};
    });
    add("kohi_api.session_info()", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.session_info()"_s};
    });
    add("kohi_api.session_event(text)", [](World&) {
        return Call{u"clerk"_s, u"SELECT kohi_api.session_event('idle_lock')"_s};
    });
    add("kohi_api.change_password(text,text)", [](World& w) {
        const QString pw = w.staff.value(u"pw"_s).password;
        return Call{u"pw"_s,
                    u"SELECT kohi_api.change_password($1, $2)"_s,
                    {pw.toUtf8(), (pw + u"-New9!"_s).toUtf8()}};
    });
    add("kohi_api.settings_list()", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.settings_list()"_s};
    });
    add("kohi_api.setting_set(text,integer)", [](World&) {
        return Call{u"admin"_s, u"SELECT kohi_api.setting_set('idle_lock_minutes', 5)"_s};
    });
    // ---------------------------------------------------------------- user administration
    add("kohi_api.user_create(text,text,text[],text)", [](World& w) {
        // The database administrator's path only (0024): staff passwords are generated.
        const QString login = u"aud_new_%1"_s.arg(QRandomGenerator::global()->bounded(100000000));
        return Call{
            u"dba"_s,
            u"SELECT kohi_api.user_create($1, '監査 新人', ARRAY['kohi_clerk_boshi'], $2)"_s,
            {login.toUtf8(), w.as(u"dba"_s).scramSecret(login, u"Initial-Pass-2026!"_s)}};
    });
    add("kohi_api.user_create(text,text,text[])", [](World&) {
        const QString login = u"aud_gen_%1"_s.arg(QRandomGenerator::global()->bounded(100000000));
        return Call{
            u"admin"_s,
            u"SELECT * FROM kohi_api.user_create($1, '監査 新人', ARRAY['kohi_clerk_boshi'])"_s,
            {login.toUtf8()}};
    });
    add("kohi_api.user_set_duties(text,text[])", [](World& w) {
        return Call{u"admin"_s,
                    u"SELECT kohi_api.user_set_duties($1, ARRAY['kohi_clerk_nanbyo'])"_s,
                    {w.newTarget().toUtf8()}};
    });
    add("kohi_api.user_disable(text)", [](World& w) {
        const QString t = w.newTarget();
        w.staff.insert(u"disabled"_s, w.staff.value(u"target%1"_s.arg(w.targetCounter)));
        return Call{u"admin"_s, u"SELECT kohi_api.user_disable($1)"_s, {t.toUtf8()}};
    });
    add("kohi_api.user_enable(text)", [](World& w) {
        return Call{
            u"admin"_s, u"SELECT kohi_api.user_enable($1)"_s, {w.login(u"disabled"_s).toUtf8()}};
    });
    add("kohi_api.user_unlock(text)", [](World& w) {
        return Call{u"admin"_s, u"SELECT kohi_api.user_unlock($1)"_s, {w.newTarget().toUtf8()}};
    });
    add("kohi_api.user_reset_password(text)", [](World& w) {
        return Call{
            u"admin"_s, u"SELECT kohi_api.user_reset_password($1)"_s, {w.newTarget().toUtf8()}};
    });
    add("kohi_api.staff_propose_duties(text,text[],text)", [](World& w) {
        w.privilegedTarget = w.newTarget();
        return Call{u"admin"_s,
                    u"SELECT * FROM kohi_api.staff_propose_duties($1,"
                    " ARRAY['kohi_clerk_boshi','kohi_auditor'], '監査の担当替え')"_s,
                    {w.privilegedTarget.toUtf8()},
                    [](World& world, const PgResult& r) {
                        world.staffProposalId = r.first(u"proposal_id"_s).toLongLong();
                    }};
    });
    add("kohi_api.staff_proposals(boolean)", [](World&) {
        return Call{u"admin2"_s, u"SELECT * FROM kohi_api.staff_proposals(false)"_s};
    });
    add("kohi_api.staff_approve(bigint,text)", [](World& w) {
        return Call{u"admin2"_s,
                    u"SELECT * FROM kohi_api.staff_approve($1, '確認済み')"_s,
                    {QByteArray::number(w.staffProposalId)}};
    });
    add("kohi_api.staff_propose_reset(text,text)", [](World& w) {
        return Call{u"admin"_s,
                    u"SELECT * FROM kohi_api.staff_propose_reset($1, NULL)"_s,
                    {w.privilegedTarget.toUtf8()},
                    [](World& world, const PgResult& r) {
                        world.staffProposalId = r.first(u"proposal_id"_s).toLongLong();
                    }};
    });
    add("kohi_api.staff_reject(bigint,text)", [](World& w) {
        return Call{u"admin2"_s,
                    u"SELECT kohi_api.staff_reject($1, '本人確認ができない')"_s,
                    {QByteArray::number(w.staffProposalId)}};
    });
    add("kohi_api.user_list()", [](World&) {
        return Call{u"admin"_s, u"SELECT * FROM kohi_api.user_list()"_s};
    });
    // ---------------------------------------------------------------- terminal certificates
    // What kohi-admin terminal issue registers (serial, fingerprint, dates); here synthetic.
    add("kohi_api.terminal_register(text,text,text,text,timestamp with time zone,timestamp with"
        " time zone,boolean)",
        [](World&) {
            return Call{u"admin"_s,
                        u"SELECT kohi_api.terminal_register('audit-census-terminal',"
                        " upper(md5(random()::text)),"
                        " encode(sha256(random()::text::bytea), 'hex'), 'CN=audit-census-terminal',"
                        " now() - interval '1 minute', now() + interval '1 year', false)"_s};
        });
    add("kohi_api.terminal_revoke(text,text)", [](World&) {
        return Call{u"admin"_s,
                    u"SELECT * FROM kohi_api.terminal_revoke('audit-census-terminal', '試験')"_s};
    });
    add("kohi_api.terminal_approve_reveals(text,text)", [](World& w) {
        // A reveal terminal another administrator registered, waiting for the second person.
        REQUIRE(w.db->dba()
                    .exec(u"INSERT INTO kohi.terminal_certificate (terminal_id, serial,"
                          " fingerprint, subject, not_before, not_after, reveals_allowed,"
                          " registered_by) VALUES ('audit-census-reveal',"
                          " upper(md5(random()::text)), encode(sha256(random()::text::bytea),"
                          " 'hex'), 'CN=audit-census-reveal', now() - interval '1 minute',"
                          " now() + interval '1 year', true, 'another_admin')"_s)
                    .ok);
        return Call{u"admin"_s,
                    u"SELECT kohi_api.terminal_approve_reveals('audit-census-reveal', '確認')"_s};
    });
    add("kohi_api.terminal_list()", [](World&) {
        return Call{u"admin"_s, u"SELECT * FROM kohi_api.terminal_list()"_s};
    });
    // ---------------------------------------------------------------- masters and recipients
    add("kohi_api.recipient_counts()", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.recipient_counts()"_s};
    });
    add("kohi_api.masters(text)", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.masters('disease')"_s};
    });
    add("kohi_api.monthly_cap(text,text,text,date)", [](World&) {
        return Call{u"clerk"_s,
                    u"SELECT kohi_api.monthly_cap('54', 'general1', 'standard', current_date)"_s};
    });
    add("kohi_api.postcode_lookup(text)", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.postcode_lookup('5960101')"_s};
    });
    add("kohi_api.designations(date)", [](World&) {
        return Call{u"approver"_s, u"SELECT * FROM kohi_api.designations(NULL)"_s};
    });
    add("kohi_api.application_designate(bigint,integer,text,text)", [](World& w) {
        // A draft of its own and an institution in force (0037).
        REQUIRE(w.db->dba()
                    .exec(u"INSERT INTO kohi.medical_institution (code, name, kind, programmes,"
                          " designated_from, designated_to) VALUES ('2799900017', '監査病院',"
                          " '病院', ARRAY['54'], current_date - 10, current_date + 100)"
                          " ON CONFLICT DO NOTHING"_s)
                    .ok);
        const PgResult saved =
            w.as(u"clerk"_s)
                .exec(
                    u"SELECT id, version FROM kohi_api.application_save(NULL, NULL, '54', 'new', NULL, $1)"_s,
                    {json(w.form)});
        REQUIRE(saved.ok);
        return Call{u"clerk"_s,
                    u"SELECT kohi_api.application_designate($1, $2, '2799900017', NULL)"_s,
                    {saved.first(u"id"_s).toByteArray(), saved.first(u"version"_s).toByteArray()}};
    });
    add("kohi_api.application_save(bigint,integer,text,text,bigint,jsonb)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.application_save(NULL, NULL, '54', 'new', NULL, $1)"_s,
                    {json(w.form)},
                    [](World& world, const PgResult& r) {
                        world.appId = r.first(u"id"_s).toLongLong();
                        world.appVersion = r.first(u"version"_s).toInt();
                        world.recipientId = r.first(u"recipient_id"_s).toLongLong();
                    }};
    });
    add("kohi_api.application_submit(bigint,integer)", [](World& w) {
        return Call{
            u"clerk"_s,
            u"SELECT kohi_api.application_submit($1, $2) AS v"_s,
            {QByteArray::number(w.appId), QByteArray::number(w.appVersion)},
            [](World& world, const PgResult& r) { world.appVersion = r.first(u"v"_s).toInt(); }};
    });
    add("kohi_api.application_approve(bigint,integer)", [](World& w) {
        return Call{u"approver"_s,
                    u"SELECT kohi_api.application_approve($1, $2)"_s,
                    {QByteArray::number(w.appId), QByteArray::number(w.appVersion)}};
    });
    add("kohi_api.application_return(bigint,integer,text)", [](World& w) {
        const auto [id, version] = submittedApplication(w);
        return Call{u"approver"_s,
                    u"SELECT kohi_api.application_return($1, $2, '書類不足')"_s,
                    {QByteArray::number(id), QByteArray::number(version)}};
    });
    add("kohi_api.application_reject(bigint,integer,date,text,text,text)", [](World& w) {
        const auto [id, version] = submittedApplication(w);
        return Call{
            u"approver"_s,
            u"SELECT kohi_api.application_reject($1, $2, (now() AT TIME ZONE 'Asia/Tokyo')::date,"
            " 'diagnosis_not_met', '診断基準を満たさない', NULL)"_s,
            {QByteArray::number(id), QByteArray::number(version)}};
    });
    add("kohi_api.application_register(bigint,integer,date,text,text)", [](World& w) {
        const auto [id, version] = submittedApplication(w);
        return Call{
            u"approver"_s,
            u"SELECT kohi_api.application_register($1, $2, (now() AT TIME ZONE 'Asia/Tokyo')::date,"
            " '重症度分類等を満たさない', NULL)"_s,
            {QByteArray::number(id), QByteArray::number(version)}};
    });
    add("kohi_api.application_request_correction(bigint,integer,text,text)", [](World& w) {
        const auto [id, version] = submittedApplication(w);
        return Call{u"approver"_s,
                    u"SELECT kohi_api.application_request_correction($1, $2, '写しを添付', NULL)"_s,
                    {QByteArray::number(id), QByteArray::number(version)}};
    });
    add("kohi_api.application_withdraw(bigint,integer,date)", [](World& w) {
        const auto [id, version] = submittedApplication(w);
        return Call{
            u"clerk"_s,
            u"SELECT kohi_api.application_withdraw($1, $2, (now() AT TIME ZONE 'Asia/Tokyo')::date)"_s,
            {QByteArray::number(id), QByteArray::number(version)}};
    });
    add("kohi_api.application_get(bigint)", [](World& w) {
        return Call{
            u"clerk"_s, u"SELECT kohi_api.application_get($1)"_s, {QByteArray::number(w.appId)}};
    });
    // 0039: the idempotency-keyed submissions (each writes its wrapped function's event).
    add("kohi_api.application_save_once(uuid,bigint,integer,text,text,bigint,jsonb)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.application_save_once(gen_random_uuid(), NULL,"
                    " NULL, '54', 'new', NULL, $1)"_s,
                    {json(w.form)}};
    });
    add("kohi_api.application_submit_once(uuid,bigint,integer)", [](World& w) {
        const PgResult saved =
            w.as(u"clerk"_s)
                .exec(u"SELECT id, version FROM kohi_api.application_save(NULL, NULL, '54',"
                      " 'new', NULL, $1)"_s,
                      {json(w.form)});
        REQUIRE(saved.ok);
        return Call{u"clerk"_s,
                    u"SELECT kohi_api.application_submit_once(gen_random_uuid(), $1, $2)"_s,
                    {saved.first(u"id"_s).toByteArray(), saved.first(u"version"_s).toByteArray()}};
    });
    add("kohi_api.application_approve_once(uuid,bigint,integer)", [](World& w) {
        const auto [id, version] = submittedApplication(w);
        return Call{u"approver"_s,
                    u"SELECT kohi_api.application_approve_once(gen_random_uuid(), $1, $2)"_s,
                    {QByteArray::number(id), QByteArray::number(version)}};
    });
    add("kohi_api.application_return_once(uuid,bigint,integer,text)", [](World& w) {
        const auto [id, version] = submittedApplication(w);
        return Call{u"approver"_s,
                    u"SELECT kohi_api.application_return_once(gen_random_uuid(), $1, $2,"
                    " '書類不足')"_s,
                    {QByteArray::number(id), QByteArray::number(version)}};
    });
    // 0045: the decisions of 0036, keyed.
    add("kohi_api.application_reject_once(uuid,bigint,integer,date,text,text,text)", [](World& w) {
        const auto [id, version] = submittedApplication(w);
        return Call{u"approver"_s,
                    u"SELECT kohi_api.application_reject_once(gen_random_uuid(), $1, $2,"
                    " (now() AT TIME ZONE 'Asia/Tokyo')::date, 'diagnosis_not_met',"
                    " '診断基準を満たさない', NULL)"_s,
                    {QByteArray::number(id), QByteArray::number(version)}};
    });
    add("kohi_api.application_register_once(uuid,bigint,integer,date,text,text)", [](World& w) {
        const auto [id, version] = submittedApplication(w);
        return Call{u"approver"_s,
                    u"SELECT kohi_api.application_register_once(gen_random_uuid(), $1, $2,"
                    " (now() AT TIME ZONE 'Asia/Tokyo')::date, '重症度分類等を満たさない', NULL)"_s,
                    {QByteArray::number(id), QByteArray::number(version)}};
    });
    add("kohi_api.application_request_correction_once(uuid,bigint,integer,text,text)",
        [](World& w) {
            const auto [id, version] = submittedApplication(w);
            return Call{u"approver"_s,
                        u"SELECT kohi_api.application_request_correction_once(gen_random_uuid(),"
                        " $1, $2, '写しを添付', NULL)"_s,
                        {QByteArray::number(id), QByteArray::number(version)}};
        });
    add("kohi_api.application_withdraw_once(uuid,bigint,integer,date)", [](World& w) {
        const auto [id, version] = submittedApplication(w);
        return Call{u"clerk"_s,
                    u"SELECT kohi_api.application_withdraw_once(gen_random_uuid(), $1, $2,"
                    " (now() AT TIME ZONE 'Asia/Tokyo')::date)"_s,
                    {QByteArray::number(id), QByteArray::number(version)}};
    });
    // 0046: the 登録者証 of a 登録者証-only application, and its keyed variant.
    add("kohi_api.application_issue_registration(bigint,integer,text)", [](World& w) {
        const auto [id, version] = submittedApplication(w, "registration");
        return Call{u"approver"_s,
                    u"SELECT kohi_api.application_issue_registration($1, $2, NULL)"_s,
                    {QByteArray::number(id), QByteArray::number(version)}};
    });
    add("kohi_api.application_issue_registration_once(uuid,bigint,integer,text)", [](World& w) {
        const auto [id, version] = submittedApplication(w, "registration");
        return Call{u"approver"_s,
                    u"SELECT kohi_api.application_issue_registration_once(gen_random_uuid(), $1,"
                    " $2, NULL)"_s,
                    {QByteArray::number(id), QByteArray::number(version)}};
    });
    add("kohi_api.application_list(text,text,text,bigint,integer)", [](World&) {
        return Call{u"approver"_s,
                    u"SELECT * FROM kohi_api.application_list(NULL, NULL, NULL, NULL, 10)"_s};
    });
    add("kohi_api.household_save(bigint,integer,text,jsonb)", [](World&) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.household_save(NULL, NULL, '54', $1)"_s,
                    {R"({"name":"監査世帯","insurance_kind":"nhi","members":[{"name":"監査 花子",)"
                     R"("role":"patient","same_insurance":true,"insured":true,"tax_exempt":false,)"
                     R"("income_levy":80000}]})"},
                    [](World& world, const PgResult& r) {
                        world.householdId = r.first(u"id"_s).toLongLong();
                    }};
    });
    add("kohi_api.household_get(bigint)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT kohi_api.household_get($1)"_s,
                    {QByteArray::number(w.householdId)}};
    });
    add("kohi_api.household_list(text,text,integer)", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.household_list('54', '監査', 10)"_s};
    });
    add("kohi_api.monthly_cost_save(bigint,date,integer)", [](World& w) {
        return Call{
            u"clerk"_s,
            u"SELECT kohi_api.monthly_cost_save($1, date_trunc('month', current_date)::date,"
            " 60000)"_s,
            {QByteArray::number(w.recipientId)}};
    });
    add("kohi_api.monthly_cost_list(bigint)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.monthly_cost_list($1)"_s,
                    {QByteArray::number(w.recipientId)}};
    });
    add("kohi_api.recipient_search(text,text,date,text,text,bigint,integer)", [](World&) {
        return Call{
            u"clerk"_s,
            u"SELECT * FROM kohi_api.recipient_search('カンサ', NULL, NULL, NULL, NULL, NULL, 10)"_s};
    });
    add("kohi_api.recipient_get(bigint)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT kohi_api.recipient_get($1)"_s,
                    {QByteArray::number(w.recipientId)}};
    });
    add("kohi_api.recipient_history(bigint)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.recipient_history($1)"_s,
                    {QByteArray::number(w.recipientId)}};
    });
    // ---------------------------------------------------------------- My Number
    add("kohi_api.mynumber_key_create(bytea,text,bytea)", [](World& w) {
        w.publicKey = randomBytes(32);
        w.keyId = sha256(w.publicKey).left(16);
        return Call{
            u"viewer"_s,
            u"SELECT * FROM kohi_api.mynumber_key_create($1::bytea, $2, $3::bytea)"_s,
            {hexParam(w.publicKey), w.login(u"viewer"_s).toUtf8(), hexParam(wrappedKey(w.keyId))}};
    });
    add("kohi_api.mynumber_public_key()", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.mynumber_public_key()"_s};
    });
    add("kohi_api.mynumber_eligibility(bigint,date)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.mynumber_eligibility($1, current_date)"_s,
                    {QByteArray::number(w.recipientId)}};
    });
    add("kohi_api.mynumber_register(bigint,text,text,text,date,uuid,text,bytea,text,text,date)",
        [](World& w) {
            w.mynumber = validMyNumber();
            return Call{u"clerk"_s,
                        u"SELECT * FROM kohi_api.mynumber_register($1, 'patient', NULL, NULL,"
                        " current_date, $2::uuid, $3, $4::bytea, $5)"_s,
                        {QByteArray::number(w.recipientId),
                         QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(),
                         // No envelope: the server seals the number itself (0025).
                         w.keyId.toHex(), QByteArray(), w.mynumber.toLatin1()},
                        [](World& world, const PgResult& r) {
                            INFO(r.first(u"message"_s).toString().toStdString());
                            CHECK(r.first(u"outcome"_s).toString() == u"ok"_s);
                            world.mynumberId = r.first(u"mynumber_id"_s).toLongLong();
                        }};
        });
    add("kohi_api.recipient_mynumber_status(bigint)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.recipient_mynumber_status($1)"_s,
                    {QByteArray::number(w.recipientId)}};
    });
    add("kohi_api.mynumber_pending(bigint)", [](World& w) {
        return Call{u"approver"_s,
                    u"SELECT * FROM kohi_api.mynumber_pending($1)"_s,
                    {QByteArray::number(w.appId)}};
    });
    add("kohi_api.mynumber_confirm(bigint,text)", [](World& w) {
        return Call{u"approver"_s,
                    u"SELECT * FROM kohi_api.mynumber_confirm($1, $2)"_s,
                    {QByteArray::number(w.mynumberId), w.mynumber.toLatin1()},
                    [](World&, const PgResult& r) {
                        CHECK(r.first(u"outcome"_s).toString() == u"confirmed"_s);
                    }};
    });
    add("kohi_api.mynumber_reveal_reasons()", [](World&) {
        return Call{u"viewer"_s, u"SELECT * FROM kohi_api.mynumber_reveal_reasons()"_s};
    });
    add("kohi_api.mynumber_reveal(bigint,text,text)", [](World& w) {
        return Call{u"viewer"_s,
                    u"SELECT * FROM kohi_api.mynumber_reveal($1, 'identity', NULL)"_s,
                    {QByteArray::number(w.mynumberId)}};
    });
    add("kohi_api.mynumber_reveal_check(bigint,text)", [](World& w) {
        // Right after the reveal above: the number the viewer's client opened.
        return Call{u"viewer"_s,
                    u"SELECT * FROM kohi_api.mynumber_reveal_check($1, $2)"_s,
                    {QByteArray::number(w.mynumberId), w.mynumber.toLatin1()},
                    [](World&, const PgResult& r) {
                        CHECK(r.first(u"outcome"_s).toString() == u"match"_s);
                    }};
    });
    add("kohi_api.mynumber_holder_search(text,text,date)", [](World&) {
        return Call{
            u"viewer"_s,
            u"SELECT * FROM kohi_api.mynumber_holder_search(NULL, 'カンサ', '1970-05-05')"_s,
            {},
            [](World& world, const PgResult& r) {
                REQUIRE(r.rows.size() == 1);
                CHECK(r.first(u"mynumber_id"_s).toLongLong() == world.mynumberId);
            }};
    });
    add("kohi_api.mynumber_my_wrapped_key()", [](World&) {
        return Call{u"viewer"_s, u"SELECT * FROM kohi_api.mynumber_my_wrapped_key()"_s};
    });
    add("kohi_api.mynumber_key_propose(text,text,boolean,text)", [](World& w) {
        return Call{u"viewer"_s,
                    u"SELECT * FROM kohi_api.mynumber_key_propose('enrol', $1, false, '増員')"_s,
                    {w.login(u"viewer2"_s).toUtf8()},
                    [](World& world, const PgResult& r) {
                        world.proposalId = r.first(u"proposal_id"_s).toLongLong();
                    }};
    });
    add("kohi_api.mynumber_key_proposals(boolean)", [](World&) {
        return Call{u"admin"_s, u"SELECT * FROM kohi_api.mynumber_key_proposals(true)"_s};
    });
    add("kohi_api.mynumber_key_approve(bigint,text)", [](World& w) {
        return Call{u"admin"_s,
                    u"SELECT * FROM kohi_api.mynumber_key_approve($1, '確認済み')"_s,
                    {QByteArray::number(w.proposalId)}};
    });
    add("kohi_api.mynumber_key_enrol(text,text,bytea)", [](World& w) {
        return Call{
            u"viewer"_s,
            u"SELECT kohi_api.mynumber_key_enrol($1, $2, $3::bytea)"_s,
            {w.keyId.toHex(), w.login(u"viewer2"_s).toUtf8(), hexParam(wrappedKey(w.keyId))}};
    });
    add("kohi_api.mynumber_key_list()", [](World&) {
        return Call{u"admin"_s, u"SELECT * FROM kohi_api.mynumber_key_list()"_s};
    });
    add("kohi_api.mynumber_key_remove(text)", [](World& w) {
        approvedKeyProposal(w, u"admin"_s, u"viewer"_s, u"remove"_s, w.login(u"viewer2"_s));
        return Call{u"admin"_s,
                    u"SELECT kohi_api.mynumber_key_remove($1)"_s,
                    {w.login(u"viewer2"_s).toUtf8()}};
    });
    add("kohi_api.mynumber_rotation_envelopes()", [](World& w) {
        approvedKeyProposal(w, u"viewer"_s, u"viewer2"_s, u"rotate"_s);
        return Call{u"viewer"_s, u"SELECT * FROM kohi_api.mynumber_rotation_envelopes()"_s};
    });
    add("kohi_api.mynumber_key_rotate(bytea,bytea,bigint[],bytea[])", [](World& w) {
        // A new approval (the one above was used once); the hand-out in the same statement.
        approvedKeyProposal(w, u"viewer"_s, u"admin"_s, u"rotate"_s);
        const QByteArray pub = randomBytes(32);
        const QByteArray kid = sha256(pub).left(16);
        return Call{u"viewer"_s,
                    u"SELECT * FROM kohi_api.mynumber_key_rotate($1::bytea, $2::bytea,"
                    " ARRAY(SELECT mynumber_id FROM kohi_api.mynumber_rotation_envelopes()),"
                    " ARRAY[$3::bytea])"_s,
                    {hexParam(pub), hexParam(wrappedKey(kid)), hexParam(envelope(kid))}};
    });
    add("kohi_api.mynumber_key_reject(bigint,text)", [](World& w) {
        const PgResult proposed =
            w.as(u"viewer"_s)
                .exec(
                    u"SELECT proposal_id FROM kohi_api.mynumber_key_propose('enrol', $1, false, NULL)"_s,
                    {w.login(u"viewer2"_s).toUtf8()});
        INFO(proposed.errorMessage.toStdString());
        REQUIRE(proposed.ok);
        return Call{u"admin"_s,
                    u"SELECT kohi_api.mynumber_key_reject($1, '不要')"_s,
                    {proposed.first(u"proposal_id"_s).toByteArray()}};
    });
    // ---------------------------------------------------------------- the access log itself
    add("kohi_api.my_audit_history(timestamp with time zone,timestamp with time "
        "zone,text,bigint,integer)",
        [](World&) {
            return Call{u"clerk"_s,
                        u"SELECT * FROM kohi_api.my_audit_history(NULL, NULL, NULL, NULL, 20)"_s};
        });
    add("kohi_api.audit_search(timestamp with time zone,timestamp with time "
        "zone,text,text,text,text,text,text,bigint,integer)",
        [](World& w) {
            return Call{u"auditor"_s,
                        u"SELECT * FROM kohi_api.audit_search(now() - interval '1 day', NULL, $1,"
                        " NULL, NULL, NULL, NULL, NULL, NULL, 20)"_s,
                        {w.login(u"clerk"_s).toUtf8()}};
        });
    add("kohi_api.audit_export_record(jsonb,integer)", [](World& w) {
        return Call{u"auditor"_s,
                    u"SELECT kohi_api.audit_export_record($1::jsonb, 3)"_s,
                    {(u"{\"login\": \""_s + w.login(u"clerk"_s) + u"\"}"_s).toUtf8()}};
    });
    add("kohi_api.audit_head()", [](World&) {
        return Call{u"auditor"_s, u"SELECT * FROM kohi_api.audit_head()"_s};
    });
    add("kohi_api.audit_verify(bigint,text,timestamp with time zone)", [](World&) {
        return Call{u"auditor"_s, u"SELECT * FROM kohi_api.audit_verify(NULL, NULL, NULL)"_s};
    });
    add("kohi_api.audit_check_head(bigint,text,timestamp with time zone)", [](World& w) {
        const PgResult h = w.db->dba().exec(
            u"SELECT chain_seq, encode(hash, 'hex') AS h, at::text AS at FROM kohi.audit_event"
            " ORDER BY at, chain_seq LIMIT 1"_s);
        REQUIRE(h.ok);
        return Call{u"auditor"_s,
                    u"SELECT * FROM kohi_api.audit_check_head($1, $2, $3::timestamptz)"_s,
                    {h.first(u"chain_seq"_s).toByteArray(), h.first(u"h"_s).toByteArray(),
                     h.first(u"at"_s).toByteArray()}};
    });
    // Monitoring (0017): rules, the alert list, acknowledgement, per-day counts.
    add("kohi_api.monitor_status()", [](World&) {
        return Call{u"auditor"_s, u"SELECT * FROM kohi_api.monitor_status()"_s};
    });
    add("kohi_api.monitor_rules()", [](World&) {
        return Call{u"admin"_s, u"SELECT * FROM kohi_api.monitor_rules()"_s};
    });
    add("kohi_api.monitor_rule_set(text,boolean,integer,integer,time without time zone,time "
        "without time zone)",
        [](World&) {
            return Call{u"auditor"_s,
                        u"SELECT kohi_api.monitor_rule_set('failed_logins', true, 3, NULL, NULL,"
                        " NULL)"_s};
        });
    add("kohi_api.monitor_alerts(boolean,integer)", [](World&) {
        return Call{u"admin"_s, u"SELECT * FROM kohi_api.monitor_alerts(false, 50)"_s};
    });
    add("kohi_api.monitor_acknowledge(bigint,text)", [](World& w) {
        // Three failed logins of some account raise an alert for the administrator to close.
        const QString target = w.newTarget();
        for (int i = 0; i < 3; ++i)
            kohi::test::appendAuditEvent(w.db->dba(), target, u"login_failed"_s, u"refused"_s);
        REQUIRE(w.db->dba().exec(u"SELECT * FROM kohi.monitor_evaluate()"_s).ok);
        const PgResult a = w.db->dba().exec(
            u"SELECT id FROM kohi.monitor_alert WHERE rule_code = 'failed_logins' AND subject = $1"_s,
            {target.toUtf8()});
        REQUIRE(a.rows.size() == 1);
        return Call{u"admin"_s,
                    u"SELECT kohi_api.monitor_acknowledge($1::bigint, '本人に確認済み')"_s,
                    {a.first(u"id"_s).toByteArray()}};
    });
    add("kohi_api.monitor_daily_counts(date,date)", [](World&) {
        return Call{
            u"auditor"_s,
            u"SELECT * FROM kohi_api.monitor_daily_counts(current_date - 6, current_date)"_s};
    });
    // 住基ネット inquiries and import (0027): an inquiry, the answer "not found", its review.
    add("kohi_api.juki_inquiry_create(bigint,text)", [](World& w) {
        const PgResult r = w.db->dba().exec(
            u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
            " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code,"
            " synthetic) VALUES ('54', '7777777', '照会', '一郎', 'ショウカイ', 'イチロウ',"
            " '1970-01-01', 1, '大阪府', '272043', true) RETURNING id"_s);
        REQUIRE(r.ok);
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.juki_inquiry_create($1, 'blank')"_s,
                    {r.first(u"id"_s).toByteArray()},
                    [](World& world, const PgResult& created) {
                        world.jukiInquiryNo = created.first(u"inquiry_no"_s).toString();
                    }};
    });
    add("kohi_api.juki_inquiries(text,boolean)", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.juki_inquiries('open', true)"_s};
    });
    add("kohi_api.juki_import_begin(bytea,text,text)", [](World&) {
        return Call{
            u"clerk"_s,
            u"SELECT * FROM kohi_api.juki_import_begin(sha256('census'), 'a.csv', 'UTF-8')"_s,
            {},
            [](World& world, const PgResult& begun) {
                CHECK(begun.first(u"outcome"_s).toString() == u"ok"_s);
                world.jukiImportId = begun.first(u"import_id"_s).toByteArray();
            }};
    });
    add("kohi_api.juki_import_match(bigint,jsonb)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.juki_import_match($1, $2::jsonb)"_s,
                    {w.jukiImportId, (u"[{\"line\": 2, \"inquiry_no\": \""_s + w.jukiInquiryNo +
                                      u"\", \"result\": \"10\"}]"_s)
                                         .toUtf8()},
                    [](World&, const PgResult& matched) {
                        CHECK(matched.first(u"outcome"_s).toString() == u"NOT_FOUND"_s);
                    }};
    });
    add("kohi_api.juki_import_staged(bigint,jsonb)", [](World& w) {
        return Call{
            u"clerk"_s, u"SELECT kohi_api.juki_import_staged($1, '[]')"_s, {w.jukiImportId}};
    });
    add("kohi_api.juki_import_finish(bigint)", [](World& w) {
        return Call{
            u"clerk"_s, u"SELECT * FROM kohi_api.juki_import_finish($1)"_s, {w.jukiImportId}};
    });
    add("kohi_api.juki_review_list()", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.juki_review_list()"_s};
    });
    add("kohi_api.juki_review_resolve(bigint,integer,text,text)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.juki_review_resolve($1, 2, 'reissue', '再照会')"_s,
                    {w.jukiImportId}};
    });
    // 一斉更新, statistics and exports (0038).
    add("kohi_api.municipality_health_centres(date)", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.municipality_health_centres(NULL)"_s};
    });
    add("kohi_api.renewal_batch_create(text,date,date,date,integer)", [](World& w) {
        REQUIRE(w.db->dba()
                    .exec(u"INSERT INTO kohi.application (programme, recipient_id, kind, state,"
                          " received_date, valid_from, valid_to, decided_by, decided_at)"
                          " VALUES ('54', $1, 'new', 'approved', '2031-01-05', '2031-01-01',"
                          " '2031-12-31', 'census', now())"_s,
                          {QByteArray::number(w.recipientId)})
                    .ok);
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.renewal_batch_create('54', '2031-12-31', '2031-10-01',"
                    " '2031-11-30', 10)"_s,
                    {},
                    [](World& world, const PgResult& r) {
                        CHECK(r.first(u"recipients"_s).toInt() == 1);
                        world.renewalBatchId = r.first(u"batch_id"_s).toLongLong();
                    }};
    });
    add("kohi_api.renewal_batch_status(bigint)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.renewal_batch_status($1)"_s,
                    {QByteArray::number(w.renewalBatchId)}};
    });
    add("kohi_api.renewal_notice_claim(bigint)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.renewal_notice_claim($1)"_s,
                    {QByteArray::number(w.renewalBatchId)}};
    });
    add("kohi_api.renewal_notice_done(bigint,integer,text)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT kohi_api.renewal_notice_done($1, 1, 'census.pdf')"_s,
                    {QByteArray::number(w.renewalBatchId)}};
    });
    add("kohi_api.renewal_batch_items(bigint,text,integer,integer)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.renewal_batch_items($1, 'all', 0, 10)"_s,
                    {QByteArray::number(w.renewalBatchId)}};
    });
    add("kohi_api.renewal_certificates_printed(bigint,integer[])", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT kohi_api.renewal_certificates_printed($1, '{}')"_s,
                    {QByteArray::number(w.renewalBatchId)}};
    });
    add("kohi_api.renewal_batch_cancel(bigint,text)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT kohi_api.renewal_batch_cancel($1, '監査の確認')"_s,
                    {QByteArray::number(w.renewalBatchId)}};
    });
    add("kohi_api.renewal_batch_resume(bigint)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT kohi_api.renewal_batch_resume($1)"_s,
                    {QByteArray::number(w.renewalBatchId)}};
    });
    add("kohi_api.register_statistics(date)", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.register_statistics(current_date)"_s};
    });
    add("kohi_api.recipient_export(text,text,date,text,text[])", [](World&) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.recipient_export('カンサ', NULL, NULL, NULL,"
                    " ARRAY['recipient_number', 'name'])"_s};
    });
    // Last: the holder search and the key rotation above count the numbers registered.
    add("kohi_api.mynumber_register_once(uuid,bigint,text,text,text,date,uuid,text,bytea,text,text,"
        "date)",
        [](World& w) {
            const QByteArray ref = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
            return Call{u"clerk"_s,
                        u"SELECT * FROM kohi_api.mynumber_register_once($2::uuid, $1,"
                        " 'household', '監査 次郎', '父', current_date, $2::uuid, $3,"
                        " $4::bytea, $5)"_s,
                        {QByteArray::number(w.recipientId), ref, w.keyId.toHex(), QByteArray(),
                         validMyNumber().toLatin1()}};
        });
    // 0043: an accepted line of the clerk's own open import, its number registered in bulk.
    add("kohi_api.juki_import_register(bigint,text,integer[],text[])", [](World& w) {
        const PgResult r = w.db->dba().exec(
            u"WITH r AS (INSERT INTO kohi.recipient (programme, recipient_number, family_name,"
            "   given_name, family_name_kana, given_name_kana, birth_date, sex, address,"
            "   municipality_code, synthetic) VALUES ('54', '7777778', '一括', '二郎', 'イッカツ',"
            "   'ジロウ', '1971-02-02', 1, '大阪府', '272043', true) RETURNING id),"
            " q AS (INSERT INTO kohi.juki_inquiry (inquiry_no, recipient_id, programme, reason,"
            "   created_by) SELECT 'CENSUS-BULK', id, '54', 'blank', $1 FROM r RETURNING id),"
            " i AS (INSERT INTO kohi.juki_import (file_sha256, programmes, imported_by)"
            "   VALUES (sha256('census bulk'), '{54}', $1) RETURNING id)"
            " INSERT INTO kohi.juki_import_row (import_id, line, inquiry_no, inquiry_id,"
            "   programmes, outcome) SELECT i.id, 2, 'CENSUS-BULK', q.id, '{54}', 'ACCEPT'"
            " FROM i, q RETURNING import_id,"
            " (SELECT encode(key_id, 'hex') FROM kohi.mynumber_key WHERE status = 'active') AS key"_s,
            {w.login(u"clerk"_s).toUtf8()});
        REQUIRE(r.ok);
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.juki_import_register($1, $2, '{2}', ARRAY[$3])"_s,
                    {r.first(u"import_id"_s).toByteArray(), r.first(u"key"_s).toByteArray(),
                     validMyNumber().toLatin1()},
                    [](World&, const PgResult& registered) {
                        CHECK(registered.first(u"outcome"_s).toString() == u"ACCEPT"_s);
                    }};
    });
    // ---------------------------------------------------------------- evidence custody (0034)
    add("kohi_api.evidence_area_classes()", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.evidence_area_classes()"_s};
    });
    add("kohi_api.evidence_cabinet_register(text,text,text)", [](World&) {
        return Call{u"approver"_s,
                    u"SELECT kohi_api.evidence_cabinet_register('監査書庫', '3階 書庫',"
                    " 'staff_only') AS id"_s,
                    {},
                    [](World& world, const PgResult& r) {
                        world.cabinetId = r.first(u"id"_s).toLongLong();
                    }};
    });
    add("kohi_api.evidence_cabinets(boolean)", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.evidence_cabinets(false)"_s};
    });
    add("kohi_api.evidence_register(bigint,bigint,text,text,date,bigint)", [](World& w) {
        return Call{
            u"clerk"_s,
            u"SELECT kohi_api.evidence_register($1, NULL, 'mynumber', '個人番号カードの写し',"
            " current_date, $2) AS id"_s,
            {QByteArray::number(w.recipientId), QByteArray::number(w.cabinetId)},
            [](World& world, const PgResult& r) {
                world.documentId = r.first(u"id"_s).toLongLong();
            }};
    });
    add("kohi_api.evidence_documents(bigint,bigint,boolean)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.evidence_documents($1, NULL)"_s,
                    {QByteArray::number(w.recipientId)}};
    });
    add("kohi_api.evidence_check_out(bigint,text)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT kohi_api.evidence_check_out($1, '複写のため')"_s,
                    {QByteArray::number(w.documentId)}};
    });
    add("kohi_api.evidence_return(bigint,bigint,text)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT kohi_api.evidence_return($1, NULL, '複写済み')"_s,
                    {QByteArray::number(w.documentId)}};
    });
    add("kohi_api.evidence_history(bigint)", [](World& w) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.evidence_history($1)"_s,
                    {QByteArray::number(w.documentId)}};
    });
    add("kohi_api.evidence_cabinet_retire(bigint)", [](World&) {
        return Call{u"approver"_s,
                    u"SELECT kohi_api.evidence_cabinet_retire(kohi_api.evidence_cabinet_register("
                    "'使わない棚', '2階 倉庫', 'staff_only'))"_s};
    });
    // End of eligibility and disposal (0035): an end proposed and approved, a disposal of a
    // recipient ended long ago proposed and rejected, the due list and the records.
    add("kohi_api.recipient_end_propose(bigint,text,date,text)", [](World& w) {
        const PgResult r = w.db->dba().exec(
            u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
            " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code,"
            " synthetic) VALUES ('54', '7777781', '終了', '一郎', 'シュウリョウ', 'イチロウ',"
            " '1970-01-01', 1, '大阪府', '272043', true) RETURNING id"_s);
        REQUIRE(r.ok);
        return Call{u"clerk"_s,
                    u"SELECT kohi_api.recipient_end_propose($1, 'death', current_date - 1,"
                    " '死亡届')"_s,
                    {r.first(u"id"_s).toByteArray()},
                    [](World& world, const PgResult& proposed) {
                        world.retentionProposalId = proposed.rows.value(0).value(0).toLongLong();
                    }};
    });
    add("kohi_api.retention_proposals(boolean)", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.retention_proposals(true)"_s};
    });
    add("kohi_api.retention_proposal_approve(bigint,text)", [](World& w) {
        return Call{u"approver"_s,
                    u"SELECT * FROM kohi_api.retention_proposal_approve($1, NULL)"_s,
                    {QByteArray::number(w.retentionProposalId)}};
    });
    add("kohi_api.disposal_propose(bigint,integer,text,text)", [](World& w) {
        const PgResult r = w.db->dba().exec(
            u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
            " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code,"
            " synthetic, status, ended_on, end_reason) VALUES ('54', '7777782', '廃棄', '一郎',"
            " 'ハイキ', 'イチロウ', '1940-01-01', 1, '大阪府', '272043', true, 'ended',"
            " '2010-01-01', 'death') RETURNING id"_s);
        REQUIRE(r.ok);
        return Call{u"clerk"_s,
                    u"SELECT kohi_api.disposal_propose($1, 0, NULL, '保存期間満了')"_s,
                    {r.first(u"id"_s).toByteArray()},
                    [](World& world, const PgResult& proposed) {
                        world.retentionProposalId = proposed.rows.value(0).value(0).toLongLong();
                    }};
    });
    add("kohi_api.retention_due(date)", [](World&) {
        return Call{u"clerk"_s, u"SELECT * FROM kohi_api.retention_due(NULL)"_s};
    });
    add("kohi_api.retention_proposal_reject(bigint,text)", [](World& w) {
        return Call{u"approver"_s,
                    u"SELECT kohi_api.retention_proposal_reject($1, '書類の確認が必要')"_s,
                    {QByteArray::number(w.retentionProposalId)}};
    });
    add("kohi_api.disposal_records(date,date,bigint)", [](World&) {
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.disposal_records(current_date - 30, current_date,"
                    " NULL)"_s};
    });
    // 0047: the register's papers of a disposal (a record written by the administrator here).
    add("kohi_api.disposal_record_documents(bigint)", [](World& w) {
        const PgResult r = w.db->dba().exec(
            u"WITH r AS (INSERT INTO kohi.recipient (programme, recipient_number, family_name,"
            "   given_name, family_name_kana, given_name_kana, birth_date, sex, address,"
            "   municipality_code, synthetic, status, ended_on, end_reason) VALUES ('54',"
            "   '7777783', '廃棄', '二郎', 'ハイキ', 'ジロウ', '1940-01-01', 1, '大阪府', '272043',"
            "   true, 'ended', '2010-01-01', 'death') RETURNING id),"
            " p AS (INSERT INTO kohi.retention_proposal (kind, recipient_id, programme,"
            "   papers_destroyed, reason, proposed_by, status, decided_by, decided_at)"
            "   SELECT 'dispose', id, '54', 0, '保存期間満了', 'someone', 'approved', 'kohi_dba',"
            "   now() FROM r RETURNING id, recipient_id)"
            " INSERT INTO kohi.disposal_record (proposal_id, recipient_id, programme,"
            "   recipient_name, ended_on, end_reason, retention_until, numbers_erased,"
            "   papers_destroyed, reason, proposed_by, proposed_at, approved_by)"
            " SELECT p.id, p.recipient_id, '54', '廃棄　二郎', '2010-01-01', 'death',"
            "   '2015-01-01', 0, 0, '保存期間満了', 'someone', now(), 'kohi_dba' FROM p"
            " RETURNING id"_s);
        REQUIRE(r.ok);
        return Call{u"clerk"_s,
                    u"SELECT * FROM kohi_api.disposal_record_documents($1)"_s,
                    {r.first(u"id"_s).toByteArray()}};
    });
    return f;
}

} // namespace

TEST_CASE("every kohi_api function writes at least one access-log event", "[audit][api]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_audit_every_api"_s);
    World w;
    w.db = &db;
    w.form = applicationForm();
    const QList<std::pair<QString, QStringList>> roles{
        {u"clerk"_s, {u"kohi_clerk_nanbyo"_s}},     {u"approver"_s, {u"kohi_approver"_s}},
        {u"viewer"_s, {u"kohi_mynumber_viewer"_s}}, {u"viewer2"_s, {u"kohi_mynumber_viewer"_s}},
        {u"auditor"_s, {u"kohi_auditor"_s}},        {u"admin"_s, {u"kohi_user_admin"_s}},
        {u"admin2"_s, {u"kohi_user_admin"_s}},      {u"pw"_s, {u"kohi_clerk_boshi"_s}}};
    for (const auto& [who, duties] : roles) {
        const auto s = db.createStaff(u"aud_"_s + who, duties);
        w.staff.insert(who, s);
        w.sessions.insert(who, std::shared_ptr<Session>(db.connect(s).release()));
        // The client declares its terminal first (My Number reveal requires one).
        REQUIRE(w.as(who)
                    .exec(u"SELECT kohi_api.session_begin($1)"_s, {(u"aud-term-"_s + who).toUtf8()})
                    .ok);
    }
    // The database administrator (its own session; the FreshDatabase keeps it alive).
    w.staff.insert(u"dba"_s, TestDatabase::Staff{u"kohi_dba"_s, {}});
    w.sessions.insert(u"dba"_s, std::shared_ptr<Session>(&db.dba(), [](Session*) {}));

    const PgResult procs =
        db.dba().exec(u"SELECT p.oid::regprocedure::text AS sig FROM pg_proc p"
                      " WHERE p.pronamespace = 'kohi_api'::regnamespace ORDER BY 1"_s);
    REQUIRE(procs.ok);
    QStringList functions;
    for (int i = 0; i < procs.rows.size(); ++i)
        functions << procs.value(i, u"sig"_s).toString();
    REQUIRE(functions.size() >= 10);

    const auto table = fixtures();
    QStringList withFixture;
    QStringList silent;
    QStringList failed;
    for (const auto& [signature, fixture] : table) {
        withFixture << signature;
        if (!functions.contains(signature)) {
            WARN("fixture for a function that no longer exists: " << signature.toStdString());
            continue;
        }
        const Call call = fixture(w);
        Session& s = w.as(call.who);
        const qint64 before = db.headSeq();
        REQUIRE(s.exec(u"BEGIN"_s).ok);
        const PgResult r = s.exec(call.sql, call.params);
        if (!r.ok) {
            s.exec(u"ROLLBACK"_s);
            failed << signature + u": "_s + sqlText(r);
            continue;
        }
        REQUIRE(s.exec(u"COMMIT"_s).ok);
        if (call.then)
            call.then(w, r);
        // A change's event is linked into the chain by the sealer after the commit: seal what
        // is waiting before reading the chain (reads and refusals are already in it).
        const qint64 after = db.headSeq();
        const PgResult written = db.dba().exec(
            u"SELECT count(*) AS n, string_agg(DISTINCT action, ',') AS actions"
            " FROM kohi.audit_event WHERE chain_seq > $1 AND chain_seq <= $3"
            "   AND login = $2"_s,
            {QByteArray::number(before), w.login(call.who).toUtf8(), QByteArray::number(after)});
        REQUIRE(written.ok);
        if (written.first(u"n"_s).toInt() < 1)
            silent << signature;
    }
    QStringList missing;
    for (const QString& f : functions)
        if (!withFixture.contains(f))
            missing << f;

    {
        INFO("kohi_api functions without a fixture in AuditLogTests.cpp (add one: every API"
             " function must be shown to write the access log):\n  "
             << missing.join(u"\n  "_s).toStdString());
        CHECK(missing.isEmpty());
    }
    {
        INFO("fixtures whose call failed:\n  " << failed.join(u"\n  "_s).toStdString());
        CHECK(failed.isEmpty());
    }
    {
        INFO("kohi_api functions that wrote no access-log event:\n  "
             << silent.join(u"\n  "_s).toStdString());
        CHECK(silent.isEmpty());
    }

    // And everything they wrote is one intact chain.
    const auto verified = kohi::db::AuditChain(db.dba()).verifyOnClient();
    INFO(verified.problem.toStdString() << verified.message.toStdString());
    CHECK(verified.intact);
}

// ------------------------------------------------------------------------------------------------
// (b) Tampering, even by a superuser who disables the triggers, is found at exactly that event.

TEST_CASE("verification names the exact event a superuser tampered with", "[audit][tamper]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_audit_tamper"_s);
    Session& dba = db.dba();
    for (int i = 1; i <= 30; ++i)
        REQUIRE(
            dba.exec(
                   u"SELECT kohi.audit('tamper_probe', $1, 'ok', jsonb_build_object('i', $2::int))"_s,
                   {u"recipient:%1"_s.arg(i).toUtf8(), QByteArray::number(i)})
                .ok);
    const auto auditor = db.createStaff(u"aud_tamper"_s, {u"kohi_auditor"_s});
    const QList<std::pair<QString, QString>> asAuditor{{u"PGUSER"_s, auditor.login},
                                                       {u"PGPASSWORD"_s, auditor.password},
                                                       {u"PGPASSFILE"_s, u"/nonexistent"_s}};
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    // The auditor exports the head and keeps it outside the database.
    const Run head = runAdmin({u"audit"_s, u"head"_s}, db.name(), asAuditor);
    INFO(head.err.toStdString());
    REQUIRE(head.exitCode == 0);
    const QString headFile = writeFile(dir, u"head.txt"_s, head.out);
    const auto kept = kohi::db::AuditChainPoint::fromLine(head.out);
    REQUIRE(kept);
    CHECK(kept->database == db.name());
    {
        // What was exported is the chain's head at that moment: an event of the chain (same
        // hash) after every probe logged before the export.
        const PgResult at = dba.exec(
            u"SELECT (SELECT max(chain_seq) FROM kohi.audit_event WHERE action = 'tamper_probe')"
            "   AS probes,"
            " (SELECT encode(hash, 'hex') FROM kohi.audit_event WHERE chain_seq = $1) AS hash"_s,
            {QByteArray::number(kept->seq)});
        REQUIRE(at.ok);
        INFO("exported head: seq " << kept->seq << ", hash " << kept->hash.toHex().toStdString());
        CHECK(kept->seq >= at.first(u"probes"_s).toLongLong());
        CHECK(at.first(u"hash"_s).toString().toLatin1() == kept->hash.toHex());
    }

    auto verify = [&](const QStringList& extra = {},
                      const QList<std::pair<QString, QString>>& who = {}) {
        return runAdmin(QStringList{u"audit"_s, u"verify"_s} + extra, db.name(), who);
    };
    {
        const Run client = verify({u"--client"_s});
        INFO(client.out.toStdString() << client.err.toStdString());
        CHECK(client.exitCode == 0);
        CHECK(client.out.contains(u"完全です"_s));
        const Run server = verify({}, asAuditor);
        INFO(server.out.toStdString() << server.err.toStdString());
        CHECK(server.exitCode == 0);
        CHECK(server.out.contains(u"サーバーで再計算"_s));
        CHECK(verify({u"--head"_s, headFile}).exitCode == 0);
    }

    auto atOf = [&](int seq) {
        const PgResult r = dba.exec(
            u"SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS t"
            " FROM kohi.audit_event WHERE chain_seq = $1"_s,
            {QByteArray::number(seq)});
        REQUIRE(r.ok);
        return r.first(u"t"_s).toString();
    };
    auto superuser = [&](const QString& sql) {
        const PgResult r = dba.exec(sql);
        INFO(sql.toStdString() << " -> " << r.errorMessage.toStdString());
        REQUIRE(r.ok);
    };
    // The superuser's changes in one transaction, with nothing waiting to be linked and the
    // chain head locked first: the sealer worker (which takes the same lock) links nothing
    // while the chain is being rewritten, and links what comes later to the rewritten head.
    auto tamper = [&](const QStringList& statements) {
        kohi::test::sealAuditLog(dba);
        superuser(u"BEGIN"_s);
        superuser(u"SELECT seq FROM kohi_audit.chain_head FOR UPDATE"_s);
        for (const QString& sql : statements)
            superuser(sql);
        superuser(u"COMMIT"_s);
    };

    SECTION("changed details: found at that event by the client, the server and SQL")
    {
        const int seq = 17;
        tamper({u"ALTER TABLE kohi.audit_event DISABLE TRIGGER audit_event_no_update"_s,
                u"UPDATE kohi.audit_event SET details = '{\"i\": 99}' WHERE chain_seq = 17"_s,
                u"ALTER TABLE kohi.audit_event ENABLE TRIGGER audit_event_no_update"_s});

        const Run client = verify({u"--client"_s});
        INFO(client.out.toStdString() << client.err.toStdString());
        CHECK(client.exitCode == 1);
        CHECK(
            client.out.contains(u"改ざんを検出しました: 連番 %1（%2）"_s.arg(seq).arg(atOf(seq))));
        CHECK(client.out.contains(u"それより前の 16 件は正常"_s));

        const Run server = verify({}, asAuditor);
        INFO(server.out.toStdString() << server.err.toStdString());
        CHECK(server.exitCode == 1);
        CHECK(
            server.out.contains(u"改ざんを検出しました: 連番 %1（%2）"_s.arg(seq).arg(atOf(seq))));

        const PgResult sql =
            dba.exec(u"SELECT broken_seq, problem FROM kohi_audit.verify_chain()"_s);
        REQUIRE(sql.ok);
        CHECK(sql.first(u"broken_seq"_s).toInt() == seq);
        CHECK(sql.first(u"problem"_s).toString().contains(u"改ざん"_s));

        // The kept head is still there and unchanged; the break is before it.
        const Run withHead = verify({u"--head"_s, headFile});
        CHECK(withHead.exitCode == 1);
        CHECK(withHead.out.contains(u"そのまま含まれています"_s));
    }
    SECTION("a deleted event: the next one no longer links")
    {
        tamper({u"ALTER TABLE kohi.audit_event DISABLE TRIGGER audit_event_no_delete"_s,
                u"DELETE FROM kohi.audit_event WHERE chain_seq = 12"_s,
                u"ALTER TABLE kohi.audit_event ENABLE TRIGGER audit_event_no_delete"_s});
        for (const QStringList& how : {QStringList{u"--client"_s}, QStringList{u"--server"_s}}) {
            const Run r = verify(how);
            INFO(r.out.toStdString() << r.err.toStdString());
            CHECK(r.exitCode == 1);
            CHECK(r.out.contains(u"改ざんを検出しました: 連番 13"_s));
        }
    }
    SECTION("the newest events removed: the chain head no longer matches")
    {
        tamper({u"ALTER TABLE kohi.audit_event DISABLE TRIGGER audit_event_no_delete"_s,
                u"DELETE FROM kohi.audit_event WHERE chain_seq >= %1"_s.arg(kept->seq),
                u"ALTER TABLE kohi.audit_event ENABLE TRIGGER audit_event_no_delete"_s});
        const Run r = verify({u"--client"_s});
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains(u"末尾の削除"_s));
        const PgResult sql =
            dba.exec(u"SELECT broken_seq, problem FROM kohi_audit.verify_chain()"_s);
        REQUIRE(sql.ok);
        // The client's check above appended an event, which now links to a removed one.
        CHECK(sql.first(u"broken_seq"_s).toLongLong() > kept->seq);
    }
    SECTION("the newest events removed and the head rewound: the kept head exposes it")
    {
        tamper(
            {u"ALTER TABLE kohi.audit_event DISABLE TRIGGER audit_event_no_delete"_s,
             u"ALTER TABLE kohi_audit.chain_head DISABLE TRIGGER chain_head_forward_only"_s,
             u"DELETE FROM kohi.audit_event WHERE chain_seq >= %1"_s.arg(kept->seq),
             u"UPDATE kohi_audit.chain_head h SET seq = e.chain_seq, hash = e.hash, at = e.at"
             " FROM (SELECT * FROM kohi.audit_event ORDER BY at DESC, chain_seq DESC LIMIT 1) e"_s,
             u"ALTER TABLE kohi.audit_event ENABLE TRIGGER audit_event_no_delete"_s,
             u"ALTER TABLE kohi_audit.chain_head ENABLE TRIGGER chain_head_forward_only"_s});
        // Self-consistent...
        CHECK(verify({u"--client"_s}).exitCode == 0);
        // ...but the head the auditor kept is gone (or, since the check above appended an event,
        // its sequence number now holds a different event).
        const Run withHead = verify({u"--head"_s, headFile}, asAuditor);
        INFO(withHead.out.toStdString() << withHead.err.toStdString());
        CHECK(withHead.exitCode == 1);
        CHECK((withHead.out.contains(u"がありません"_s) ||
               withHead.out.contains(u"変わっています"_s)));
    }
    SECTION("a superuser who re-chains everything after the change is caught by the kept head")
    {
        // Recompute every hash from event 5 on, as a careful attacker would.
        tamper(
            {u"ALTER TABLE kohi.audit_event DISABLE TRIGGER audit_event_no_update"_s,
             u"ALTER TABLE kohi_audit.chain_head DISABLE TRIGGER chain_head_forward_only"_s,
             u"UPDATE kohi.audit_event SET details = '{\"i\": 0}' WHERE chain_seq = 5"_s,
             u"UPDATE kohi.audit_event e SET prev_hash = c.prev, hash = c.hash FROM ("
             " SELECT chain_seq, coalesce(lag(hash) OVER (ORDER BY chain_seq), seed) AS prev, hash"
             " FROM (SELECT x.chain_seq, s.seed, kohi_audit.chain_agg(kohi_audit.event_body("
             "   x.chain_seq, x.at, x.login, x.client_addr, x.terminal_id, x.action, x.target,"
             "   x.programme, x.outcome, x.details), s.seed) OVER (ORDER BY x.chain_seq) AS hash"
             "  FROM kohi.audit_event x,"
             "       (SELECT hash AS seed FROM kohi.audit_event WHERE chain_seq = 4) s"
             "  WHERE x.chain_seq >= 5) y) c WHERE e.chain_seq = c.chain_seq"_s,
             u"UPDATE kohi_audit.chain_head h SET hash = e.hash"
             " FROM kohi.audit_event e WHERE e.chain_seq = h.seq"_s,
             u"ALTER TABLE kohi.audit_event ENABLE TRIGGER audit_event_no_update"_s,
             u"ALTER TABLE kohi_audit.chain_head ENABLE TRIGGER chain_head_forward_only"_s});

        // Self-consistent again...
        CHECK(verify({u"--client"_s}).exitCode == 0);
        // ...but not the head the auditor kept.
        const Run withHead = verify({u"--head"_s, headFile}, asAuditor);
        INFO(withHead.out.toStdString() << withHead.err.toStdString());
        CHECK(withHead.exitCode == 1);
        CHECK(withHead.out.contains(u"作り直されています"_s));
        const Run fromAnchor = verify({u"--client"_s, u"--from-anchor"_s, headFile});
        INFO(fromAnchor.out.toStdString() << fromAnchor.err.toStdString());
        CHECK(fromAnchor.exitCode == 1);
        CHECK(fromAnchor.out.contains(u"アンカーの記録が変更されています"_s));
    }
}

TEST_CASE("verification can resume from a kept head (anchor)", "[audit][tamper]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_audit_anchor"_s);
    for (int i = 0; i < 5; ++i)
        REQUIRE(db.dba().exec(u"SELECT kohi.audit('anchor_probe', NULL, 'ok')"_s).ok);
    const Run head = runAdmin({u"audit"_s, u"head"_s}, db.name());
    REQUIRE(head.exitCode == 0);
    QTemporaryDir dir;
    const QString anchor = writeFile(dir, u"anchor.txt"_s, head.out);
    for (int i = 0; i < 7; ++i)
        REQUIRE(db.dba().exec(u"SELECT kohi.audit('anchor_probe', NULL, 'ok')"_s).ok);
    for (const QString& how : {u"--client"_s, u"--server"_s}) {
        const Run r =
            runAdmin({u"audit"_s, u"verify"_s, how, u"--from-anchor"_s, anchor}, db.name());
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 0);
        // 7 probes after the anchor, plus the verification before this one (server: its own
        // event comes after the check; client: the first run recorded one).
        CHECK((r.out.contains(u": 7 件を検証"_s) || r.out.contains(u": 8 件を検証"_s)));
    }
    // A malformed anchor file is refused before anything happens.
    const QString bad = writeFile(dir, u"bad.txt"_s, u"kohi-audit-head v1 seq=x"_s);
    CHECK(runAdmin({u"audit"_s, u"verify"_s, u"--from-anchor"_s, bad}, db.name()).exitCode == 1);
}

// ------------------------------------------------------------------------------------------------
// (c) Nobody changes or removes events: not staff with psql, not the owner's own functions.

TEST_CASE("staff with psql cannot change, remove or forge access-log events", "[audit][immutable]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    auto dba = tdb.admin();
    REQUIRE(dba);
    const PgResult part = dba->exec(
        u"SELECT name FROM kohi_audit.partition WHERE lower_bound <= now() AND now() < upper_bound"_s);
    REQUIRE(part.ok);
    const QString partition = u"kohi_audit."_s + part.first(u"name"_s).toString();
    int attacks = 0;
    for (const QString& duty :
         {u"kohi_clerk_nanbyo"_s, u"kohi_approver"_s, u"kohi_mynumber_viewer"_s, u"kohi_auditor"_s,
          u"kohi_user_admin"_s}) {
        const auto staff = tdb.createStaff(u"aud_atk"_s, {duty});
        auto s = tdb.connect(staff.login, staff.password);
        REQUIRE(s);
        REQUIRE(s->exec(u"SELECT kohi_api.session_event('idle_lock')"_s).ok);
        for (
            const QString& sql :
            {u"UPDATE kohi.audit_event SET details = '{}'"_s, u"DELETE FROM kohi.audit_event"_s,
             u"TRUNCATE kohi.audit_event"_s, u"UPDATE %1 SET details = '{}'"_s.arg(partition),
             u"DELETE FROM %1"_s.arg(partition), u"TRUNCATE %1"_s.arg(partition),
             u"UPDATE kohi_audit.chain_head SET seq = 0"_s, u"DELETE FROM kohi_audit.chain_head"_s,
             u"INSERT INTO kohi.audit_event (chain_seq, at, login, action, outcome, prev_hash, "
             u"hash)"
             " VALUES (1, now(), 'x', 'forged', 'ok', '\\x00', '\\x00')"_s,
             u"SELECT kohi_audit.append(current_user, NULL, NULL, 'forged', NULL, NULL, 'ok', '{}')"_s,
             u"SELECT kohi.audit('forged', NULL, 'ok')"_s,
             u"SELECT * FROM kohi.audit_retention_purge()"_s,
             u"SELECT kohi_audit.ensure_partitions(now() + interval '5 years', 0)"_s,
             u"ALTER TABLE kohi.audit_event DISABLE TRIGGER ALL"_s,
             u"DROP TABLE kohi.audit_event"_s, u"SELECT * FROM kohi.audit_event"_s}) {
            ++attacks;
            const PgResult r = s->exec(sql);
            INFO(duty.toStdString()
                 << ": " << sql.toStdString() << " -> " << r.errorMessage.toStdString());
            CHECK_FALSE(r.ok);
        }
        // Their own history is theirs to see, through the API only.
        const PgResult mine =
            s->exec(u"SELECT count(*) AS n, bool_and(login = current_user) AS own"
                    " FROM kohi_api.my_audit_history(NULL, NULL, NULL, NULL, 100)"_s);
        REQUIRE(mine.ok);
        CHECK(mine.first(u"n"_s).toInt() >= 1);
        CHECK(mine.first(u"own"_s).toString() == u"t"_s);
    }
    CHECK(attacks == 80);
}

TEST_CASE("the owner's own definer functions and the administrator cannot change events",
          "[audit][immutable]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_audit_immutable"_s);
    Session& dba = db.dba();
    for (int i = 0; i < 5; ++i)
        REQUIRE(dba.exec(u"SELECT kohi.audit('immutable_probe', NULL, 'ok')"_s).ok);
    const PgResult part = dba.exec(
        u"SELECT name FROM kohi_audit.partition WHERE lower_bound <= now() AND now() < upper_bound"_s);
    REQUIRE(part.ok);
    const QString partition = u"kohi_audit."_s + part.first(u"name"_s).toString();

    // A SECURITY DEFINER function of kohi_owner that runs whatever it is given: the worst case of
    // an API function with an injection flaw.
    REQUIRE(dba.exec(u"CREATE FUNCTION kohi_api.test_owner_exec(p_sql text) RETURNS void"
                     " LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp"
                     " AS $$ BEGIN EXECUTE p_sql; END $$"_s)
                .ok);
    REQUIRE(dba.exec(u"ALTER FUNCTION kohi_api.test_owner_exec(text) OWNER TO kohi_owner"_s).ok);
    const auto staff = db.createStaff(u"aud_owner"_s, {u"kohi_clerk_nanbyo"_s});
    REQUIRE(
        dba.exec(u"GRANT EXECUTE ON FUNCTION kohi_api.test_owner_exec(text) TO "_s + staff.login)
            .ok);
    auto s = db.connect(staff);
    const qint64 before = db.headSeq();
    const QStringList attacks{
        u"UPDATE kohi.audit_event SET details = '{}'"_s,
        u"DELETE FROM kohi.audit_event"_s,
        u"TRUNCATE kohi.audit_event"_s,
        u"DELETE FROM %1"_s.arg(partition),
        u"TRUNCATE %1"_s.arg(partition),
        u"UPDATE kohi_audit.chain_head SET seq = 0"_s,
        u"INSERT INTO kohi.audit_event (chain_seq, at, login, action, outcome, prev_hash, hash)"
        " VALUES (1, now(), 'x', 'forged', 'ok', sha256(''), sha256(''))"_s,
        u"ALTER TABLE kohi.audit_event DISABLE TRIGGER ALL"_s,
        u"ALTER TABLE kohi.audit_event DETACH PARTITION %1"_s.arg(partition),
        u"DROP TABLE %1"_s.arg(partition),
        u"DROP TABLE kohi.audit_event CASCADE"_s,
        u"DROP SCHEMA kohi CASCADE"_s,
        u"DROP FUNCTION kohi.audit_retention_purge()"_s,
        u"SELECT * FROM kohi.audit_retention_purge()"_s,
        u"CREATE OR REPLACE FUNCTION kohi_audit.refuse_change() RETURNS trigger LANGUAGE plpgsql"
        " AS $f$ BEGIN RETURN NEW; END $f$"_s,
        u"SET session_replication_role = replica"_s};
    for (const QString& attack : attacks) {
        const PgResult r = s->exec(u"SELECT kohi_api.test_owner_exec($1)"_s, {attack.toUtf8()});
        INFO(attack.toStdString() << " -> " << r.errorMessage.toStdString());
        CHECK_FALSE(r.ok);
    }
    // Appending through the one legitimate path still works for the owner's functions.
    CHECK(
        s->exec(
             u"SELECT kohi_api.test_owner_exec('SELECT kohi.audit(''owner_probe'', NULL, ''ok'')')"_s)
            .ok);
    // Each refused attack is itself in the log (the error hook records what PostgreSQL refused,
    // under the API function it came from), then the owner's probe; nothing else.
    CHECK(db.headSeq() == before + attacks.size() + 1);
    const PgResult logged =
        dba.exec(u"SELECT count(*) FILTER (WHERE action = 'test_owner_exec' AND outcome = 'refused'"
                 "                          AND details->>'sqlstate' = '42501'"
                 "                          AND details->>'source' = 'server_error') AS refused,"
                 " count(*) FILTER (WHERE action = 'owner_probe' AND outcome = 'ok') AS probes,"
                 " count(*) AS n"
                 " FROM kohi.audit_event WHERE chain_seq > $1 AND login = $2"_s,
                 {QByteArray::number(before), staff.login.toUtf8()});
    REQUIRE(logged.ok);
    CHECK(logged.first(u"refused"_s).toLongLong() == attacks.size());
    CHECK(logged.first(u"probes"_s).toLongLong() == 1);
    CHECK(logged.first(u"n"_s).toLongLong() == attacks.size() + 1);

    // The administrator is stopped by the triggers (and would have to disable them, which the
    // chain then exposes: see the tamper tests).
    for (const QString& sql :
         {u"UPDATE kohi.audit_event SET details = '{}' WHERE chain_seq = 1"_s,
          u"DELETE FROM kohi.audit_event WHERE chain_seq = 1"_s, u"TRUNCATE kohi.audit_event"_s,
          u"TRUNCATE "_s + partition,
          u"UPDATE kohi_audit.chain_head SET seq = seq - 1, hash = sha256('')"_s,
          u"DELETE FROM kohi_audit.chain_head"_s}) {
        const PgResult r = dba.exec(sql);
        INFO(sql.toStdString() << " -> " << r.errorMessage.toStdString());
        CHECK_FALSE(r.ok);
        CHECK(r.sqlState == u"42501"_s);
    }
    // kohi_owner itself (as migrations run) has no right to change the table.
    REQUIRE(dba.exec(u"BEGIN"_s).ok);
    REQUIRE(dba.exec(u"SET LOCAL ROLE kohi_owner"_s).ok);
    const PgResult asOwner = dba.exec(u"UPDATE kohi.audit_event SET details = '{}'"_s);
    CHECK_FALSE(asOwner.ok);
    CHECK(asOwner.errorMessage.contains(u"permission denied"_s));
    dba.exec(u"ROLLBACK"_s);

    const auto verified = kohi::db::AuditChain(dba).verifyOnClient();
    INFO(verified.problem.toStdString() << verified.message.toStdString());
    CHECK(verified.intact);
    REQUIRE(dba.exec(u"DROP FUNCTION kohi_api.test_owner_exec(text)"_s).ok);
}

// ------------------------------------------------------------------------------------------------
// (d) Concurrent writers: one chain, no gaps, nothing lost. KOHI_AUDIT_STRESS_SECONDS (default
// 20) sets how long they write. Their session events are durable (0019): committed into the
// chain before the call returns, so those of rolled-back transactions stay; a change rolled back
// with them leaves nothing.

TEST_CASE("concurrent writers leave one unbroken chain without gaps", "[audit][concurrency]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_audit_concurrency"_s);
    const int seconds = qEnvironmentVariableIsSet("KOHI_AUDIT_STRESS_SECONDS")
                            ? qEnvironmentVariableIntValue("KOHI_AUDIT_STRESS_SECONDS")
                            : 20;
    constexpr int kWriters = 6;
    std::vector<TestDatabase::Staff> writers;
    for (int i = 0; i < kWriters; ++i)
        writers.push_back(db.createStaff(u"aud_w%1"_s.arg(i), {u"kohi_clerk_nanbyo"_s}));
    const auto auditor = db.createStaff(u"aud_reader"_s, {u"kohi_auditor"_s});
    const qint64 startSeq = db.headSeq();
    const QByteArray form = json(applicationForm());

    auto settings = TestDatabase::instance().settings();
    settings.database = db.name();
    std::atomic<bool> go{false};
    std::vector<qint64> committed(kWriters + 1, 0);
    std::vector<QString> errors(kWriters + 1);
    QElapsedTimer clock;
    auto worker = [&](int index, TestDatabase::Staff who, bool reader) {
        // Each thread opens, uses and closes its own connection.
        Session s(settings);
        if (!s.open(who.login, who.password).ok()) {
            errors[size_t(index)] = u"login failed"_s;
            return;
        }
        while (!go.load())
            std::this_thread::yield();
        qint64 mine = 0;
        for (int i = 0; clock.elapsed() < seconds * 1000; ++i) {
            PgResult r;
            if (reader) {
                // Auditors search while everyone writes; each search is itself an event.
                r = s.exec(u"SELECT count(*) FROM kohi_api.audit_search(NULL, NULL, NULL, NULL,"
                           " NULL, NULL, NULL, NULL, NULL, 50)"_s);
                mine += r.ok ? 1 : 0;
            } else if (i % 10 == 9) {
                // Rolled back: the session event (durable) stays, the change's event goes with
                // its transaction, and no gap remains.
                s.exec(u"BEGIN"_s);
                r = s.exec(u"SELECT kohi_api.session_event('idle_lock')"_s);
                mine += r.ok ? 1 : 0;
                if (r.ok)
                    r = s.exec(u"SELECT * FROM kohi_api.application_save(NULL, NULL, '54', 'new',"
                               " NULL, $1)"_s,
                               {form});
                s.exec(u"ROLLBACK"_s);
            } else if (i % 10 == 5) {
                s.exec(u"BEGIN"_s);
                r = s.exec(
                    u"SELECT kohi_api.session_event('idle_lock'),"
                    " kohi_api.session_event('idle_unlock'), kohi_api.session_event('idle_lock')"_s);
                const PgResult c = s.exec(u"COMMIT"_s);
                mine += (r.ok && c.ok) ? 3 : 0;
            } else {
                r = s.exec(u"SELECT kohi_api.session_event('idle_unlock')"_s);
                mine += r.ok ? 1 : 0;
            }
            if (!r.ok) {
                errors[size_t(index)] = r.errorMessage;
                break;
            }
        }
        committed[size_t(index)] = mine;
    };
    std::vector<std::thread> threads;
    for (int i = 0; i < kWriters; ++i)
        threads.emplace_back(worker, i, writers[size_t(i)], false);
    threads.emplace_back(worker, kWriters, auditor, true);
    clock.start();
    go = true;
    for (auto& t : threads)
        t.join();
    const double elapsed = double(clock.elapsed()) / 1000.0;
    for (const QString& e : errors) {
        INFO(e.toStdString());
        CHECK(e.isEmpty());
    }

    Session& dba = db.dba();
    kohi::test::sealAuditLog(dba);
    const PgResult totals =
        dba.exec(u"SELECT count(*) AS n, count(DISTINCT chain_seq) AS d, min(chain_seq) AS lo,"
                 " max(chain_seq) AS hi FROM kohi.audit_event WHERE chain_seq > $1"_s,
                 {QByteArray::number(startSeq)});
    REQUIRE(totals.ok);
    qint64 expected = 0;
    for (qint64 c : committed)
        expected += c;
    const qint64 n = totals.first(u"n"_s).toLongLong();
    CHECK(n == expected);
    CHECK(totals.first(u"d"_s).toLongLong() == n);
    CHECK(totals.first(u"lo"_s).toLongLong() == startSeq + 1);
    CHECK(totals.first(u"hi"_s).toLongLong() == startSeq + n);
    CHECK(db.headSeq() == startSeq + n);
    for (int i = 0; i <= kWriters; ++i) {
        const auto& who = i < kWriters ? writers[size_t(i)] : auditor;
        const PgResult mine =
            dba.exec(u"SELECT count(*) AS n,"
                     " count(*) FILTER (WHERE action = 'application_create') AS rolled_back_changes"
                     " FROM kohi.audit_event WHERE login = $1 AND chain_seq > $2"_s,
                     {who.login.toUtf8(), QByteArray::number(startSeq)});
        REQUIRE(mine.ok);
        CHECK(mine.first(u"n"_s).toLongLong() == committed[size_t(i)]);
        CHECK(mine.first(u"rolled_back_changes"_s).toLongLong() == 0);
    }
    const Run verified = runAdmin({u"audit"_s, u"verify"_s}, db.name());
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    const PgResult server = dba.exec(u"SELECT broken_seq FROM kohi_audit.verify_chain()"_s);
    REQUIRE(server.ok);
    CHECK(server.first(u"broken_seq"_s).isNull());
    std::cout << "[audit concurrency] " << kWriters << " writers + 1 searcher, " << elapsed
              << " s: " << n << " events committed (" << qint64(double(n) / elapsed)
              << " events/s), chain_seq " << startSeq + 1 << ".." << startSeq + n << ", no gaps; "
              << verified.out.toStdString() << std::flush;
}

// ------------------------------------------------------------------------------------------------
// The read API for the viewer: auditors and user administrators search everything, keyset paging
// newest first; every search is an event; staff see their own events only.

TEST_CASE("auditors search the log page by page and every search is itself logged",
          "[audit][search]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"aud_sc"_s, {u"kohi_clerk_nanbyo"_s});
    const auto other = tdb.createStaff(u"aud_so"_s, {u"kohi_clerk_boshi"_s});
    const auto auditor = tdb.createStaff(u"aud_sa"_s, {u"kohi_auditor"_s});
    const auto admin = tdb.createStaff(u"aud_su"_s, {u"kohi_user_admin"_s});
    // The clerk's terminal is named by the certificate it presents (0023).
    const QString terminal = u"aud-term-%1"_s.arg(QRandomGenerator::global()->bounded(1000000));
    auto c = tdb.connect(clerk.login, clerk.password, tdb.issueTerminal(terminal, false));
    auto o = tdb.connect(other.login, other.password);
    auto a = tdb.connect(auditor.login, auditor.password);
    auto u = tdb.connect(admin.login, admin.password);
    REQUIRE((c && o && a && u));
    REQUIRE(c->exec(u"SELECT kohi_api.session_begin($1)"_s, {terminal.toUtf8()}).ok);
    for (int i = 0; i < 6; ++i)
        REQUIRE(
            c->exec(u"SELECT kohi_api.session_event($1)"_s, {i % 2 ? "idle_unlock" : "idle_lock"})
                .ok);
    REQUIRE(o->exec(u"SELECT kohi_api.session_event('idle_lock')"_s).ok);

    auto search = [&](Session& s, const QByteArray& login, const QByteArray& terminalId,
                      const QByteArray& action, const QByteArray& after, int pageSize) {
        return s.exec(
            u"SELECT chain_seq, login, terminal_id, action FROM kohi_api.audit_search("
            "now() - interval '1 hour', NULL, $1, $2, $3, NULL, NULL, NULL, $4::bigint, $5)"_s,
            {login, terminalId, action, after, QByteArray::number(pageSize)});
    };
    // Keyset paging, newest first: 7 events of the clerk on this terminal (session_begin + 6),
    // pages of 3. (Their login_ok event, drained whenever anyone starts a session, has none.)
    QList<qint64> seen;
    QByteArray after;
    for (int page = 0; page < 5; ++page) {
        const PgResult r = search(*a, clerk.login.toUtf8(), terminal.toUtf8(), {}, after, 3);
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        for (int i = 0; i < r.rows.size(); ++i) {
            CHECK(r.value(i, u"login"_s).toString() == clerk.login);
            const qint64 seq = r.value(i, u"chain_seq"_s).toLongLong();
            if (!seen.isEmpty())
                CHECK(seq < seen.last());
            seen << seq;
        }
        if (r.rows.size() < 3)
            break;
        after = QByteArray::number(seen.last());
    }
    CHECK(seen.size() == 7);

    // Conditions combine; the terminal is what the client declared.
    const PgResult locks =
        search(*a, clerk.login.toUtf8(), terminal.toUtf8(), "idle_lock", {}, 100);
    REQUIRE(locks.ok);
    CHECK(locks.rows.size() == 3);
    const PgResult byAdmin = search(*u, {}, terminal.toUtf8(), {}, {}, 100);
    REQUIRE(byAdmin.ok);
    CHECK(byAdmin.rows.size() == 7);
    const PgResult period = a->exec(
        u"SELECT count(*) AS n FROM kohi_api.audit_search(now() + interval '1 hour', NULL, $1,"
        " NULL, NULL, NULL, NULL, NULL, NULL, 100)"_s,
        {clerk.login.toUtf8()});
    REQUIRE(period.ok);
    CHECK(period.first(u"n"_s).toInt() == 0);
    CHECK_FALSE(a->exec(u"SELECT * FROM kohi_api.audit_search(now(), now() - interval '1 day',"
                        " NULL, NULL, NULL, NULL, NULL, NULL, NULL, 10)"_s)
                    .ok);
    CHECK_FALSE(a->exec(u"SELECT * FROM kohi_api.audit_search(NULL, NULL, NULL, NULL, NULL, NULL,"
                        " NULL, NULL, -5, 10)"_s)
                    .ok);

    // Every search is an event with its conditions and result count.
    auto dba = tdb.admin();
    const PgResult logged =
        dba->exec(u"SELECT count(*) AS n, max((details->>'result_count')::int) AS most,"
                  " bool_and(details->'conditions'->>'login' = $2) AS cond"
                  " FROM kohi.audit_event WHERE login = $1 AND action = 'audit_search'"
                  "   AND details->'conditions' ? 'login'"_s,
                  {auditor.login.toUtf8(), clerk.login.toUtf8()});
    REQUIRE(logged.ok);
    CHECK(logged.first(u"n"_s).toInt() >= 4);
    CHECK(logged.first(u"most"_s).toInt() == 3);
    CHECK(logged.first(u"cond"_s).toString() == u"t"_s);

    // Staff: no search of others, their own history only (and that is logged too).
    const PgResult refused = c->exec(u"SELECT * FROM kohi_api.audit_search(NULL, NULL, NULL, NULL,"
                                     " NULL, NULL, NULL, NULL, NULL, 10)"_s);
    CHECK_FALSE(refused.ok);
    CHECK(refused.sqlState == u"42501"_s);
    const PgResult mine =
        c->exec(u"SELECT count(*) AS n, count(*) FILTER (WHERE login <> $1) AS others"
                " FROM kohi_api.my_audit_history(NULL, NULL, NULL, NULL, 1000)"_s,
                {clerk.login.toUtf8()});
    REQUIRE(mine.ok);
    CHECK(mine.first(u"n"_s).toInt() >= 7);
    CHECK(mine.first(u"others"_s).toInt() == 0);
    const PgResult mineLocks = c->exec(
        u"SELECT count(*) AS n FROM kohi_api.my_audit_history(NULL, NULL, 'idle_lock', NULL, 1000)"_s);
    CHECK(mineLocks.first(u"n"_s).toInt() == 3);
    const PgResult ownLogged = dba->exec(
        u"SELECT count(*) AS n FROM kohi.audit_event WHERE login = $1 AND action = 'my_audit_history'"_s,
        {clerk.login.toUtf8()});
    CHECK(ownLogged.first(u"n"_s).toInt() == 2);
}

TEST_CASE("My Numbers and passwords never reach the access log", "[audit][redact]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    auto dba = tdb.admin();
    REQUIRE(dba);
    const QString probe = u"probe-%1"_s.arg(QRandomGenerator::global()->bounded(100000000));
    const QString number = validMyNumber();
    const QString spaced = number.left(4) + u" "_s + number.mid(4, 4) + u"-"_s + number.mid(8);
    const PgResult r = dba->exec(
        u"SELECT kohi.audit('redaction_probe', 'recipient:' || $2, 'ok', jsonb_build_object("
        " 'probe', $1::text, 'my_number', $2::text, 'note', '番号は ' || $3 || ' です',"
        " 'password', 'Secret-Pass-1', 'nested', "
        "jsonb_build_array(jsonb_build_object('kojin_bango', $2::text)),"
        " 'n', $2::bigint, 'hash', 'ab' || $2 || 'cd', 'count', 12))"_s,
        {probe.toUtf8(), number.toUtf8(), spaced.toUtf8()});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    const PgResult row =
        dba->exec(u"SELECT target, details::text AS d, details FROM kohi.audit_event"
                  " WHERE action = 'redaction_probe' AND details->>'probe' = $1"_s,
                  {probe.toUtf8()});
    REQUIRE(row.ok);
    REQUIRE(row.rows.size() == 1);
    const QString details = row.first(u"d"_s).toString();
    INFO(details.toStdString());
    CHECK_FALSE(details.contains(spaced));
    CHECK_FALSE(details.contains(u"Secret-Pass-1"_s));
    CHECK(row.first(u"target"_s).toString() == u"recipient:[個人番号]"_s);
    CHECK(details.contains(u"\"my_number\": \"[秘匿]\""_s));
    CHECK(details.contains(u"\"password\": \"[秘匿]\""_s));
    CHECK(details.contains(u"\"kojin_bango\": \"[秘匿]\""_s));
    CHECK(details.contains(u"\"note\": \"番号は [個人番号] です\""_s));
    CHECK(details.contains(u"\"n\": \"[個人番号]\""_s));
    // A hex hash that merely contains 12 digits and small numbers are left alone.
    CHECK(details.contains(u"\"hash\": \"ab"_s + number + u"cd\""_s));
    CHECK(details.contains(u"\"count\": 12"_s));
}

// ------------------------------------------------------------------------------------------------
// Retention: only whole months older than the setting, only by the administrator, recorded in the
// chain with the anchor that verification resumes from. Partitions are created ahead.

TEST_CASE("retention drops whole old months and verification resumes from the purge's anchor",
          "[audit][retention]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_audit_retention"_s);
    Session& dba = db.dba();
    // Seven years of history (the chain is empty in a fresh database), then today's events.
    kohi::test::appendAuditHistory(
        dba, 840, (QDate::currentDate().addYears(-7)).toString(Qt::ISODate) + u"T00:00:00Z"_s,
        QDate::currentDate().addMonths(-2).toString(Qt::ISODate) + u"T00:00:00Z"_s);
    for (int i = 0; i < 3; ++i)
        REQUIRE(dba.exec(u"SELECT kohi.audit('retention_probe', NULL, 'ok')"_s).ok);
    QTemporaryDir dir;
    const Run head = runAdmin({u"audit"_s, u"head"_s}, db.name());
    REQUIRE(head.exitCode == 0);
    const QString headFile = writeFile(dir, u"head.txt"_s, head.out);
    REQUIRE(runAdmin({u"audit"_s, u"verify"_s}, db.name()).exitCode == 0);

    const PgResult expected = dba.exec(
        u"SELECT count(*) AS n, max(chain_seq) AS last FROM kohi.audit_event WHERE at <"
        " (date_trunc('month', now() AT TIME ZONE 'Asia/Tokyo') - interval '5 years') AT TIME ZONE 'Asia/Tokyo'"_s);
    REQUIRE(expected.ok);
    const qint64 purgeCount = expected.first(u"n"_s).toLongLong();
    REQUIRE(purgeCount > 100);

    // Not for staff, not even auditors or user administrators.
    const auto auditor = db.createStaff(u"aud_ret"_s, {u"kohi_auditor"_s, u"kohi_user_admin"_s});
    const Run refused = runAdmin({u"audit"_s, u"purge"_s}, db.name(),
                                 {{u"PGUSER"_s, auditor.login},
                                  {u"PGPASSWORD"_s, auditor.password},
                                  {u"PGPASSFILE"_s, u"/nonexistent"_s}});
    CHECK(refused.exitCode == 1);

    const Run purged = runAdmin({u"audit"_s, u"purge"_s}, db.name());
    INFO(purged.out.toStdString() << purged.err.toStdString());
    REQUIRE(purged.exitCode == 0);
    CHECK(purged.out.contains(u"%1 件を削除しました"_s.arg(QLocale::c().toString(purgeCount))));
    const PgResult after = dba.exec(
        u"SELECT min(chain_seq) AS first, (SELECT count(*) FROM kohi_audit.partition"
        "   WHERE upper_bound <= (date_trunc('month', now() AT TIME ZONE 'Asia/Tokyo')"
        "                         - interval '5 years') AT TIME ZONE 'Asia/Tokyo') AS old_parts"
        " FROM kohi.audit_event"_s);
    REQUIRE(after.ok);
    CHECK(after.first(u"first"_s).toLongLong() == expected.first(u"last"_s).toLongLong() + 1);
    CHECK(after.first(u"old_parts"_s).toInt() == 0);
    // The purge is a change: its event is linked into the chain after its commit.
    kohi::test::sealAuditLog(dba);
    const PgResult event = dba.exec(
        u"SELECT (details->>'anchor_seq')::bigint AS a, (details->>'events_purged')::bigint AS n,"
        " details->>'head_hash' AS h, chain_seq AS seq"
        " FROM kohi.audit_event WHERE action = 'audit_retention_purge'"_s);
    REQUIRE(event.ok);
    REQUIRE(event.rows.size() == 1);
    CHECK(event.first(u"a"_s).toLongLong() == expected.first(u"last"_s).toLongLong());
    CHECK(event.first(u"n"_s).toLongLong() == purgeCount);
    CHECK(event.first(u"h"_s).toString().size() == 64);
    // The purge names its own event by its place in the chain.
    CHECK(purged.out.contains(u"削除の記録: 連番 %1"_s.arg(event.first(u"seq"_s).toLongLong())));

    // The rest still verifies, starting from the purge's anchor; the kept head is still there.
    for (const QString& how : {u"--client"_s, u"--server"_s}) {
        const Run r = runAdmin({u"audit"_s, u"verify"_s, how, u"--head"_s, headFile}, db.name());
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"連番 %1〜"_s.arg(expected.first(u"last"_s).toLongLong() + 1)));
    }

    // A shorter retention (user administrators set it; the administrator purges): a second purge
    // anchors on the first, and the chain still verifies.
    const auto ua = db.createStaff(u"aud_ret_ua"_s, {u"kohi_user_admin"_s});
    auto uas = db.connect(ua);
    REQUIRE(uas->exec(u"SELECT kohi_api.setting_set('audit_retention_years', 2)"_s).ok);
    REQUIRE(runAdmin({u"audit"_s, u"purge"_s}, db.name()).exitCode == 0);
    const Run again = runAdmin({u"audit"_s, u"verify"_s}, db.name());
    INFO(again.out.toStdString() << again.err.toStdString());
    CHECK(again.exitCode == 0);
    // Deleting an old month by hand (no purge record) is not an anchor: it is reported.
    const PgResult oldest =
        dba.exec(u"SELECT name FROM kohi_audit.partition ORDER BY lower_bound LIMIT 1"_s);
    REQUIRE(dba.exec(u"DROP TABLE kohi_audit."_s + oldest.first(u"name"_s).toString()).ok);
    const Run lost = runAdmin({u"audit"_s, u"verify"_s}, db.name());
    CHECK(lost.exitCode == 1);
    CHECK(lost.out.contains(u"失われています"_s));
}

TEST_CASE("the insert path creates next month's partition and kohi-admin creates more ahead",
          "[audit][partition]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_audit_partitions"_s);
    Session& dba = db.dba();
    REQUIRE(dba.exec(u"SELECT kohi.audit('partition_probe', NULL, 'ok')"_s).ok);
    const PgResult next = dba.exec(
        u"SELECT name FROM kohi_audit.partition WHERE lower_bound > now() ORDER BY lower_bound LIMIT 1"_s);
    REQUIRE(next.ok);
    REQUIRE(next.rows.size() == 1);
    const QString name = next.first(u"name"_s).toString();
    // As if the month had not been prepared: the next event must create it.
    REQUIRE(dba.exec(u"DROP TABLE kohi_audit."_s + name).ok);
    REQUIRE(dba.exec(u"DELETE FROM kohi_audit.partition WHERE name = $1"_s, {name.toUtf8()}).ok);
    REQUIRE(dba.exec(u"UPDATE kohi_audit.chain_head SET ensure_after ="
                     " (SELECT max(lower_bound) FROM kohi_audit.partition)"_s)
                .ok);
    const auto clerk = db.createStaff(u"aud_part"_s, {u"kohi_clerk_nanbyo"_s});
    auto s = db.connect(clerk);
    REQUIRE(s->exec(u"SELECT kohi_api.session_event('idle_lock')"_s).ok);
    // Linked at the sealer's next pass (a journalled event does not wake it, 0040): now.
    kohi::test::sealAuditLog(dba);
    const PgResult recreated =
        dba.exec(u"SELECT c.relowner::regrole::text AS owner,"
                 " (SELECT count(*) FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT "
                 "t.tgisinternal) AS triggers"
                 " FROM pg_class c WHERE c.oid = to_regclass('kohi_audit.' || $1)"_s,
                 {name.toUtf8()});
    REQUIRE(recreated.ok);
    REQUIRE(recreated.rows.size() == 1);
    CHECK(recreated.first(u"owner"_s).toString() == u"kohi_audit_owner"_s);
    CHECK(recreated.first(u"triggers"_s).toInt() >= 1); // at least its own truncate trigger
    const PgResult refused = dba.exec(u"TRUNCATE kohi_audit."_s + name);
    CHECK_FALSE(refused.ok);
    CHECK(refused.sqlState == u"42501"_s);

    const Run ahead = runAdmin({u"audit"_s, u"partitions"_s, u"--ahead"_s, u"4"_s}, db.name());
    INFO(ahead.out.toStdString() << ahead.err.toStdString());
    CHECK(ahead.exitCode == 0);
    CHECK(ahead.out.contains(u"3 個作成しました"_s));
    CHECK(runAdmin({u"audit"_s, u"verify"_s}, db.name()).exitCode == 0);
}

TEST_CASE("the migration moves 0006's events into the chain in time order", "[audit][migrate]")
{
    REQUIRE(TestDatabase::instance().available());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDir source(TestDatabase::instance().value(u"KOHI_SOURCE_DIR"_s) + u"/db/migrations"_s);
    for (const QString& f : source.entryList({u"000[1-6]_*.sql"_s}, QDir::Files, QDir::Name))
        REQUIRE(QFile::copy(source.filePath(f), dir.filePath(f)));
    FreshDatabase db(u"kohi_audit_from_0006"_s, dir.path());
    Session& dba = db.dba();
    const QString number = validMyNumber();
    REQUIRE(dba.exec(u"SELECT kohi.audit('legacy_a', 'x', 'ok')"_s).ok);
    // 0006 drained authentication events with their own, older time.
    REQUIRE(dba.exec(u"INSERT INTO kohi.audit_event (at, login, action, outcome, details)"
                     " VALUES (now() - interval '40 days', 'someone', 'login_failed', 'refused',"
                     " '{\"auth_seq\": 1}')"_s)
                .ok);
    REQUIRE(
        dba.exec(
               u"SELECT kohi.audit('legacy_b', NULL, 'ok', jsonb_build_object('note', $1::text))"_s,
               {number.toUtf8()})
            .ok);
    REQUIRE(QFile::copy(source.filePath(u"0008_audit_chain.sql"_s),
                        dir.filePath(u"0008_audit_chain.sql"_s)));
    const Run migrated = runAdmin({u"migrate"_s, u"--dir"_s, dir.path()}, db.name());
    INFO(migrated.out.toStdString() << migrated.err.toStdString());
    REQUIRE(migrated.exitCode == 0);

    const PgResult rows = dba.exec(
        u"SELECT string_agg(action, ',' ORDER BY chain_seq) AS actions, max(chain_seq) AS n,"
        " bool_and(details::text NOT LIKE '%' || $1 || '%') AS clean FROM kohi.audit_event"_s,
        {number.toUtf8()});
    REQUIRE(rows.ok);
    CHECK(rows.first(u"actions"_s).toString() == u"login_failed,legacy_a,legacy_b"_s);
    CHECK(rows.first(u"n"_s).toInt() == 3);
    CHECK(rows.first(u"clean"_s).toString() == u"t"_s);
    const Run verified = runAdmin({u"audit"_s, u"verify"_s}, db.name());
    INFO(verified.out.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(u": 3 件を検証"_s));
}
